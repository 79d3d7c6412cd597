"""Courses: ordered video lessons by credentialed experts, carrying CE/CME credit."""

from datetime import timedelta

from django import forms
from django.db import models

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from rest_framework import serializers

from blog.forms import CategorisedPageForm
from blog.models.categories import visible_category_titles
from cms.api_fields import (
    ExpertListField,
    ImageField,
    VisiblePageLinksField,
)
from cms.api_fields import (
    RichTextField as RichTextAPIField,
)
from cms.api_fields import (
    StreamField as StreamAPIField,
)
from cms.blocks import PARAGRAPH_FEATURES
from cms.models import BasePage
from lessons.blocks import ObjectiveBlock


class Profession(models.TextChoices):
    """The professions a learner can hold; each accreditor's credit is for some of them."""

    PSYCHOLOGIST = "psychologist", "Psychologist"
    SOCIAL_WORKER = "social_worker", "Social worker"
    COUNSELOR = "counselor", "Counselor"
    MARRIAGE_AND_FAMILY_THERAPIST = "mft", "Marriage and family therapist"
    PHYSICIAN = "physician", "Physician"
    NURSE = "nurse", "Nurse"
    OTHER = "other", "Other"


class ProfessionsField(models.JSONField):
    """A list of profession codes, edited as checkboxes (a JSON list keeps it portable)."""

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=Profession.choices,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )


class CreditType(models.Model):
    """An accrediting body whose continuing-education credit a course carries (APA, ACCME...)."""

    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=255)
    professions = models.CharField(
        max_length=255, blank=True, help_text="Who can claim it, e.g. psychologists."
    )
    eligible_professions = ProfessionsField(
        default=list,
        blank=True,
        help_text="The professions that may claim this credit; none ticked means any.",
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("professions"),
        FieldPanel("eligible_professions"),
    ]

    class Meta:
        ordering = ["code"]
        verbose_name = "CE/CME credit type"

    def __str__(self) -> str:
        return f"{self.code}: {self.name}"

    def allows(self, profession: str) -> bool:
        return not self.eligible_professions or profession in self.eligible_professions


class CourseInstructor(Orderable):
    page = ParentalKey("lessons.CoursePage", on_delete=models.CASCADE, related_name="instructors")
    expert = models.ForeignKey("cms.Expert", on_delete=models.CASCADE, related_name="course_links")

    panels = [FieldPanel("expert")]

    class Meta(Orderable.Meta):
        unique_together = [("page", "expert")]


class CourseIndexPage(BasePage):
    intro = models.TextField(blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["lessons.CoursePage"]
    max_count_per_parent = 1

    template = "lessons/course_index_page.html"

    def get_context(self, request, *args, **kwargs):
        from lessons.selectors import visible_courses

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = visible_courses()
        return context


class EnrolmentPolicy(models.TextChoices):
    OPEN = "open", "Open: enrolment starts at once"
    APPROVAL = "approval", "Staff approve each enrolment"
    PAID = "paid", "Staff mark each enrolment paid"


# django-stubs cannot type the manager of CourseInstructor (Wagtail's Orderable has no types).
class CoursePage(BasePage):  # type: ignore[django-manager-missing]
    class Level(models.TextChoices):
        INTRODUCTORY = "introductory", "Introductory"
        INTERMEDIATE = "intermediate", "Intermediate"
        ADVANCED = "advanced", "Advanced"

    summary = models.TextField(help_text="One sentence for course cards.")
    overview = RichTextField(features=PARAGRAPH_FEATURES, blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    learning_objectives = StreamField([("objective", ObjectiveBlock())], blank=True)
    level = models.CharField(max_length=20, choices=Level.choices, default=Level.INTRODUCTORY)
    credit_hours = models.DecimalField(
        "CE/CME hours", max_digits=4, decimal_places=1, null=True, blank=True
    )
    credit_types = ParentalManyToManyField(CreditType, blank=True, related_name="courses")
    accreditation_statement = models.TextField(blank=True)
    price = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Leave empty for a free course. Payment itself happens outside the CMS.",
    )
    price_currency = models.CharField(max_length=3, default="USD")
    enrolment_policy = models.CharField(
        max_length=20,
        choices=EnrolmentPolicy.choices,
        default=EnrolmentPolicy.OPEN,
        help_text="Whether a learner's enrolment starts at once or waits for staff.",
    )
    categories = ParentalManyToManyField("blog.CategoryPage", blank=True, related_name="courses")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("overview"),
        InlinePanel("instructors", label="Instructor", min_num=1),
        FieldPanel("learning_objectives"),
        FieldPanel("level"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("credit_hours"),
                FieldPanel("credit_types", widget=forms.CheckboxSelectMultiple),
                FieldPanel("accreditation_statement"),
            ],
            heading="Continuing-education credit",
        ),
        MultiFieldPanel(
            [FieldPanel("price"), FieldPanel("price_currency"), FieldPanel("enrolment_policy")],
            heading="Enrolment",
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("overview"),
        index.RelatedFields(
            "instructors", [index.RelatedFields("expert", [index.SearchField("name")])]
        ),
        # Its visible topics only: a hidden category's title must not find the course.
        index.SearchField("visible_category_titles"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("summary"),
        APIField("overview", serializer=RichTextAPIField()),
        APIField("cover_image", serializer=ImageField()),
        APIField("instructor_experts", serializer=ExpertListField()),
        APIField("learning_objectives", serializer=StreamAPIField()),
        APIField("level"),
        APIField("credit_hours"),
        APIField(
            "credit_types",
            serializer=serializers.SlugRelatedField(slug_field="code", many=True, read_only=True),
        ),
        APIField("accreditation_statement"),
        APIField("price"),
        APIField("price_currency"),
        APIField("enrolment_policy"),
        APIField("categories", serializer=VisiblePageLinksField()),
    ]
    api_prefetch = ("instructors__expert__photo", "credit_types", "categories", "cover_image")

    parent_page_types = ["lessons.CourseIndexPage"]
    subpage_types = ["lessons.LessonPage"]
    base_form_class = CategorisedPageForm
    template = "lessons/course_page.html"

    class Meta:
        verbose_name = "course"

    @property
    def visible_category_titles(self) -> str:
        return visible_category_titles(self.categories)

    @property
    def instructor_experts(self):
        return [link.expert for link in self.instructors.all()]

    def api_linked_pages(self) -> list:
        return list(self.categories.all())

    def get_context(self, request, *args, **kwargs):
        from lessons.selectors import course_lessons

        context = super().get_context(request, *args, **kwargs)
        lessons = course_lessons(self)
        context["lessons"] = lessons
        context["total_duration"] = sum((lesson.duration for lesson in lessons), timedelta())
        context["course_instructors"] = [link.expert for link in self.instructors.all()]
        return context
