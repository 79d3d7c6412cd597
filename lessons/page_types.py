"""What the core needs from courses and lessons, registered from `LessonsConfig.ready()`.

A course's and a lesson's loader is the selector of its own detail endpoint: the course with
its visible lessons, the lesson with its number, neighbours, course and speakers. A preview's
draft gets the same, computed around the draft (a new lesson is placed by its tree position).
"""

from django.db.models import prefetch_related_objects

from cms.loading import load_shown
from cms.registry import (
    CachedModel,
    ExpertWorks,
    LoadedPage,
    PageType,
    register_cached_model,
    register_expert_works,
    register_home_section,
    register_page_type,
)
from cms.seo.json_ld import collection
from lessons import selectors, seo
from lessons.models import CourseIndexPage, CoursePage, CreditType, LessonPage
from lessons.revalidation import course_dependent_paths, lesson_dependent_paths
from lessons.serializers import CourseCardSerializer, CourseDetailSerializer, LessonDetailSerializer


def load_course(page, hidden) -> LoadedPage | None:
    course = selectors.course_detail(hidden, pk=page.pk)
    return course_bundle(course, hidden) if course is not None else None


def course_bundle(course: CoursePage, hidden) -> LoadedPage:
    """The course (its lessons loaded) with what its overview and categories link to."""
    return LoadedPage(course, links=load_shown([course], hidden))


def load_course_draft(course: CoursePage, hidden) -> LoadedPage:
    selectors.with_course_lessons([course], hidden)
    return course_bundle(course, hidden)


def load_lesson(page, hidden) -> LoadedPage | None:
    lesson = selectors.lesson_detail(page.pk, hidden)
    return lesson_bundle(lesson, hidden) if lesson is not None else None


def lesson_bundle(lesson: LessonPage, hidden) -> LoadedPage:
    """The lesson (its number, neighbours, course and speakers loaded) with its transcript's
    blocks: each turn's expert and photo."""
    return LoadedPage(lesson, links=load_shown([lesson], hidden))


def load_lesson_draft(lesson: LessonPage, hidden) -> LoadedPage:
    # A draft or new lesson is placed by its tree position (lessons.selectors.place_in_course).
    selectors.with_lesson_listing_data([lesson], hidden)
    if lesson.api_course is None:  # a draft course: not among the visible ones
        lesson.api_course = lesson.get_parent().specific
    # The draft's materials are its own (modelcluster): their documents, in one query.
    prefetch_related_objects(list(lesson.materials.all()), "document")
    return lesson_bundle(lesson, hidden)


def register() -> None:
    register_page_type(
        PageType(
            model=CoursePage,
            load=load_course,
            load_draft=load_course_draft,
            serializer=CourseDetailSerializer,
            json_ld=seo.course,
            prepare_seo=lambda course, hidden: selectors.with_course_lessons([course], hidden)[0],
            dependent_paths=course_dependent_paths,
        )
    )
    register_page_type(
        PageType(
            model=LessonPage,
            load=load_lesson,
            load_draft=load_lesson_draft,
            serializer=LessonDetailSerializer,
            json_ld=seo.lesson,
            prepare_seo=lambda lesson, hidden: selectors.with_lesson_listing_data([lesson], hidden)[
                0
            ],
            dependent_paths=lesson_dependent_paths,
        )
    )
    register_page_type(PageType(model=CourseIndexPage, json_ld=collection))
    register_home_section("courses", selectors.visible_courses)
    register_expert_works(
        ExpertWorks(
            key="courses",
            select=selectors.courses_taught_by,
            serializer=CourseCardSerializer,
            help_text="Visible courses they teach.",
        )
    )
    register_cached_model(CachedModel(CreditType))
