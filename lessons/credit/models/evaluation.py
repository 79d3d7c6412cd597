"""The course evaluation accreditors require before credit is claimed: ratings and free text."""

from django.db import models

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class CourseEvaluation(ClusterableModel):
    course = models.OneToOneField(
        "lessons.CoursePage", on_delete=models.CASCADE, related_name="evaluation"
    )
    intro = models.TextField(blank=True)

    panels = [
        FieldPanel("course"),
        FieldPanel("intro"),
        InlinePanel("items", label="Item", min_num=1),
    ]

    class Meta:
        verbose_name = "course evaluation"

    def __str__(self) -> str:
        return f"Evaluation: {self.course}"


class EvaluationItem(Orderable):
    class Kind(models.TextChoices):
        RATING = "rating", "Rating from 1 (strongly disagree) to 5 (strongly agree)"
        TEXT = "text", "Free text"

    evaluation = ParentalKey(CourseEvaluation, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.RATING)
    prompt = models.CharField(max_length=500)
    required = models.BooleanField(default=True)

    panels = [FieldPanel("kind"), FieldPanel("prompt"), FieldPanel("required")]

    def __str__(self) -> str:
        return self.prompt


class EvaluationResponse(models.Model):
    enrolment = models.OneToOneField(
        "credit.Enrolment", on_delete=models.CASCADE, related_name="evaluation_response"
    )
    answers = models.JSONField(help_text="Item id to a rating (1-5) or a text.")
    submitted_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Evaluation of {self.enrolment}"
