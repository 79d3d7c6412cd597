"""Queries for courses and lessons, all through the one visibility check."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.db.models.functions import Left, Length

from wagtail.models import Page

from blog.models import CategoryPage
from blog.selectors import category_branch_q
from cms.models import Expert
from cms.selectors import hidden_q, images_along, prefetch_renditions, visible
from lessons.models import CourseInstructor, CoursePage, LessonMaterial, LessonPage


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


@dataclass(frozen=True)
class LessonPlace:
    """Where a lesson stands among its course's lessons that readers can see."""

    number: int
    total: int
    previous: LessonPage | None
    next: LessonPage | None


def place_in_course(lesson: LessonPage, visible_lessons: list[LessonPage]) -> LessonPlace:
    """The one numbering of lessons, for the reader pages and the API alike: by tree position
    among the visible lessons (a draft or new lesson, not among them, is placed where it would
    stand)."""
    others = [page for page in visible_lessons if page.path != lesson.path]
    before = [page for page in others if page.path < lesson.path]
    after = [page for page in others if page.path > lesson.path]
    return LessonPlace(
        number=len(before) + 1,
        total=len(others) + 1,
        previous=before[-1] if before else None,
        next=after[0] if after else None,
    )


def lesson_navigation(lesson: LessonPage, hidden=None) -> dict:
    """Number, course and neighbours of a lesson, for its reader page."""
    hidden = hidden_q() if hidden is None else hidden
    course = lesson.get_parent().specific
    siblings = visible(LessonPage.objects.sibling_of(lesson, inclusive=False), hidden)
    place = place_in_course(lesson, list(siblings.order_by("path")))
    return {
        "course": course,
        "lesson_number": place.number,
        "lesson_total": place.total,
        "previous_lesson": place.previous,
        "next_lesson": place.next,
    }


# The content API. Lessons are child pages, not a relation Django can prefetch, so the helpers
# below fetch them for a whole page of results in one query, keyed by their parent's tree path.

_CourseCategoryLink = CoursePage.categories.through


def _parent_path(path: str) -> str:
    return path[: -Page.steplen]


def _lessons_under(parent_paths, hidden) -> QuerySet:
    """Visible lessons whose parent has one of these tree paths, in tree order."""
    return (
        visible(LessonPage.objects.all(), hidden)
        .annotate(parent_path=Left("path", Length("path") - Page.steplen))
        .filter(parent_path__in=set(parent_paths))
        .order_by("path")
    )


def api_course_listing(hidden) -> QuerySet:
    """Visible courses in tree order, with what the API reads of each prefetched."""
    return (
        visible(CoursePage.objects.all(), hidden)
        .select_related("cover_image", "social_image", "listing_image")
        .prefetch_related(
            "credit_types",
            Prefetch(
                "instructors",
                queryset=CourseInstructor.objects.select_related("expert", "expert__photo"),
            ),
            Prefetch("categories", queryset=visible(CategoryPage.objects.order_by("path"), hidden)),
        )
        .order_by("path")
    )


def filter_courses(queryset, *, categories=(), instructors=(), level=None) -> QuerySet:
    """Courses filed under any of the categories (a parent counts its subcategories' courses),
    taught by any of the instructors, at the level."""
    if categories:
        queryset = queryset.filter(
            pk__in=_CourseCategoryLink.objects.filter(category_branch_q(categories)).values(
                "coursepage_id"
            )
        )
    if instructors:
        queryset = queryset.filter(
            pk__in=CourseInstructor.objects.filter(expert__in=instructors).values("page_id")
        )
    if level:
        queryset = queryset.filter(level=level)
    return queryset


def with_course_lessons(courses: list[CoursePage], hidden) -> list[CoursePage]:
    """Give each course `api_lessons`, its visible lessons numbered from 1 (as
    `place_in_course` numbers them), in one query, and its images' renditions in another."""
    courses = list(courses)
    prefetch_renditions(
        images_along(
            courses, "cover_image", "social_image", "listing_image", "instructors__expert__photo"
        )
    )
    by_course: dict[str, list[LessonPage]] = {course.path: [] for course in courses}
    for lesson in _lessons_under(by_course, hidden):
        by_course[lesson.parent_path].append(lesson)
    for course in courses:
        course.api_lessons = by_course[course.path]
        for number, lesson in enumerate(course.api_lessons, start=1):
            lesson.api_number = number
    return courses


