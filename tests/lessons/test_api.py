"""Contract tests for /api/v2/courses/ and /api/v2/lessons/.

Every hidden page carries "leakmarker" in its slug and title, and every expert's email ends in
"@example.org": neither may appear in any response.
"""

import datetime
from types import SimpleNamespace

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
import wagtail_factories

from blog.factories import CategoryPageFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, CreditTypeFactory, LessonPageFactory
from lessons.models import LessonMaterial

pytestmark = pytest.mark.django_db

API = "/api/v2/"
EXPERT_KEYS = {"name", "credentials", "display_name", "title", "slug", "path", "url", "photo"}


def get(client, url, params=None, status=200):
    response = client.get(API + url, params or {})
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    assert b"@example.org" not in response.content
    if status == 200:  # errors echo the slug asked for
        assert b"leakmarker" not in response.content
    return response.json()


def slugs(body):
    return [item["slug"] for item in body["results"]]


def turn(expert, start="1:05", text="Notice the breath without changing it."):
    value = {"expert": expert.pk, "speaker_name": "", "start_time": start, "paragraphs": [text]}
    return {"type": "speaker_turn", "value": value}


def make_course(parent, slug, instructors, categories=(), credit_types=(), **kwargs):
    course = CoursePageFactory(
        parent=parent, slug=slug, title=kwargs.pop("title", slug), instructors=instructors, **kwargs
    )
    course.categories.set(categories)
    course.credit_types.set(credit_types)
    course.save()
    return course


@pytest.fixture
def catalogue(site_tree):
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    ptsd = CategoryPageFactory(parent=trauma, slug="ptsd", title="PTSD")
    anxiety = CategoryPageFactory(parent=site_tree.topics, slug="anxiety", title="Anxiety")
    secret = CategoryPageFactory(parent=site_tree.topics, slug="leakmarker-topic", live=False)
    teacher = ExpertFactory(name="Ana Teacher", slug="ana-teacher")
    speaker = ExpertFactory(name="Ben Speaker", slug="ben-speaker")
    other = ExpertFactory(name="Cy Other", slug="cy-other")
    apa = CreditTypeFactory(code="APA", name="American Psychological Association")
    grounding = make_course(
        site_tree.courses,
        "grounding",
        [teacher],
        [ptsd, secret],
        [apa],
        title="Grounding",
        learning_objectives=[("objective", "Name three grounding skills.")],
        credit_hours="3.5",
        accreditation_statement="Approved for 3.5 hours.",
    )
    first = LessonPageFactory(
        parent=grounding,
        slug="first",
        title="First",
        duration=datetime.timedelta(seconds=1470),
        transcript=[
            {"type": "section_heading", "value": "Opening"},
            turn(speaker, "0:10"),
            turn(teacher, "1:02:03"),
            turn(speaker, "1:10:00"),
            {"type": "pull_quote", "value": {"text": "Notice the breath", "attribution": "Ben"}},
        ],
        key_takeaways=[("takeaway", "Breathe out slowly.")],
        reviewed_by=other,
        last_reviewed=datetime.date(2026, 1, 5),
        next_review_due=datetime.date(2027, 1, 5),
    )
    draft = LessonPageFactory(parent=grounding, slug="leakmarker-draft", live=False)
    last = LessonPageFactory(
        parent=grounding, slug="last", title="Last", video_url="https://cdn.example.org/a.mp4"
    )
    LessonMaterial.objects.create(
        page=last, document=wagtail_factories.DocumentFactory(title="Worksheet"), title="Handout"
    )
    grounding.overview = f'<p>Read <a linktype="page" id="{draft.pk}">the draft</a>.</p>'
    grounding.last_published_at = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
    grounding.save()
    advanced = make_course(site_tree.courses, "advanced", [other], [anxiety], level="advanced")
    advanced_lesson = LessonPageFactory(parent=advanced, slug="advanced-lesson")
    unpublished = make_course(site_tree.courses, "leakmarker-unpublished", [teacher], [ptsd])
    orphan = LessonPageFactory(parent=unpublished, slug="leakmarker-orphan")
    unpublished.unpublish()
    locked = make_course(site_tree.courses, "leakmarker-locked", [teacher], [ptsd])
    locked_lesson = LessonPageFactory(parent=locked, slug="leakmarker-locked-lesson")
    PageViewRestriction.objects.create(page=locked, restriction_type="password", password="x")
    return SimpleNamespace(**locals())


