"""The lessons' WebVTT tracks: `/api/v2/lessons/<id>/captions.vtt` and `chapters.vtt`, and the
same beside the course/slug route. Plain Django views (a track is text/vtt, not JSON), but they
find the lesson through the very selectors of the JSON detail, so a draft, scheduled or
restricted lesson is a 404 here too; they sit under /api/v2/, in the response cache."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views.decorators.http import require_safe

from cms.representation import request_hidden
from lessons import captions, selectors

MAX_PAGE_ID = 2**31 - 1
TRACKS = {"captions": captions.captions_vtt, "chapters": captions.chapters_vtt}


def _vtt(lesson, track: str) -> HttpResponse:
    if lesson is None:
        return JsonResponse({"error": "No such lesson."}, status=404)
    response = HttpResponse(TRACKS[track](lesson), content_type="text/vtt; charset=utf-8")
    # A <track> on the reader page may be on another origin than the API.
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = f"public, max-age={settings.API_CACHE_SECONDS}"
    return response


def _valid_slug(slug: str) -> bool:
    return "\x00" not in slug


@require_safe
def lesson_track(request, lesson_id: str, track: str):
    lesson = None
    digits = lesson_id.isascii() and lesson_id.isdigit() and len(lesson_id) <= 10
    if digits and int(lesson_id) <= MAX_PAGE_ID:
        lesson = selectors.lesson_detail(int(lesson_id), request_hidden(request))
    return _vtt(lesson, track)


@require_safe
def course_lesson_track(request, course_slug: str, lesson_slug: str, track: str):
    lesson = None
    if _valid_slug(course_slug) and _valid_slug(lesson_slug):
        lesson = selectors.course_lesson_detail(course_slug, lesson_slug, request_hidden(request))
    return _vtt(lesson, track)


urlpatterns = [
    *(
        path(f"lessons/<str:lesson_id>/{track}.vtt", lesson_track, {"track": track},
             name=f"lesson-{track}")
        for track in TRACKS
    ),
    *(
        path(
            f"courses/<str:course_slug>/lessons/<str:lesson_slug>/{track}.vtt",
            course_lesson_track,
            {"track": track},
            name=f"course-lesson-{track}",
        )
        for track in TRACKS
    ),
]  # fmt: skip
