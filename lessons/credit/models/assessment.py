"""A course's post-test: questions editors write in the admin, and the attempts learners make.

Choices live in a StreamField so that each has a stable id (the block's UUID): answers and
the item analysis refer to choices by that id, so rewording a choice keeps its history.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable


class QuestionKind(models.TextChoices):
    SINGLE = "single", "Single choice"
    MULTIPLE = "multiple", "Multiple choice (tick every right answer)"
    TRUE_FALSE = "true_false", "True or false"


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=500)
    correct = blocks.BooleanBlock(required=False)

    class Meta:
        icon = "tick"
        label = "Choice"


class PostTest(ClusterableModel):
    course = models.OneToOneField(
        "lessons.CoursePage", on_delete=models.CASCADE, related_name="post_test"
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text="The score, in per cent, a learner needs to pass.",
    )
    attempt_limit = models.PositiveSmallIntegerField(
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text="How many attempts a learner has.",
    )
    instructions = models.TextField(blank=True)

    panels = [
        FieldPanel("course"),
        FieldPanel("pass_mark"),
        FieldPanel("attempt_limit"),
        FieldPanel("instructions"),
        InlinePanel("questions", label="Question", min_num=1),
    ]

    class Meta:
        verbose_name = "post-test"

    def __str__(self) -> str:
        return f"Post-test: {self.course}"


class Question(Orderable):
    post_test = ParentalKey(PostTest, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(
        max_length=20, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    prompt = models.TextField()
    choices = StreamField([("choice", ChoiceBlock())])
    explanation = models.TextField(help_text="Shown to the learner after their attempt.")

    panels = [
        FieldPanel("kind"),
        FieldPanel("prompt"),
        FieldPanel("choices"),
        FieldPanel("explanation"),
    ]

    def __str__(self) -> str:
        return self.prompt[:80]

    def clean(self):
        super().clean()
        choices = list(self.choices)
        correct = [choice for choice in choices if choice.value["correct"]]
        if len(choices) < 2:
            raise ValidationError({"choices": "A question needs at least two choices."})
        if self.kind == QuestionKind.TRUE_FALSE and len(choices) != 2:
            raise ValidationError({"choices": "A true-or-false question has exactly two choices."})
        if self.kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE) and len(correct) != 1:
            raise ValidationError({"choices": "Mark exactly one choice as the right answer."})
        if not correct:
            raise ValidationError({"choices": "Mark at least one choice as a right answer."})

    def choice_ids(self) -> list[str]:
        return [choice.id for choice in self.choices]

    def correct_choice_ids(self) -> frozenset[str]:
        return frozenset(choice.id for choice in self.choices if choice.value["correct"])


class Attempt(models.Model):
    """One submitted post-test, graded on the server and kept as the accreditor's record."""

    enrolment = models.ForeignKey(
        "credit.Enrolment", on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveSmallIntegerField()
    answers = models.JSONField(help_text="Question id to the list of choice ids chosen.")
    correct_questions = models.JSONField(default=list)
    score = models.PositiveSmallIntegerField(help_text="Per cent, rounded down.")
    pass_mark = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    submitted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "number"], name="attempt_numbers_unique")
        ]
        ordering = ["enrolment", "number"]

    def __str__(self) -> str:
        return f"Attempt {self.number} of {self.enrolment}: {self.score} %"
