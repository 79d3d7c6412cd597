"""Which reader paths show a course or a lesson, for the webhooks' `paths` (registered as
`PageType.dependent_paths` in lessons/page_types.py).

The core already names the page's own path and its ancestors' (a lesson's course, the course
index, the home page). What only the lessons app knows: a lesson is numbered among its course's
visible lessons and names its neighbours, so publishing, renaming or hiding one changes its
siblings' pages; a course's lessons show its title; and each instructor's expert page lists the
course. Only visible pages are named: a hidden one was never cached, and its path must not be
told.
"""

from cms.api_fields import expert_path
from cms.representation import page_path
from cms.selectors import visible
from lessons.models import CoursePage, LessonPage


def _lesson_paths(course: CoursePage, hidden) -> list[str]:
    lessons = visible(LessonPage.objects.child_of(course), hidden).order_by("path")
    return [path for path in (page_path(lesson, None) for lesson in lessons) if path]


def _instructor_paths(course: CoursePage) -> list[str]:
    # Through the cluster manager: a course just published may hold them in memory.
    return [expert_path(link.expert) for link in course.instructors.select_related("expert")]


def course_dependent_paths(course: CoursePage, hidden) -> list[str]:
    return [*_lesson_paths(course, hidden), *_instructor_paths(course)]


def lesson_dependent_paths(lesson: LessonPage, hidden) -> list[str]:
    course = CoursePage.objects.filter(path=lesson.path[: -lesson.steplen]).first()
    if course is None:
        return []
    return [*_lesson_paths(course, hidden), *_instructor_paths(course)]