def test_course_list_shape_and_visibility(client, catalogue):
    body = get(client, "courses/")
    assert set(body) == {"count", "next", "previous", "results"}
    assert slugs(body) == ["grounding", "advanced"]
    item = body["results"][0]
    assert set(item) == {
        "id", "type", "title", "slug", "path", "url", "summary", "cover_image", "level",
        "categories",
        "instructors", "learning_objectives", "credit", "lessons", "lesson_count",
        "total_duration", "total_duration_seconds",
    }  # fmt: skip
    assert item["path"] == "/courses/grounding/"
    assert item["url"] == "http://testserver/courses/grounding/"
    assert [c["slug"] for c in item["categories"]] == ["ptsd"]
    assert set(item["categories"][0]) == {"id", "type", "slug", "title", "path", "url"}
    assert [e["slug"] for e in item["instructors"]] == ["ana-teacher"]
    assert set(item["instructors"][0]) == EXPERT_KEYS
    assert item["learning_objectives"] == ["Name three grounding skills."]
    assert item["credit"] == {
        "hours": 3.5,
        "types": [{"code": "APA", "name": "American Psychological Association", "professions": ""}],
        "accreditation_statement": "Approved for 3.5 hours.",
    }
    assert [(x["slug"], x["number"]) for x in item["lessons"]] == [("first", 1), ("last", 2)]
    assert set(item["lessons"][0]) == {
        "id", "type", "number", "title", "slug", "path", "url", "duration", "duration_seconds",
        "summary",
    }  # fmt: skip
    assert item["lessons"][0]["duration"] == "PT24M30S"
    assert item["lessons"][0]["duration_seconds"] == 1470
    assert item["lesson_count"] == 2
    assert item["total_duration_seconds"] == 1470 + 1200
    assert item["total_duration"] == "PT44M30S"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"category": "trauma"}, ["grounding"]),
        ({"category": "ptsd"}, ["grounding"]),
        ({"category": ["trauma", "anxiety"]}, ["grounding", "advanced"]),
        ({"instructor": "ana-teacher"}, ["grounding"]),
        ({"instructor": ["ana-teacher", "cy-other"]}, ["grounding", "advanced"]),
        ({"instructor": "ben-speaker"}, []),
        ({"level": "advanced"}, ["advanced"]),
        ({"level": "intermediate"}, []),
        ({"category": "anxiety", "level": "introductory"}, []),
    ],
)
def test_course_filters(client, catalogue, query, expected):
    assert slugs(get(client, "courses/", query)) == expected


@pytest.mark.parametrize(
    ("url", "query", "message"),
    [
        ("courses/", {"level": "expert"}, "level"),
        ("courses/", {"category": ""}, "category"),
        ("courses/", {"colour": "red"}, "Unknown query parameter: colour."),
        ("courses/", {"limit": "0"}, "limit"),
        ("lessons/", {"course": "bad slug!"}, "course"),
        ("lessons/", {"offset": "-1"}, "offset"),
    ],
)
def test_bad_input_is_a_400_naming_the_problem(client, catalogue, url, query, message):
    assert message in get(client, url, query, status=400)["error"]


@pytest.mark.parametrize(
    ("url", "query", "message"),
    [
        ("courses/", {"category": "nope"}, "Unknown category: nope."),
        # hidden answers as unknown: the 404 does not tell that it exists
        ("courses/", {"category": "leakmarker-topic"}, "Unknown category: leakmarker-topic."),
        ("courses/", {"instructor": "nobody"}, "Unknown instructor: nobody."),
        ("lessons/", {"course": "nope"}, "Unknown course: nope."),
        ("lessons/", {"course": "leakmarker-unpublished"}, "Unknown course"),
        ("lessons/", {"course": "leakmarker-locked"}, "Unknown course"),
    ],
)
def test_a_filter_naming_what_is_not_there_is_a_404(client, catalogue, url, query, message):
    assert message in get(client, url, query, status=404)["error"]


def test_course_detail(client, catalogue):
    response = client.get(API + "courses/grounding/")
    body = get(client, "courses/grounding/")
    assert not response.has_header("Last-Modified")  # the ETag: tests/api/test_conditional_get.py
    assert "max-age" in response["Cache-Control"]
    assert body["overview"] == "<p>Read <a>the draft</a>.</p>"  # a hidden page is no link
    assert body["seo"]["json_ld"]["@type"] == "Course"
    assert body["seo"]["canonical_url"] == "http://testserver/courses/grounding/"
    assert [lesson["slug"] for lesson in body["lessons"]] == ["first", "last"]


@pytest.mark.parametrize(
    "slug", ["nope", "leakmarker-unpublished", "leakmarker-locked", "first", "a.b", "x%00y"]
)
def test_unknown_or_hidden_course_is_a_json_404(client, catalogue, slug):
    assert "error" in get(client, f"courses/{slug}/", status=404)


