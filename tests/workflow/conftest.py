"""A site whose blog and courses go through the Clinical review, the demo's editor and
reviewer accounts (made by their real commands), and a draft article waiting to be submitted."""

import io
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from cms.workflow import ensure_clinical_review


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
def submitted(review):
    """The editor submits the draft: what the admin's "Submit to Clinical review" button runs."""
    review.draft.get_workflow().start(review.draft, review.editor)
    review.draft.refresh_from_db()
    return review.draft.current_workflow_task_state
