"""Queries for courses and lessons, all through the one visibility check."""

from django.db.models import Prefetch, QuerySet

from cms.selectors import hidden_q, visible
from lessons.models import CourseInstructor, CoursePage, LessonPage


def visible_courses(hidden=None) -> QuerySet:
    return (
        visible(CoursePage.objects.all(), hidden)
        .select_related("cover_image")
        .prefetch_related(
            Prefetch("instructors", queryset=CourseInstructor.objects.select_related("expert")),
            "credit_types",
        )
        .order_by("path")
    )


def course_lessons(course: CoursePage, hidden=None) -> list[LessonPage]:
    """The course's visible lessons in tree order, each numbered from 1."""
    lessons = list(visible(LessonPage.objects.child_of(course), hidden).order_by("path"))
    for number, lesson in enumerate(lessons, start=1):
        lesson.number = number
    return lessons


def lesson_navigation(lesson: LessonPage, hidden=None) -> dict:
    """Number, course and neighbours of a lesson, counting only lessons readers can see."""
    hidden = hidden_q() if hidden is None else hidden
    course = lesson.get_parent().specific
    siblings = list(
        visible(LessonPage.objects.sibling_of(lesson, inclusive=False), hidden).order_by("path")
    )
    before = [page for page in siblings if page.path < lesson.path]
    after = [page for page in siblings if page.path > lesson.path]
    return {
        "course": course,
        "lesson_number": len(before) + 1,
        "lesson_total": len(siblings) + 1,
        "previous_lesson": before[-1] if before else None,
        "next_lesson": after[0] if after else None,
    }
