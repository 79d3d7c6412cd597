"""The admin's Preview sends the editor to the frontend with a token when there is a frontend,
and renders the reader templates when there is none."""

from django.urls import reverse

import pytest

from cms.preview.models import PagePreview

from .conftest import (
    FRONTEND,
    article_form,
    create_preview_url,
    edit_preview_url,
    preview_in_admin,
    preview_params,
)

pytestmark = pytest.mark.django_db


def draft_of(newsroom, **changes):
    form = {
        "slug": newsroom.article.slug,
        "categories": [newsroom.sleep],
        "authors": [newsroom.guest],
        "tags": "sleep hygiene",
        "heading": "Drafted heading",
        "paragraph": "<p>Drafted paragraph.</p>",
    }
    return article_form("Settling the body, revised", **{**form, **changes})


def test_preview_of_an_edit_points_at_the_frontend(editor_client, editor, frontend, newsroom):
    response = preview_in_admin(
        editor_client, edit_preview_url(newsroom.article), draft_of(newsroom)
    )

    assert response.status_code == 302
    params = preview_params(response["Location"])
    assert params["content_type"] == "blog.articlepage"
    preview = PagePreview.objects.get()
    assert preview.page_id == newsroom.article.pk
    assert preview.created_by == editor
    assert preview.content["title"] == "Settling the body, revised"
    assert "private" in response["Cache-Control"]


def test_preview_in_new_tab_also_points_at_the_frontend(editor_client, frontend, newsroom):
    url = edit_preview_url(newsroom.article)
    editor_client.post(url, draft_of(newsroom))
    response = editor_client.get(url, {"mode": ""})
    assert response.status_code == 302
    assert response["Location"].startswith(f"{FRONTEND}/preview?content_type=blog.articlepage&")


def test_each_refresh_issues_its_own_token(editor_client, frontend, newsroom):
    url = edit_preview_url(newsroom.article)
    first = preview_in_admin(editor_client, url, draft_of(newsroom))
    second = preview_in_admin(editor_client, url, draft_of(newsroom, heading="Second try"))
    assert preview_params(first["Location"])["token"] != preview_params(second["Location"])["token"]
    assert PagePreview.objects.count() == 2


def test_a_page_not_yet_created_previews(editor_client, frontend, newsroom):
    url = create_preview_url("blog", "articlepage", newsroom.site.blog)
    form = article_form(
        "A brand new article",
        slug="a-brand-new-article",
        categories=[newsroom.trauma],
        authors=[newsroom.author],
    )
    response = preview_in_admin(editor_client, url, form)

    assert response.status_code == 302
    preview_params(response["Location"])
    preview = PagePreview.objects.get()
    assert preview.page_id is None
    assert preview.content["title"] == "A brand new article"


def test_view_draft_points_at_the_frontend(editor_client, frontend, newsroom):
    newsroom.article.title = "Saved but unpublished"
    newsroom.article.save_revision()
    response = editor_client.get(
        reverse("wagtailadmin_pages:view_draft", args=[newsroom.article.pk])
    )
    assert response.status_code == 302
    preview_params(response["Location"])
    assert PagePreview.objects.get().content["title"] == "Saved but unpublished"


def test_without_a_frontend_preview_renders_the_reader_template(editor_client, settings, newsroom):
    settings.FRONTEND_URL = ""
    response = preview_in_admin(
        editor_client, edit_preview_url(newsroom.article), draft_of(newsroom)
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "Settling the body, revised" in html
    assert "Drafted paragraph." in html
    assert not PagePreview.objects.exists()


def test_without_a_frontend_a_new_page_previews_in_the_reader_template(
    editor_client, settings, newsroom
):
    settings.FRONTEND_URL = ""
    url = create_preview_url("blog", "articlepage", newsroom.site.blog)
    form = article_form(
        "Unsaved article",
        slug="unsaved-article",
        categories=[newsroom.trauma],
        authors=[newsroom.author],
    )
    response = preview_in_admin(editor_client, url, form)
    assert response.status_code == 200
    assert "Unsaved article" in response.content.decode()
