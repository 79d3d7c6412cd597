"""/api/v2/preview/ serves the previewed draft, in the shape `route/` gives a live page, only
for a valid token; the public endpoints keep serving the published version."""

import datetime

from django.utils import timezone

import pytest

from cms.preview.models import PagePreview

from .conftest import (
    article_form,
    create_preview_url,
    edit_preview_url,
    preview_in_admin,
    preview_params,
)

pytestmark = pytest.mark.django_db

PREVIEW_API = "/api/v2/preview/"


@pytest.fixture
def previewed(editor_client, frontend, newsroom):
    """An editor previews a revised title, body, categories, authors and tags of a live article."""
    form = article_form(
        "Settling the body, revised",
        slug=newsroom.article.slug,
        categories=[newsroom.sleep],
        authors=[newsroom.guest],
        removed_authors=list(newsroom.article.article_authors.all()),
        tags="sleep hygiene, rest",
        heading="Drafted heading",
        paragraph="<p>Drafted paragraph.</p>",
    )
    response = preview_in_admin(editor_client, edit_preview_url(newsroom.article), form)
    return preview_params(response["Location"])


def test_the_draft_is_served_for_its_token(client, newsroom, previewed):
    response = client.get(PREVIEW_API, previewed)

    assert response.status_code == 200, response.content
    data = response.json()
    page = data["page"]
    assert data["kind"] == "page"
    assert page["type"] == "blog.ArticlePage"
    assert page["id"] == newsroom.article.pk
    assert page["title"] == "Settling the body, revised"
    assert [block["value"] for block in page["body"] if block["type"] == "heading"] == [
        "Drafted heading"
    ]
    assert "Drafted paragraph." in str(page["body"])
    assert [category["slug"] for category in page["categories"]] == ["sleep"]
    assert [author["name"] for author in page["authors"]] == ["Amal Haddad"]
    assert page["tags"] == ["rest", "sleep hygiene"]
    assert data["seo"]["title"] == "Settling the body, revised"
    assert [crumb["title"] for crumb in data["breadcrumbs"]] == ["Home", "Blog"]


def test_the_answer_is_private_and_never_indexed(client, previewed):
    response = client.get(PREVIEW_API, previewed)
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert not response.has_header("ETag")


def test_no_response_cache_keeps_a_preview(client, settings, previewed):
    settings.API_RESPONSE_CACHE = True
    assert client.get(PREVIEW_API, previewed).status_code == 200
    # Aged without a signal, so nothing tells a cache that anything changed.
    PagePreview.objects.update(created_at=timezone.now() - datetime.timedelta(days=1))
    assert client.get(PREVIEW_API, previewed).status_code == 404


def test_the_public_api_still_serves_the_published_version(client, newsroom, previewed):
    route = client.get("/api/v2/route/", {"path": "/blog/settling-the-body/"}).json()["page"]
    assert route["title"] == "Settling the body"
    assert [category["slug"] for category in route["categories"]] == ["trauma"]
    assert [author["name"] for author in route["authors"]] == ["Rosa Field"]
    detail = client.get("/api/v2/articles/settling-the-body/").json()
    assert detail["title"] == "Settling the body"
    assert "Drafted" not in str(detail)


def test_preview_and_route_have_the_same_shape(client, previewed):
    preview = client.get(PREVIEW_API, previewed).json()
    route = client.get("/api/v2/route/", {"path": "/blog/settling-the-body/"}).json()
    assert preview.keys() == route.keys()
    assert preview["page"].keys() == route["page"].keys()
    assert preview["seo"].keys() == route["seo"].keys()


def test_a_page_not_yet_created_is_served(client, editor_client, frontend, newsroom):
    form = article_form(
        "A brand new article",
        slug="a-brand-new-article",
        categories=[newsroom.trauma],
        authors=[newsroom.author],
        paragraph="<p>Words never published.</p>",
    )
    url = create_preview_url("blog", "articlepage", newsroom.site.blog)
    params = preview_params(preview_in_admin(editor_client, url, form)["Location"])

    response = client.get(PREVIEW_API, params)

    assert response.status_code == 200, response.content
    page = response.json()["page"]
    assert page["id"] is None
    assert page["title"] == "A brand new article"
    assert page["path"] == "/blog/a-brand-new-article/"
    assert page["comment_count"] == 0
    assert "Words never published." in str(page["body"])
    assert [category["slug"] for category in page["categories"]] == ["trauma"]


def test_a_draft_never_published_is_served(client, editor_client, frontend, newsroom):
    newsroom.article.unpublish()
    form = article_form(
        "Pulled and reworked",
        slug=newsroom.article.slug,
        categories=[newsroom.trauma],
        authors=[newsroom.author],
    )
    response = preview_in_admin(editor_client, edit_preview_url(newsroom.article), form)
    data = client.get(PREVIEW_API, preview_params(response["Location"])).json()
    assert data["page"]["title"] == "Pulled and reworked"
    assert client.get("/api/v2/route/", {"path": "/blog/settling-the-body/"}).status_code == 404


def test_a_deleted_page_takes_its_previews_with_it(client, newsroom, previewed):
    newsroom.article.delete()
    response = client.get(PREVIEW_API, previewed)
    assert response.status_code == 404
    assert not PagePreview.objects.exists()


def test_the_schema_documents_the_answers(client, previewed):
    from jsonschema import Draft202012Validator

    spec = client.get("/api/schema/", {"format": "json"}).json()
    operation = spec["paths"]["/api/v2/preview/"]["get"]
    for params, status in [(previewed, "200"), ({"token": "x"}, "404")]:
        response = client.get(PREVIEW_API, params)
        assert str(response.status_code) == status
        schema = operation["responses"][status]["content"]["application/json"]["schema"]
        validator = Draft202012Validator({**schema, "components": spec["components"]})
        assert not list(validator.iter_errors(response.json()))