def course_detail(hidden, **lookup) -> CoursePage | None:
    """The first visible course in tree order matching `lookup` (slug=... or pk=...)."""
    course = api_course_listing(hidden).filter(**lookup).first()
    return with_course_lessons([course], hidden)[0] if course else None


def courses_by_slug(slugs, hidden) -> dict[str, CoursePage]:
    # Slugs are unique only among siblings: as in course_detail, the first in tree order wins.
    courses = visible(CoursePage.objects.filter(slug__in=slugs), hidden).order_by("-path")
    return {course.slug: course for course in courses}


def courses_taught_by(expert, hidden) -> QuerySet:
    taught = CourseInstructor.objects.filter(expert=expert).values("page_id")
    return visible(CoursePage.objects.filter(pk__in=taught), hidden).order_by("path")


def api_lesson_listing(hidden, course: CoursePage | None = None) -> QuerySet:
    """Visible lessons in tree order (course by course), optionally of one course only."""
    lessons = visible(LessonPage.objects.all(), hidden)
    if course is not None:
        lessons = lessons.child_of(course)
    return (
        lessons.select_related("reviewed_by__photo", "social_image", "listing_image")
        .prefetch_related(
            Prefetch("materials", queryset=LessonMaterial.objects.select_related("document")),
        )
        .order_by("path")
    )


def _speaker_ids(lesson: LessonPage) -> list[int]:
    """Expert ids in order of first appearance, read from the stored JSON: a whole page of
    transcripts then costs one expert query, not one per lesson."""
    ids = []
    for item in lesson.transcript.raw_data:
        if item.get("type") == "speaker_turn":
            expert_id = str((item.get("value") or {}).get("expert") or "")
            if expert_id.isdigit() and int(expert_id) not in ids:
                ids.append(int(expert_id))
    return ids


def with_lesson_listing_data(lessons: list[LessonPage], hidden, courses=()) -> list[LessonPage]:
    """Give each lesson `api_course`, `api_number`, `api_previous` and `api_next` (counting
    only its course's visible lessons), `api_speakers` and every image's renditions: five or six
    queries in all."""
    parent_paths = {_parent_path(lesson.path) for lesson in lessons}
    courses = {course.path: course for course in courses}  # the caller's, already visible
    if not parent_paths <= set(courses):
        courses = {
            course.path: course
            for course in visible(CoursePage.objects.filter(path__in=parent_paths), hidden)
        }
    siblings: dict[str, list[LessonPage]] = {path: [] for path in parent_paths}
    for sibling in _lessons_under(parent_paths, hidden).defer("transcript"):
        siblings[sibling.parent_path].append(sibling)
    speaker_ids = {lesson.pk: _speaker_ids(lesson) for lesson in lessons}
    experts = Expert.objects.select_related("photo").in_bulk(
        {pk for ids in speaker_ids.values() for pk in ids}
    )
    for lesson in lessons:
        parent = _parent_path(lesson.path)
        lesson.api_course = courses.get(parent)
        place = place_in_course(lesson, siblings[parent])
        lesson.api_number = place.number
        lesson.api_previous = place.previous
        lesson.api_next = place.next
        lesson.api_speakers = [experts[pk] for pk in speaker_ids[lesson.pk] if pk in experts]
    prefetch_renditions(
        images_along(
            lessons, "reviewed_by__photo", "social_image", "listing_image", "api_speakers__photo"
        )
    )
    return lessons


def lesson_detail(lesson_id: int, hidden) -> LessonPage | None:
    lesson = api_lesson_listing(hidden).filter(pk=lesson_id).first()
    return with_lesson_listing_data([lesson], hidden)[0] if lesson else None


def course_lesson_detail(course_slug: str, lesson_slug: str, hidden) -> LessonPage | None:
    """A visible lesson by its slug under the visible course with `course_slug` (the first
    such course in tree order, as in course_detail): slugs are unique among siblings only."""
    course = visible(CoursePage.objects.filter(slug=course_slug), hidden).order_by("path").first()
    if course is None:
        return None
    lesson = api_lesson_listing(hidden, course).filter(slug=lesson_slug).first()
    return with_lesson_listing_data([lesson], hidden, courses=[course])[0] if lesson else None
