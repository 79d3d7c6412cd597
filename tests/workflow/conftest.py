"""A site whose blog and courses go through the Clinical review, the demo's editor and
reviewer accounts (made by their real commands), a draft article waiting to be submitted, and
the admin requests that approve a page or publish an edit around the review."""

import io
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from cms.workflow import ensure_clinical_review

APPROVED_PARAGRAPH = "<p>Slow the exhale before the next breath.</p>"


def make_account(command):
    call_command(command, stdout=io.StringIO())


@pytest.fixture
def review(site_tree, settings):
    workflow, _ = ensure_clinical_review(site_tree.blog, site_tree.courses)
    make_account("ensure_demo_editor")
    make_account("ensure_demo_reviewer")
    users = get_user_model().objects
    # The expert whose email the demo reviewer account shares.
    chair = ExpertFactory(name="Daniel Reyes", credentials="MD", email="Daniel.Reyes@example.org")
    category = CategoryPageFactory(parent=site_tree.topics, slug="anxiety", title="Anxiety")
    draft = ArticlePageFactory(
        parent=site_tree.blog,
        slug="breathing-and-panic",
        title="Breathing and panic",
        categories=[category],
        body=[{"type": "paragraph", "value": APPROVED_PARAGRAPH}],
        live=False,
    )
    editor = users.get(username=settings.DEMO_EDITOR_USERNAME)
    draft.save_revision(user=editor)
    return SimpleNamespace(
        site=site_tree,
        workflow=workflow,
        editor=editor,
        reviewer=users.get(username=settings.DEMO_REVIEWER_USERNAME),
        chair=chair,
        draft=draft,
    )


@pytest.fixture
def editor_client(client, site_tree, settings):
    """The demo editor (an editor and moderator, not a superuser), logged in to the admin."""
    make_account("ensure_demo_editor")
    client.force_login(get_user_model().objects.get(username=settings.DEMO_EDITOR_USERNAME))
    return client


@pytest.fixture
def submitted(review):
    """The editor submits the draft: what the admin's "Submit to Clinical review" button runs."""
    review.draft.get_workflow().start(review.draft, review.editor)
    review.draft.refresh_from_db()
    return review.draft.current_workflow_task_state


def approve(client, reviewer, page):
    """The reviewer's Approve on the page's current Clinical review task, as the admin posts it."""
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    client.force_login(reviewer)
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    client.logout()
    return type(page.specific).objects.get(pk=page.pk)


@pytest.fixture
def approved(client, review, submitted):
    """The draft, approved by the demo reviewer (Daniel Reyes's account) and so published."""
    return approve(client, review.reviewer, review.draft)


def publish_in_admin(client, user, page, **changes):
    """The edit form of an article as the admin posts it, with `changes`, and Publish chosen:
    what an editor holding publish permission does without submitting to Clinical review."""
    page = type(page).objects.get(pk=page.pk)
    links = list(page.article_authors.all())
    fields = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "paragraph": APPROVED_PARAGRAPH,
        "seo_title": page.seo_title,
        **changes,
    }
    data = nested_form_data(
        {
            "title": fields["title"],
            "slug": fields["slug"],
            "seo_title": fields["seo_title"],
            "intro": fields["intro"],
            "body": streamfield([("paragraph", rich_text(fields["paragraph"]))]),
            "publication_date": page.publication_date.isoformat(),
            "article_authors": inline_formset(
                [{"id": link.pk, "expert": link.expert_id} for link in links], initial=len(links)
            ),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
            "tags": "",
            "comments_open": "on",
            "reviewed_by": page.reviewed_by_id or "",
            "last_reviewed": page.last_reviewed.isoformat() if page.last_reviewed else "",
            "next_review_due": page.next_review_due.isoformat() if page.next_review_due else "",
            "action-publish": "action-publish",
        }
    )
    data["categories"] = [category.pk for category in page.categories.all()]
    client.force_login(user)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    client.logout()
    return type(page).objects.get(pk=page.pk)