def test_lesson_list_shows_visible_lessons_in_tree_order(client, catalogue):
    body = get(client, "lessons/")
    assert slugs(body) == ["first", "last", "advanced-lesson"]
    assert [item["number"] for item in body["results"]] == [1, 2, 1]
    assert "transcript" not in body["results"][0]
    assert slugs(get(client, "lessons/", {"course": "grounding"})) == ["first", "last"]
    assert slugs(get(client, "lessons/", {"course": "advanced"})) == ["advanced-lesson"]


def test_lesson_detail(client, catalogue):
    first, last = catalogue.first, catalogue.last
    body = get(client, f"lessons/{first.pk}/")
    assert body["number"] == 1
    assert body["course"] == {
        "id": body["course"]["id"],
        "type": "lessons.CoursePage",
        "slug": "grounding",
        "title": "Grounding",
        "path": "/courses/grounding/",
        "url": "http://testserver/courses/grounding/",
    }
    assert body["video"] == {
        "url": "https://vimeo.com/123456789",
        "embed_url": "https://player.vimeo.com/video/123456789",
        "is_file": False,
        "duration": "PT24M30S",
        "duration_seconds": 1470,
    }
    assert [expert["slug"] for expert in body["speakers"]] == ["ben-speaker", "ana-teacher"]
    assert [block["type"] for block in body["transcript"]] == [
        "section_heading", "speaker_turn", "speaker_turn", "speaker_turn", "pull_quote",
    ]  # fmt: skip
    spoken = body["transcript"][2]["value"]
    assert spoken["speaker"] == "Ana Teacher"
    assert set(spoken["expert"]) == EXPERT_KEYS
    assert (spoken["start_time"], spoken["start_seconds"]) == ("1:02:03", 3723)
    assert body["pull_quotes"] == [{"text": "Notice the breath", "attribution": "Ben"}]
    assert body["key_takeaways"] == ["Breathe out slowly."]
    assert body["clinical_review"]["reviewed_by"]["slug"] == "cy-other"
    assert body["clinical_review"]["last_reviewed"] == "2026-01-05"
    assert body["clinical_review"]["next_review_due"] == "2027-01-05"
    assert body["seo"]["json_ld"]["@type"] == "VideoObject"
    assert body["previous"] is None
    assert body["next"]["id"] == last.pk  # the draft between them is skipped
    assert set(body["next"]) == {"id", "type", "title", "path", "url"}

    body = get(client, f"lessons/{last.pk}/")
    assert (body["number"], body["previous"]["id"], body["next"]) == (2, first.pk, None)
    assert body["video"]["is_file"] is True
    assert body["materials"][0]["title"] == "Handout"
    assert body["materials"][0]["document"]["title"] == "Worksheet"
    assert body["materials"][0]["document"]["url"].startswith("http://testserver/documents/")


@pytest.mark.parametrize("which", ["draft", "orphan", "locked_lesson", "missing", "abc", "huge"])
def test_hidden_or_unknown_lesson_is_a_json_404(client, catalogue, which):
    ids = {"missing": "999999", "abc": "abc", "huge": "9" * 40}
    lesson_id = ids.get(which) or getattr(catalogue, which).pk
    assert "error" in get(client, f"lessons/{lesson_id}/", status=404)


def measure(client, url):
    get(client, url)  # the first request makes image renditions
    for cache in caches.all():
        cache.clear()  # so that renditions come from the prefetch, not a cache
    with CaptureQueriesContext(connection) as queries:
        body = get(client, url)
    return len(queries), len(body["results"])


@pytest.fixture
def many(site_tree):
    """Twelve courses of two lessons, each with every related thing the API shows."""
    category = CategoryPageFactory(parent=site_tree.topics, slug="many")
    credit = CreditTypeFactory(code="ACCME")
    for n in range(12):
        expert = ExpertFactory(photo=wagtail_factories.ImageFactory())
        course = make_course(
            site_tree.courses, f"c{n:02d}", [expert], [category], [credit],
            cover_image=wagtail_factories.ImageFactory(),
        )  # fmt: skip
        for _ in range(2):
            lesson = LessonPageFactory(
                parent=course, transcript=[turn(expert)], reviewed_by=expert,
                listing_image=wagtail_factories.ImageFactory(),
            )  # fmt: skip
            LessonMaterial.objects.create(page=lesson, document=wagtail_factories.DocumentFactory())


@pytest.mark.parametrize("url", ["courses/", "lessons/"])
def test_list_queries_do_not_grow_with_the_page(client, many, url):
    small, small_count = measure(client, url + "?limit=10")
    large, large_count = measure(client, url + "?limit=100")
    assert (small_count, large_count) == (10, 12 if url == "courses/" else 24)
    assert small == large
