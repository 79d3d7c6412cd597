"""Factories for courses, lessons and transcript blocks."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from cms.factories import (
    ExpertFactory,
    HeadingBlockFactory,
    PullQuoteBlockFactory,
    SavedOncePageFactory,
)
from lessons.blocks import SpeakerTurnBlock, TranscriptBlock
from lessons.models import CourseIndexPage, CourseInstructor, CoursePage, CreditType, LessonPage


class CreditTypeFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"CE{n}")
    name = factory.Sequence(lambda n: f"Credit body {n}")

    class Meta:
        model = CreditType
        django_get_or_create = ("code",)


class SpeakerTurnBlockFactory(wagtail_factories.StructBlockFactory):
    expert = None
    speaker_name = "Host"
    start_time = "0:30"
    paragraphs = factory.LazyFunction(
        lambda: ["Notice the breath without changing it.", "Then widen attention to the room."]
    )

    class Meta:
        model = SpeakerTurnBlock


class TranscriptBlockFactory(wagtail_factories.StreamBlockFactory):
    section_heading = factory.SubFactory(HeadingBlockFactory)
    speaker_turn = factory.SubFactory(SpeakerTurnBlockFactory)
    pull_quote = factory.SubFactory(
        PullQuoteBlockFactory, text="Notice the breath without changing it."
    )

    class Meta:
        model = TranscriptBlock


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"
    slug = "courses"

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(SavedOncePageFactory):
    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "A practical course for clinicians."
    credit_hours = "4.0"

    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    @factory.post_generation
    def instructors(self, create, extracted, **kwargs):
        experts = extracted if extracted is not None else [ExpertFactory()] if create else []
        self.instructors.set(
            [CourseInstructor(expert=expert, sort_order=i) for i, expert in enumerate(experts)]
        )


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    summary = "What to do in the first session."
    video_url = "https://vimeo.com/123456789"
    duration = datetime.timedelta(minutes=20)
    transcript = wagtail_factories.StreamFieldFactory(TranscriptBlockFactory)

    class Meta:
        model = LessonPage
