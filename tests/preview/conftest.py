"""An editor, a live article with a pending edit, and the admin's preview flow as Wagtail's
preview panel drives it: POST the edit form to the preview URL, then GET the preview."""

from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory

FRONTEND = "https://frontend.example.org"


@pytest.fixture
def editor(db, settings):
    call_command("ensure_demo_editor", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return get_user_model().objects.get(username=settings.DEMO_EDITOR_USERNAME)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def frontend(settings):
    settings.FRONTEND_URL = FRONTEND
    return FRONTEND


@pytest.fixture
def newsroom(site_tree):
    """A live article on trauma by one expert, and a second category and expert to move to."""
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    sleep = CategoryPageFactory(parent=site_tree.topics, slug="sleep", title="Sleep")
    author = ExpertFactory(name="Rosa Field", slug="rosa-field")
    guest = ExpertFactory(name="Amal Haddad", slug="amal-haddad")
    article = ArticlePageFactory(
        parent=site_tree.blog,
        slug="settling-the-body",
        title="Settling the body",
        intro="Published intro.",
        categories=[trauma],
        authors=[author],
        tags=["grounding"],
        body=[{"type": "heading", "value": "Published heading"}],
    )
    return SimpleNamespace(
        site=site_tree, trauma=trauma, sleep=sleep, author=author, guest=guest, article=article
    )


def article_form(
    title, *, slug, categories, authors, tags="", heading="", paragraph="", removed_authors=()
):
    """The article edit form as the admin posts it; `removed_authors` are the article's saved
    author links, posted as the editor deleted them."""
    body = []
    if heading:
        body.append(("heading", heading))
    if paragraph:
        body.append(("paragraph", rich_text(paragraph)))
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "intro": "Drafted intro.",
            "body": streamfield(body),
            "publication_date": "2026-02-01",
            "tags": tags,
            "comments_open": "on",
            "comments": inline_formset([]),
            "article_authors": inline_formset(
                [
                    *(
                        {"id": link.pk, "expert": link.expert_id, "DELETE": "1"}
                        for link in removed_authors
                    ),
                    *({"expert": expert.pk} for expert in authors),
                ],
                initial=len(removed_authors),
            ),
            "related_links": inline_formset([]),
        }
    )
    data["categories"] = [category.pk for category in categories]
    return data


def preview_in_admin(client, url, form) -> object:
    """What the preview panel does: post the form (answered with JSON), then load the preview."""
    posted = client.post(url, form)
    assert posted.status_code == 200, posted.content
    assert posted.json() == {"is_valid": True, "is_available": True}
    return client.get(url, {"in_preview_panel": "true"})


def edit_preview_url(page) -> str:
    return reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])


def create_preview_url(app_label, model, parent) -> str:
    return reverse("wagtailadmin_pages:preview_on_add", args=[app_label, model, parent.pk])


def preview_params(location: str) -> dict:
    """content_type and token from the frontend URL the admin sent the editor to."""
    assert location.startswith(f"{FRONTEND}/preview?"), location
    query = parse_qs(urlsplit(location).query)
    return {"content_type": query["content_type"][0], "token": query["token"][0]}
