"""Wagtail's own pages/images/documents endpoints, hardened."""

from django.contrib.auth import get_user_model

import pytest

pytestmark = pytest.mark.django_db

API = "/api/v2/"


def test_pages_listing_uses_frontend_urls_and_hides_everything_hidden(client, world, settings):
    settings.FRONTEND_URL = "https://www.example.org"
    body = client.get(
        API + "pages/", {"type": "blog.ArticlePage", "fields": "*", "limit": 50}
    ).json()
    slugs = {item["meta"]["slug"] for item in body["items"]}
    assert slugs == {"visible-article", "other-article"}
    shown = next(item for item in body["items"] if item["meta"]["slug"] == "visible-article")
    assert shown["meta"]["html_url"] == "https://www.example.org/blog/visible-article/"
    assert [c["title"] for c in shown["categories"]] == ["PTSD"]
    assert shown["related_articles"] == []
    assert shown["authors"][0]["slug"] == "rosa-field"


def test_find_by_path(client, world):
    response = client.get(API + "pages/find/", {"html_path": "/blog/visible-article/"})
    assert response.status_code == 302
    assert (
        client.get(API + "pages/find/", {"html_path": "/blog/leakmarker-draft/"}).status_code == 404
    )


def test_a_logged_in_session_does_not_widen_the_api(client, world):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw")
    client.force_login(admin)
    body = client.get(API + "pages/", {"type": "blog.ArticlePage", "limit": 50}).json()
    assert {item["meta"]["slug"] for item in body["items"]} == {"visible-article", "other-article"}
    login_page = world.hidden["login"]
    assert client.get(f"{API}pages/{login_page.pk}/").status_code == 404
    assert client.get(API + "articles/leakmarker-login/").status_code == 404


def test_cors_only_for_configured_frontends(client, world, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://www.example.org"]
    allowed = client.get(API + "articles/", headers={"origin": "https://www.example.org"})
    assert allowed["Access-Control-Allow-Origin"] == "https://www.example.org"
    refused = client.get(API + "articles/", headers={"origin": "https://evil.example.com"})
    assert "Access-Control-Allow-Origin" not in refused
