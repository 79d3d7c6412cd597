"""WebVTT captions and chapters built from lesson transcripts, parsed back with webvtt-py (an
independent parser) so a malformed file fails here rather than in a reader's player."""

import datetime
import io

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
import webvtt

from lessons.factories import CoursePageFactory, LessonPageFactory
from lessons.models import LessonPage

pytestmark = pytest.mark.django_db
API = "/api/v2/"


def turn(speaker, start, *paragraphs):
    value = {"speaker_name": speaker, "start_time": start, "paragraphs": list(paragraphs)}
    return {"type": "speaker_turn", "value": value}


def heading(text):
    return {"type": "section_heading", "value": text}


LONG = " ".join(["Breathe out slowly & let the shoulders <drop> before the next breath."] * 3)


@pytest.fixture
def lesson(site_tree):
    course = CoursePageFactory(parent=site_tree.courses, slug="calm", instructors=[])
    return LessonPageFactory(
        parent=course,
        slug="exhale",
        duration=datetime.timedelta(minutes=2),
        transcript=[
            heading("Why the exhale"),
            turn("Ana Host", "0:05", "Welcome.", "Today we slow down."),
            turn("Untimed Guest", "", "This turn has no time and cannot be placed."),
            heading("Practice"),
            turn("Tom Teacher", "0:40", LONG),
        ],
    )


def vtt(client, url, status=200):
    response = client.get(API + url)
    assert response.status_code == status, response.content
    if status == 200:
        assert response["Content-Type"].startswith("text/vtt")
        return webvtt.WebVTT.from_buffer(io.StringIO(response.content.decode()))
    return response


def seconds(stamp):
    hours, minutes, rest = stamp.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(rest)


def test_captions_follow_the_speaker_turns_and_end_at_the_lesson(client, lesson):
    cues = vtt(client, f"lessons/{lesson.pk}/captions.vtt").captions
    assert cues[0].raw_text.startswith("<v Ana Host>Welcome.")
    assert seconds(cues[0].start) == 5
    # The first turn lasts until the next timed one: the untimed turn is left out.
    tom = [cue for cue in cues if cue.raw_text.startswith("<v Tom Teacher>")]
    assert seconds(tom[0].start) == 40
    assert seconds(cues[len(cues) - len(tom) - 1].end) == 40
    assert seconds(tom[-1].end) == 120
    assert not any("Untimed" in cue.raw_text for cue in cues)
    # A long turn is split into caption-length cues of at most two lines, markup escaped.
    assert len(tom) > 1
    for cue in tom:
        lines = cue.raw_text.removeprefix("<v Tom Teacher>").split("\n")
        assert len(lines) <= 2
        assert all(len(line) <= 60 for line in lines)
    assert "&amp;" in tom[0].raw_text
    assert "<drop>" not in "".join(c.raw_text for c in tom)
    starts = [seconds(cue.start) for cue in cues]
    assert starts == sorted(starts)
    assert all(seconds(cue.end) > seconds(cue.start) for cue in cues)


def test_chapters_come_from_the_section_headings(client, lesson):
    cues = vtt(client, f"lessons/{lesson.pk}/chapters.vtt").captions
    assert [(cue.text, seconds(cue.start), seconds(cue.end)) for cue in cues] == [
        ("Why the exhale", 5, 40),
        ("Practice", 40, 120),
    ]


def test_the_course_route_serves_the_same_tracks(client, lesson):
    for track in ("captions", "chapters"):
        by_id = client.get(f"{API}lessons/{lesson.pk}/{track}.vtt").content
        assert client.get(f"{API}courses/calm/lessons/exhale/{track}.vtt").content == by_id


def test_the_lesson_json_links_both_tracks(client, lesson):
    tracks = client.get(f"{API}lessons/{lesson.pk}/").json()["tracks"]
    assert tracks["captions"].endswith(f"/api/v2/lessons/{lesson.pk}/captions.vtt")
    assert client.get(tracks["chapters"]).status_code == 200


def test_hidden_lessons_have_no_tracks(client, lesson, site_tree):
    draft = LessonPageFactory(parent=lesson.get_parent(), slug="draft", live=False)
    restricted = LessonPageFactory(parent=lesson.get_parent(), slug="private")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    for hidden in (draft, restricted):
        for track in ("captions", "chapters"):
            assert client.get(f"{API}lessons/{hidden.pk}/{track}.vtt").status_code == 404
            path = f"{API}courses/calm/lessons/{hidden.slug}/{track}.vtt"
            assert client.get(path).status_code == 404


@pytest.mark.parametrize("lesson_id", ["abc", "99999999999", "0", "1%00"])
def test_bad_ids_are_json_404s(client, lesson_id):
    response = client.get(f"{API}lessons/{lesson_id}/captions.vtt")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_a_track_costs_a_fixed_number_of_queries(client, lesson):
    caches["default"].clear()
    with CaptureQueriesContext(connection) as few:
        client.get(f"{API}lessons/{lesson.pk}/captions.vtt")
    lesson.transcript = [
        *lesson.transcript.raw_data,
        *[turn("More", f"1:{n}0", "Hi.") for n in range(5)],
    ]
    lesson.save_revision().publish()
    caches["default"].clear()
    with CaptureQueriesContext(connection) as many:
        client.get(f"{API}lessons/{lesson.pk}/captions.vtt")
    assert len(many) == len(few)


def test_every_demo_lesson_has_valid_tracks(client, demo):
    lessons = list(LessonPage.objects.live())
    assert lessons
    for page in lessons:
        captions = vtt(client, f"lessons/{page.pk}/captions.vtt").captions
        chapters = vtt(client, f"lessons/{page.pk}/chapters.vtt").captions
        if any(
            b.block_type == "speaker_turn" and b.value.start_seconds is not None
            for b in page.transcript
        ):
            assert captions
            assert all(cue.raw_text.startswith("<v ") for cue in captions)
        assert all(seconds(c.end) > seconds(c.start) for c in captions + chapters)


def test_the_reader_page_carries_the_tracks_and_seekable_timecodes(client, lesson):
    lesson.video_url = "https://media.example.com/exhale.mp4"
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert '<track kind="captions" srclang="en" label="English"' in html
    assert f'src="/api/v2/lessons/{lesson.pk}/captions.vtt"' in html
    assert f'src="/api/v2/lessons/{lesson.pk}/chapters.vtt"' in html
    # The timecode is an anchor to the turn search links to (#t-SECONDS), seekable with JS.
    assert 'href="#t-40" data-seconds="40"' in html
    assert 'id="t-40"' in html
    assert 'aria-live="polite"' in html
    assert "lessons/transcript.js" in html


def test_an_embedded_player_offers_the_transcript_beside_it(client, lesson):
    html = client.get(lesson.url).content.decode()
    assert "<track" not in html
    assert 'href="#transcript-heading"' in html


def test_tracks_are_cached_and_leave_the_cache_when_the_lesson_goes(client, lesson):
    url = f"{API}lessons/{lesson.pk}/captions.vtt"
    first = client.get(url)
    again = client.get(url)
    assert (first["X-Cache"], again["X-Cache"]) == ("miss", "hit")
    assert again.content == first.content
    assert "public" in again["Cache-Control"]
    lesson.unpublish()
    assert client.get(url).status_code == 404
