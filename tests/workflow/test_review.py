"""An article or lesson the editor submits stays unpublished until a clinical reviewer approves
it; approval publishes it and records the review, a request for changes keeps it off the site."""

import datetime

from django.urls import reverse
from django.utils import timezone

from wagtail.models import WorkflowState

import pytest

from lessons.factories import CoursePageFactory, LessonPageFactory
from tests.workflow.conftest import approve

pytestmark = pytest.mark.django_db


def action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def in_api(client, page) -> bool:
    return client.get(f"/api/v2/articles/{page.slug}/").status_code == 200


def test_submitted_article_waits_unpublished(client, review, submitted):
    article = review.draft
    assert submitted.task.name == "Clinical review"
    assert article.workflow_in_progress
    assert article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not article.live
    assert not in_api(client, article)
    route = client.get("/api/v2/route/", {"path": "/blog/breathing-and-panic/"})
    assert route.status_code == 404


def test_reviewer_approval_publishes_and_records_the_review(client, review, submitted):
    client.force_login(review.reviewer)
    response = client.post(action_url(review.draft, "approve", submitted), {"comment": ""})
    assert response.status_code == 302

    article = review.draft.specific_class.objects.get(pk=review.draft.pk)
    assert article.live
    assert article.current_workflow_state is None
    today = timezone.localdate()
    assert article.last_reviewed == today
    assert article.reviewed_by == review.chair
    assert article.next_review_due == today + datetime.timedelta(days=365)
    # The stamped revision is the one that went live, so the next edit starts from it.
    assert article.get_latest_revision().as_object().reviewed_by == review.chair
    client.logout()
    review_data = client.get(f"/api/v2/articles/{article.slug}/").json()["clinical_review"]
    assert review_data["last_reviewed"] == today.isoformat()
    assert review_data["reviewed_by"]["name"] == "Daniel Reyes"
    assert review_data["status"] == "current"


def test_approval_moves_the_next_review_a_full_interval_on(client, review, settings):
    """A due date an editor set before the review describes no review of this text: the
    approval replaces it, earlier or later."""
    settings.CLINICAL_REVIEW_INTERVAL_DAYS = 200
    today = timezone.localdate()
    review.draft.next_review_due = today + datetime.timedelta(days=600)
    review.draft.save_revision(user=review.editor)
    review.draft.get_workflow().start(review.draft, review.editor)

    article = approve(client, review.reviewer, review.draft)
    assert article.live
    assert article.next_review_due == today + datetime.timedelta(days=200)


def test_approving_again_later_moves_both_dates(client, review, time_machine):
    """The issue as found: a page approved again kept its first approval's next review date."""
    now = timezone.now()
    time_machine.move_to(now - datetime.timedelta(days=120), tick=False)
    review.draft.get_workflow().start(review.draft, review.editor)
    article = approve(client, review.reviewer, review.draft)
    first_due = article.next_review_due
    assert first_due == timezone.localdate() + datetime.timedelta(days=365)

    time_machine.move_to(now, tick=False)
    article.intro = "Breathing out slowly calms a panicking body."
    article.save_revision(user=review.editor)
    article.get_workflow().start(article, review.editor)
    article = approve(client, review.reviewer, article)

    today = timezone.localdate()
    assert article.last_reviewed == today
    assert article.next_review_due == today + datetime.timedelta(days=365)
    assert article.next_review_due == first_due + datetime.timedelta(days=120)
    assert article.review_status == "current"


def test_request_for_changes_keeps_the_article_off_the_site(client, review, submitted):
    client.force_login(review.reviewer)
    response = client.post(
        action_url(review.draft, "reject", submitted), {"comment": "Cite the trial."}
    )
    assert response.status_code == 302

    article = review.draft.specific_class.objects.get(pk=review.draft.pk)
    assert not article.live
    state = WorkflowState.objects.get(object_id=str(article.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert article.last_reviewed is None
    client.logout()
    assert not in_api(client, article)


def test_editor_outside_the_group_cannot_approve_their_own_submission(client, review, submitted):
    assert submitted.task.specific.get_actions(review.draft, review.editor) == []
    client.force_login(review.editor)
    response = client.post(
        action_url(review.draft, "approve", submitted), {"comment": ""}, follow=True
    )
    # Wagtail answers a refused admin action by sending the user home with this message.
    assert response.redirect_chain == [("/admin/", 302)]
    assert "do not have permission" in response.content.decode()
    review.draft.refresh_from_db()
    assert not review.draft.live
    assert review.draft.workflow_in_progress
    # While in review the page is locked for them: no publishing around the reviewer.
    assert review.draft.permissions_for_user(review.editor).page_locked()


def test_admin_shows_the_page_in_clinical_review(client, review, submitted):
    client.force_login(review.editor)
    response = client.get(f"/admin/pages/{review.draft.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    # ("Clinical review" alone would also match the page's own Clinical review tab.)
    assert "Sent to Clinical review" in html
    assert "In Moderation" in html

    client.force_login(review.reviewer)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert "Awaiting your review" in dashboard.content.decode()
    assert "Breathing and panic" in dashboard.content.decode()
    assert client.get(f"/admin/pages/{review.draft.pk}/edit/").status_code == 200


def test_lessons_go_through_the_same_review(client, review):
    course = CoursePageFactory(parent=review.site.courses, slug="grounding")
    lesson = LessonPageFactory(parent=course, slug="first-session", live=False)
    lesson.save_revision(user=review.editor)
    lesson.get_workflow().start(lesson, review.editor)
    lesson.refresh_from_db()
    assert not lesson.live

    client.force_login(review.reviewer)
    task_state = lesson.current_workflow_task_state
    client.post(action_url(lesson, "approve", task_state), {"comment": ""})
    lesson = type(lesson).objects.get(pk=lesson.pk)
    assert lesson.live
    assert lesson.last_reviewed == timezone.localdate()
    assert lesson.reviewed_by == review.chair
