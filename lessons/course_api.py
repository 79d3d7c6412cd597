"""The courses and lessons endpoints: thin views over lessons.selectors."""

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from blog.selectors import categories_by_slug
from cms.api_common import (
    ContentAPIViewSet,
    reject_unknown,
)
from cms.models import Expert
from cms.page_representation import represent
from cms.representation import request_hidden
from lessons import selectors
from lessons.page_types import course_bundle, lesson_bundle
from lessons.serializers import (
    CourseDetailSerializer,
    CourseFilterSerializer,
    CourseSerializer,
    LessonDetailSerializer,
    LessonFilterSerializer,
    LessonSerializer,
)

# Page ids are PostgreSQL integers: a longer number could only be a miss.
MAX_PAGE_ID = 2**31 - 1


def _lookup_slug(kind: str, slug: str) -> str:
    """A slug that cannot name anything is a miss, not a database error (NUL bytes)."""
    if "\x00" in slug:
        raise NotFound(f"No {kind} with slug {slug!r}.")
    return slug


@extend_schema_view(
    list=extend_schema(
        summary="List courses, in the editors' order",
        parameters=[CourseFilterSerializer],
        responses=CourseSerializer(many=True),
    ),
    retrieve=extend_schema(summary="A course, by slug", responses=CourseDetailSerializer),
    lesson=extend_schema(
        summary="A lesson, by its course's slug and its own",
        parameters=[OpenApiParameter("lesson_slug", str, OpenApiParameter.PATH)],
        responses=LessonDetailSerializer,
    ),
)
class CourseViewSet(ContentAPIViewSet):
    """CE/CME courses: ordered video lessons by credentialed experts. Only visible lessons
    are listed, numbered and timed."""

    filter_serializer = CourseFilterSerializer
    lookup_field = "slug"
    lookup_value_regex = r"[^/]+"

    def list(self, request):
        filters = self.get_filters()
        hidden = request_hidden(request)
        category_slugs = filters.get("category", [])
        categories = categories_by_slug(category_slugs, hidden)
        reject_unknown("category", category_slugs, categories)
        instructor_slugs = filters.get("instructor", [])
        instructors = list(Expert.objects.filter(slug__in=instructor_slugs))
        reject_unknown("instructor", instructor_slugs, [expert.slug for expert in instructors])
        queryset = selectors.filter_courses(
            selectors.api_course_listing(hidden),
            categories=list(categories.values()),
            instructors=instructors,
            level=filters.get("level"),
        )
        return self.paginated(
            queryset,
            lambda page: (
                CourseSerializer(
                    selectors.with_course_lessons(page, hidden),
                    many=True,
                    context={"request": request},
                ).data
            ),
        )

    def retrieve(self, request, slug=None):
        hidden = request_hidden(request)
        course = selectors.course_detail(hidden, slug=_lookup_slug("course", slug))
        if course is None:
            raise NotFound(f"No course with slug {slug!r}.")
        data = represent(CourseDetailSerializer, course_bundle(course, hidden), request)
        return Response(data)

    @action(detail=True, url_path=r"lessons/(?P<lesson_slug>[^/]+)")
    def lesson(self, request, slug=None, lesson_slug=None):
        """A lesson where readers find it, `/courses/<course>/lessons/<slug>/`: the shape of
        `lessons/<id>/`, which still answers."""
        hidden = request_hidden(request)
        lesson = selectors.course_lesson_detail(
            _lookup_slug("course", slug), _lookup_slug("lesson", lesson_slug), hidden
        )
        if lesson is None:
            raise NotFound(f"No lesson {lesson_slug!r} in a course with slug {slug!r}.")
        return _lesson_response(lesson, hidden, request)


@extend_schema_view(
    list=extend_schema(
        summary="List lessons, course by course in the editors' order",
        parameters=[LessonFilterSerializer],
        responses=LessonSerializer(many=True),
    ),
    retrieve=extend_schema(
        summary="A lesson, by id",
        parameters=[OpenApiParameter("id", int, OpenApiParameter.PATH)],
        responses=LessonDetailSerializer,
    ),
)
class LessonViewSet(ContentAPIViewSet):
    """Video lessons. A lesson's number and its previous and next lessons count only the
    lessons of its course that readers can see."""

    filter_serializer = LessonFilterSerializer
    lookup_field = "id"
    lookup_value_regex = r"[^/]+"

    def list(self, request):
        filters = self.get_filters()
        hidden = request_hidden(request)
        course = None
        if "course" in filters:
            course = selectors.courses_by_slug([filters["course"]], hidden).get(filters["course"])
            reject_unknown("course", [filters["course"]], [course.slug] if course else [])
        return self.paginated(
            selectors.api_lesson_listing(hidden, course),
            lambda page: (
                LessonSerializer(
                    selectors.with_lesson_listing_data(
                        page, hidden, courses=[course] if course else ()
                    ),
                    many=True,
                    context={"request": request},
                ).data
            ),
        )

    def retrieve(self, request, id=None):
        lesson = None
        hidden = request_hidden(request)
        if id.isascii() and id.isdigit() and len(id) <= 10 and int(id) <= MAX_PAGE_ID:
            lesson = selectors.lesson_detail(int(id), hidden)
        if lesson is None:
            raise NotFound(f"No lesson with id {id!r}.")
        return _lesson_response(lesson, hidden, request)


def _lesson_response(lesson, hidden, request):
    data = represent(LessonDetailSerializer, lesson_bundle(lesson, hidden), request)
    return Response(data)
