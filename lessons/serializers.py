"""Input and output serializers of the courses and lessons endpoints. They only translate: the
lessons, numbers, neighbours and speakers they read were attached in lessons.selectors."""

from datetime import timedelta

from django.urls import reverse

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from blog.serializers import CategoryRefSerializer, ClinicalReviewSerializer
from cms import representation as represent
from cms.api_fields import (
    DocumentField,
    ExpertSerializer,
    ImageField,
    PageLinkSchema,
    RichTextField,
    SEOField,
    StreamField,
    expert_data,
)
from cms.representation import duration_seconds, iso_duration
from cms.schema_fields import PageTypeField
from lessons.blocks import TranscriptBlock
from lessons.models import CoursePage, EnrolmentPolicy


class CourseFilterSerializer(serializers.Serializer):
    category = serializers.ListField(
        child=serializers.SlugField(allow_unicode=True),
        required=False,
        help_text="Category slug, repeatable; a parent category includes its subcategories.",
    )
    instructor = serializers.ListField(
        child=serializers.SlugField(allow_unicode=True),
        required=False,
        help_text="Expert slug, repeatable: courses taught by any of them.",
    )
    level = serializers.ChoiceField(choices=CoursePage.Level.choices, required=False)


class LessonFilterSerializer(serializers.Serializer):
    course = serializers.SlugField(
        allow_unicode=True, required=False, help_text="Only this course's lessons."
    )


class _Located(serializers.Serializer):
    """Path and frontend URL of the serialized page."""

    def get_path(self, page) -> str:
        return represent.page_path(page, self.context.get("request")) or ""

    def get_url(self, page) -> str:
        return represent.frontend_url(self.get_path(page), self.context.get("request"))


class CourseRefSerializer(_Located, serializers.Serializer):
    """A course as lessons and experts refer to it."""

    id = serializers.IntegerField()
    type = PageTypeField("lessons.CoursePage")
    slug = serializers.CharField()
    title = serializers.CharField()
    path = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()


class CourseCardSerializer(CourseRefSerializer):
    summary = serializers.CharField()


class CreditTypeSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    professions = serializers.CharField(allow_blank=True)


class CreditSerializer(serializers.Serializer):
    hours = serializers.DecimalField(
        source="credit_hours",
        max_digits=4,
        decimal_places=1,
        allow_null=True,
        coerce_to_string=False,
        help_text="A number, e.g. 6.5",
    )
    types = CreditTypeSerializer(source="credit_types", many=True)
    accreditation_statement = serializers.CharField(allow_blank=True)


