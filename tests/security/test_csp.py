"""Content-Security-Policy: strict on reader pages (no inline script or style anywhere in
their templates), looser but bounded in the admin."""

from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.test import RequestFactory

import pytest

from blog.factories import ArticlePageFactory
from cms.security.csp import SitePolicyMiddleware, inline_style_hashes


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


@pytest.fixture
def article(site_tree):
    return ArticlePageFactory(parent=site_tree.blog, slug="settling-the-body")


@pytest.mark.parametrize("path", ["article", "/blog/", "/search/?q=anxiety", "/no-such-page/"])
def test_reader_pages_allow_no_inline_script_or_style(client, article, path):
    response = client.get(article.url if path == "article" else path)

    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["frame-src"] == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]


def test_reader_templates_have_no_inline_script_or_style(client, article):
    html = client.get(article.url).content.decode()

    assert "<script>" not in html
    assert " style=" not in html
    assert "<style" not in html


def test_the_admin_gets_its_own_policy(admin_client):
    policy = directives(admin_client.get("/admin/"))

    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'self'" in policy["frame-src"]  # the preview panel


def test_the_frontend_preview_may_be_framed_in_the_admin(admin_client, settings):
    settings.FRONTEND_URL = "https://www.example.org/clinicians/"

    policy = directives(admin_client.get("/admin/"))

    assert "https://www.example.org" in policy["frame-src"]


def test_the_error_page_style_is_admitted_by_its_hash(settings):
    error_page = render_to_string("500.html")
    hashes = inline_style_hashes(settings.BASE_DIR / "templates" / "500.html")
    request = RequestFactory().get("/blog/")

    failed = SitePolicyMiddleware(lambda r: HttpResponseServerError(error_page))(request)
    served = SitePolicyMiddleware(lambda r: HttpResponse("<p>fine</p>"))(request)

    assert len(hashes) == 1
    assert hashes[0] in directives(failed)["style-src"]
    assert directives(served)["style-src"] == ["'self'"]


def test_api_json_carries_the_strict_policy_harmlessly(client, db):
    response = client.get("/api/v2/articles/")

    assert directives(response)["script-src"] == ["'self'"]
