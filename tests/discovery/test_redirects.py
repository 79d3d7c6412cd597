"""A live page renamed or moved leaves a redirect from its old path, which route/ and
redirects/ serve as frontend addresses, with no loop or stale target after repeated changes."""

from django.test import override_settings

from wagtail.contrib.redirects.models import Redirect

import pytest

from blog.factories import ArticlePageFactory, BlogIndexPageFactory

from .conftest import FRONTEND

pytestmark = pytest.mark.django_db

API = "/api/v2/"


@pytest.fixture
def article(site_tree):
    page = ArticlePageFactory(parent=site_tree.blog, slug="first-name", title="Grounding")
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def rename(page, slug, commit):
    """Publish a new slug the way the admin does; Wagtail acts once the transaction commits."""
    page.refresh_from_db()
    page.slug = slug
    with commit(execute=True):
        page.save_revision().publish()


def route(client, path):
    response = client.get(API + "route/", {"path": path})
    return response.status_code, response.json()


def redirect_table(client) -> dict[str, str]:
    results = client.get(API + "redirects/", {"limit": 100}).json()["results"]
    return {item["old_path"]: item["location"] for item in results}


def test_a_slug_change_leaves_a_redirect(
    client, article, django_capture_on_commit_callbacks, frontend
):
    rename(article, "new-name", django_capture_on_commit_callbacks)

    redirect = Redirect.objects.get(old_path="/blog/first-name")
    assert redirect.redirect_page_id == article.pk
    assert redirect.is_permanent
    assert redirect_table(client) == {"/blog/first-name/": f"{FRONTEND}/blog/new-name/"}
    status, body = route(client, "/blog/first-name/")
    assert (status, body["kind"]) == (200, "redirect")
    assert body["redirect"] == {
        "old_path": "/blog/first-name/",
        "location": f"{FRONTEND}/blog/new-name/",
        "permanent": True,
    }
    status, body = route(client, "/blog/new-name/")
    assert (status, body["kind"], body["page"]["title"]) == (200, "page", "Grounding")


def test_the_reader_site_redirects_the_old_path_too(
    client, article, django_capture_on_commit_callbacks
):
    rename(article, "new-name", django_capture_on_commit_callbacks)
    response = client.get("/blog/first-name/")
    assert response.status_code == 301
    assert response["Location"].endswith("/blog/new-name/")


def test_a_move_leaves_redirects_for_the_page_and_its_children(client, site_tree, article):
    section = BlogIndexPageFactory(parent=site_tree.home, slug="library", title="Library")
    section.save_revision().publish()
    child = ArticlePageFactory(parent=section, slug="inside", title="Inside")
    child.save_revision().publish()
    archive = BlogIndexPageFactory(parent=site_tree.home, slug="archive", title="Archive")

    article.move(archive, pos="last-child")
    section.refresh_from_db()
    section.move(archive, pos="last-child")

    with override_settings(FRONTEND_URL=FRONTEND):
        assert redirect_table(client) == {
            "/blog/first-name/": f"{FRONTEND}/archive/first-name/",
            "/library/": f"{FRONTEND}/archive/library/",
            "/library/inside/": f"{FRONTEND}/archive/library/inside/",
        }
        status, body = route(client, "/library/inside/")
    assert status == 200
    assert body["redirect"]["location"] == f"{FRONTEND}/archive/library/inside/"


def test_renaming_twice_points_every_old_path_at_the_current_one(
    client, article, django_capture_on_commit_callbacks
):
    rename(article, "second-name", django_capture_on_commit_callbacks)
    rename(article, "third-name", django_capture_on_commit_callbacks)

    current = "http://testserver/blog/third-name/"
    assert redirect_table(client) == {"/blog/first-name/": current, "/blog/second-name/": current}
    for old in ("/blog/first-name/", "/blog/second-name/"):
        assert route(client, old)[1]["redirect"]["location"] == current


def test_renaming_back_does_not_redirect_a_path_to_itself(
    client, article, django_capture_on_commit_callbacks
):
    rename(article, "second-name", django_capture_on_commit_callbacks)
    rename(article, "first-name", django_capture_on_commit_callbacks)

    assert redirect_table(client) == {"/blog/second-name/": "http://testserver/blog/first-name/"}
    status, body = route(client, "/blog/first-name/")
    assert (status, body["kind"]) == (200, "page")
    assert client.get("/blog/first-name/").status_code == 200


def test_a_new_page_at_an_old_path_wins_over_its_redirect(
    client, site_tree, article, django_capture_on_commit_callbacks
):
    rename(article, "second-name", django_capture_on_commit_callbacks)
    ArticlePageFactory(parent=site_tree.blog, slug="first-name", title="Newcomer")

    assert "/blog/first-name/" not in redirect_table(client)
    status, body = route(client, "/blog/first-name/")
    assert (status, body["page"]["title"]) == (200, "Newcomer")


def test_a_redirect_to_a_page_that_is_now_hidden_is_not_served(
    client, article, django_capture_on_commit_callbacks
):
    rename(article, "second-name", django_capture_on_commit_callbacks)
    article.refresh_from_db()
    article.unpublish()

    assert redirect_table(client) == {}
    assert route(client, "/blog/first-name/")[0] == 404