class _PageSerializer(_Located, serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    path = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    def experts(self, experts) -> list[dict | None]:
        return [expert_data(expert, self.context.get("request")) for expert in experts]


class CourseLessonSerializer(_PageSerializer):
    type = PageTypeField("lessons.LessonPage")
    number = serializers.IntegerField(source="api_number", help_text="1-based, visible lessons")
    duration = serializers.SerializerMethodField(help_text="ISO 8601, e.g. PT24M30S")
    duration_seconds = serializers.SerializerMethodField()
    summary = serializers.CharField(allow_blank=True)

    def get_duration(self, lesson) -> str:
        return iso_duration(lesson.duration)

    def get_duration_seconds(self, lesson) -> int:
        return duration_seconds(lesson.duration)


class CourseSerializer(_PageSerializer):
    """A course in the list. Everything of the detail whose cost does not grow per course."""

    type = PageTypeField("lessons.CoursePage")

    summary = serializers.CharField()
    cover_image = ImageField()
    level = serializers.ChoiceField(choices=CoursePage.Level.choices)
    categories = CategoryRefSerializer(many=True)
    instructors = serializers.SerializerMethodField()
    learning_objectives = serializers.SerializerMethodField()
    credit = CreditSerializer(source="*")
    lessons = CourseLessonSerializer(source="api_lessons", many=True)
    lesson_count = serializers.SerializerMethodField()
    total_duration = serializers.SerializerMethodField(help_text="ISO 8601, e.g. PT2H5M")
    total_duration_seconds = serializers.SerializerMethodField()

    @extend_schema_field(ExpertSerializer(many=True))
    def get_instructors(self, course):
        return self.experts(link.expert for link in course.instructors.all())

    def get_learning_objectives(self, course) -> list[str]:
        return [block.value for block in course.learning_objectives]

    def get_lesson_count(self, course) -> int:
        return len(course.api_lessons)

    def get_total_duration_seconds(self, course) -> int:
        return sum(duration_seconds(lesson.duration) for lesson in course.api_lessons)

    def get_total_duration(self, course) -> str:
        return iso_duration(sum((lesson.duration for lesson in course.api_lessons), timedelta()))


class CourseDetailSerializer(CourseSerializer):
    """A course: the list's fields plus its overview, what enrolling takes, and SEO."""

    overview = RichTextField()
    price = serializers.DecimalField(
        max_digits=8,
        decimal_places=2,
        allow_null=True,
        coerce_to_string=False,
        help_text="A number, e.g. 49.0; null: the course is free.",
    )
    price_currency = serializers.CharField(help_text="ISO 4217, e.g. USD.")
    enrolment_policy = serializers.ChoiceField(
        choices=EnrolmentPolicy.choices,
        help_text="open: enrolling starts the course; approval, paid: staff activate it.",
    )
    seo = SEOField()


class VideoSerializer(serializers.Serializer):
    url = serializers.URLField(source="video_url")
    embed_url = serializers.URLField(allow_null=True)
    is_file = serializers.BooleanField(source="video_is_file")
    duration = serializers.SerializerMethodField(help_text="ISO 8601, e.g. PT24M30S")
    duration_seconds = serializers.SerializerMethodField()

    def get_duration(self, lesson) -> str:
        return iso_duration(lesson.duration)

    def get_duration_seconds(self, lesson) -> int:
        return duration_seconds(lesson.duration)


class PullQuoteSerializer(serializers.Serializer):
    text = serializers.CharField()
    attribution = serializers.CharField(allow_blank=True)


class MaterialSerializer(serializers.Serializer):
    title = serializers.CharField(source="display_title")
    document = DocumentField()


class LessonSerializer(_PageSerializer):
    """A lesson in the list: everything of the detail but the transcript, whose speakers and
    their photos would cost queries for each lesson."""

    type = PageTypeField("lessons.LessonPage")

    number = serializers.IntegerField(source="api_number", help_text="1-based, visible lessons")
    course = CourseRefSerializer(source="api_course")
    video = VideoSerializer(source="*")
    summary = serializers.CharField(allow_blank=True)
    speakers = serializers.SerializerMethodField()
    pull_quotes = serializers.SerializerMethodField()
    key_takeaways = serializers.SerializerMethodField()
    materials = MaterialSerializer(many=True)
    previous = serializers.SerializerMethodField()
    next = serializers.SerializerMethodField()
    clinical_review = ClinicalReviewSerializer(source="*")
    seo = SEOField()

    @extend_schema_field(ExpertSerializer(many=True))
    def get_speakers(self, lesson):
        return self.experts(lesson.api_speakers)

    @extend_schema_field(PullQuoteSerializer(many=True))
    def get_pull_quotes(self, lesson):
        # Only pull-quote blocks are read: the speaker turns' experts are not loaded.
        quotes = lesson.transcript.blocks_by_name("pull_quote")
        return [
            {"text": quote.value["text"], "attribution": quote.value.get("attribution") or ""}
            for quote in quotes
        ]

    def get_key_takeaways(self, lesson) -> list[str]:
        return [block.value for block in lesson.key_takeaways]

    @extend_schema_field(PageLinkSchema(allow_null=True))
    def get_previous(self, lesson):
        return represent.page_link(lesson.api_previous, self.context.get("request"))

    @extend_schema_field(PageLinkSchema(allow_null=True))
    def get_next(self, lesson):
        return represent.page_link(lesson.api_next, self.context.get("request"))


class TracksSerializer(serializers.Serializer):
    captions = serializers.URLField(help_text="WebVTT captions built from the transcript")
    chapters = serializers.URLField(help_text="WebVTT chapters from the section headings")


class LessonDetailSerializer(LessonSerializer):
    """A lesson: the list's fields plus its transcript and the WebVTT tracks built from it."""

    tracks = serializers.SerializerMethodField()

    @extend_schema_field(TracksSerializer)
    def get_tracks(self, lesson) -> dict[str, str]:
        request = self.context.get("request")
        links = {}
        for track in ("captions", "chapters"):
            url = reverse(f"lesson-{track}", args=[lesson.pk])
            links[track] = request.build_absolute_uri(url) if request is not None else url
        return links

    transcript = StreamField(
        TranscriptBlock,
        help_text="Blocks section_heading (text), speaker_turn (speaker, expert, start_time, "
        "start_seconds, paragraphs) and pull_quote (text, attribution).",
    )
