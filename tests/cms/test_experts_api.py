"""Contract tests for /api/v2/experts/: the expert shape, their visible work, never the email."""

import datetime

from django.core.cache import caches
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest
import wagtail_factories

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.api_fields import expert_data
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

API = "/api/v2/experts/"
EMAIL = "rosa.private@example.org"


def get(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    assert b"@example.org" not in response.content
    assert b'"email"' not in response.content
    if status == 200:  # errors echo the slug asked for
        assert b"leakmarker" not in response.content
    return response.json()


def article(site_tree, category, author, slug, day, **kwargs):
    return ArticlePageFactory(
        parent=site_tree.blog,
        slug=slug,
        title=slug,
        categories=[category],
        authors=[author],
        publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=day),
        **kwargs,
    )


@pytest.fixture
def rosa(site_tree):
    category = CategoryPageFactory(parent=site_tree.topics, slug="trauma")
    rosa = ExpertFactory(
        name="Rosa Field",
        slug="rosa-field",
        credentials="PsyD",
        email=EMAIL,
        website="https://rosafield.example.com/",
        photo=wagtail_factories.ImageFactory(title="Rosa"),
    )
    ExpertFactory(name="Aaron Bell", slug="aaron-bell")
    ExpertFactory(name="Zoe Rosario", slug="zoe-rosario")
    for day in range(22):
        article(site_tree, category, rosa, f"article-{day:02d}", day)
    article(site_tree, category, rosa, "leakmarker-draft", 90, live=False)
    locked = article(site_tree, category, rosa, "leakmarker-locked", 91)
    PageViewRestriction.objects.create(page=locked, restriction_type="login")
    CoursePageFactory(parent=site_tree.courses, slug="b-course", title="B", instructors=[rosa])
    CoursePageFactory(parent=site_tree.courses, slug="a-course", title="A", instructors=[rosa])
    unpublished = CoursePageFactory(
        parent=site_tree.courses, slug="leakmarker-unpublished", instructors=[rosa]
    )
    LessonPageFactory(parent=unpublished, slug="leakmarker-lesson")
    unpublished.unpublish()
    locked_course = CoursePageFactory(
        parent=site_tree.courses, slug="leakmarker-locked-course", instructors=[rosa]
    )
    PageViewRestriction.objects.create(
        page=locked_course, restriction_type="password", password="x"
    )
    return rosa


def test_list_shape_and_order(client, rosa):
    body = get(client, API)
    assert set(body) == {"count", "next", "previous", "results"}
    assert [item["slug"] for item in body["results"]] == ["aaron-bell", "rosa-field", "zoe-rosario"]
    item = body["results"][1]
    assert set(item) == {
        *("name", "credentials", "display_name", "title", "slug", "path", "url", "photo"),
        *("bio", "website"),
    }
    # The same shape as everywhere else an expert appears (authors, instructors, speakers).
    assert {key: item[key] for key in item if key not in {"bio", "website"}} == expert_data(
        rosa, RequestFactory().get("/")
    )
    assert item["display_name"] == "Rosa Field, PsyD"
    assert item["website"] == "https://rosafield.example.com/"
    assert item["bio"] == rosa.bio
    assert item["photo"]["crops"]["thumbnail"]["url"].startswith("http://testserver/")


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("rosa", ["rosa-field", "zoe-rosario"]),
        ("ROSA F", ["rosa-field"]),
        ("  bell ", ["aaron-bell"]),
        ("nobody", []),
        ("", ["aaron-bell", "rosa-field", "zoe-rosario"]),
    ],
)
def test_search_by_name(client, rosa, search, expected):
    body = get(client, API, {"search": search})
    assert [item["slug"] for item in body["results"]] == expected


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"search": "x" * 101}, "search"),
        ({"name": "rosa"}, "Unknown query parameter: name."),
        ({"limit": "101"}, "limit"),
    ],
)
def test_bad_parameters_are_a_400(client, rosa, params, message):
    assert message in get(client, API, params, status=400)["error"]


def test_detail_lists_only_visible_articles_and_courses(client, rosa):
    body = get(client, f"{API}rosa-field/")
    assert body["slug"] == "rosa-field"
    assert body["bio"] == rosa.bio
    articles = [item["slug"] for item in body["articles"]]
    assert articles == [f"article-{day:02d}" for day in range(21, 1, -1)]  # newest 20
    assert body["articles"][0]["authors"][0]["slug"] == "rosa-field"
    assert body["articles"][0]["path"] == "/blog/article-21/"
    assert all(isinstance(course.pop("id"), int) for course in body["courses"])
    assert body["courses"] == [
        {
            "type": "lessons.CoursePage",
            "slug": slug,
            "title": title,
            "path": f"/courses/{slug}/",
            "url": f"http://testserver/courses/{slug}/",
            "summary": "A practical course for clinicians.",
        }
        for slug, title in [("b-course", "B"), ("a-course", "A")]
    ]


def test_detail_of_an_expert_with_no_work(client, rosa):
    body = get(client, f"{API}aaron-bell/")
    assert (body["articles"], body["courses"]) == ([], [])


@pytest.mark.parametrize("slug", ["nobody", "rosa.field", "x%00y"])
def test_unknown_expert_is_a_json_404(client, rosa, slug):
    assert "error" in get(client, f"{API}{slug}/", status=404)


def test_email_never_appears(client, rosa):
    for url in [API, f"{API}rosa-field/", "/api/v2/courses/", "/api/v2/articles/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert EMAIL.encode() not in response.content
        assert b'"email"' not in response.content


def test_list_queries_do_not_grow_with_the_page(client, db):
    for n in range(12):
        ExpertFactory(name=f"Expert {n:02d}", photo=wagtail_factories.ImageFactory())
    counts = []
    for limit in (10, 100):
        get(client, API, {"limit": limit})  # the first request makes image renditions
        for cache in caches.all():
            cache.clear()
        with CaptureQueriesContext(connection) as queries:
            body = get(client, API, {"limit": limit})
        counts.append((len(queries), len(body["results"])))
    assert counts[0][1:] == (10,)
    assert counts[1][1:] == (12,)
    assert counts[0][0] == counts[1][0]
