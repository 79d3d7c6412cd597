"""sitemap.xml lists every page the public may read, at its frontend address; robots.txt keeps
crawlers out of the admin, the API and previews and names the sitemap."""

import datetime
from xml.etree import ElementTree

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from blog.factories import ArticlePageFactory
from cms.models import Expert
from lessons.factories import CoursePageFactory, LessonPageFactory

from .conftest import FRONTEND

pytestmark = pytest.mark.django_db

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_entries(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    return {url.findtext(f"{NS}loc"): url.findtext(f"{NS}lastmod") for url in root}


def test_every_public_page_is_listed_at_its_frontend_url(client, library, frontend):
    course = CoursePageFactory(parent=library.site.courses, slug="calm")
    LessonPageFactory(parent=course, slug="first-lesson")

    entries = sitemap_entries(client)

    assert set(entries) == {
        f"{FRONTEND}{path}"
        for path in [
            "/",
            "/blog/",
            "/blog/on-trauma/",
            "/blog/on-ptsd/",
            "/blog/on-sleep/",
            "/topics/",
            "/topics/trauma/",
            "/topics/trauma/ptsd/",
            "/topics/sleep/",
            "/courses/",
            "/courses/calm/",
            "/courses/calm/first-lesson/",
            # Experts are snippets, not pages: their pages follow the tree's.
            "/experts/",
            *(f"/experts/{slug}/" for slug in Expert.objects.values_list("slug", flat=True)),
        ]
    }
    assert f"{FRONTEND}/experts/maya-okafor/" in entries


def test_hidden_pages_are_left_out(client, library):
    body = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/blog/on-trauma/" in body
    assert "hidden" not in body  # draft, scheduled, expired, restricted, hidden topic
    assert "/archive/" not in body  # an unpublished section and the live page under it


def test_lastmod_is_the_last_publication(client, library):
    article = library.shown["on-sleep"]
    article.save_revision().publish()
    article.refresh_from_db()

    entries = sitemap_entries(client)

    assert (
        entries["http://testserver/blog/on-sleep/"] == article.last_published_at.date().isoformat()
    )


def test_a_page_that_expires_leaves_the_sitemap_at_once(client, library):
    article = library.shown["on-ptsd"]
    type(article).objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert "http://testserver/blog/on-ptsd/" not in sitemap_entries(client)


def test_sitemap_queries_do_not_grow_with_pages(client, library):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemap.xml").status_code == 200
        return len(queries)

    count()  # warm per-process caches
    few = count()
    for _ in range(25):
        ArticlePageFactory(parent=library.site.blog)
    assert count() == few


def test_robots_keeps_crawlers_out_of_admin_api_and_previews(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/django-admin/", "/api/", "/preview"):
        assert f"Disallow: {path}" in lines
    assert "Allow: /" in lines
    assert "Disallow: /" not in lines  # readers' pages stay crawlable
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert client.head("/robots.txt").status_code == 200  # some crawlers ask with HEAD first


def test_robots_and_sitemap_work_without_pages(client, db):
    assert client.get("/robots.txt").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
