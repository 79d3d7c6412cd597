"""A review stamp tells the truth: the API, the JSON-LD and the reader page claim a clinician's
review only while the live text is the text that clinician approved and it is within its date."""

import datetime
import json
import re

from django.utils import timezone

import pytest

from blog.factories import ArticlePageFactory
from tests.workflow.conftest import approve, publish_in_admin

pytestmark = pytest.mark.django_db

LONG_DATE = "%-d %B %Y"


def claims(client, article) -> dict:
    """What each channel says about the review: the API's status, the JSON-LD's WebPage, and
    the reader page's review line."""
    api = client.get(f"/api/v2/articles/{article.slug}/").json()
    html = client.get(f"/blog/{article.slug}/").content.decode()
    [note] = re.findall(r'<p class="review-note[^"]*">(.*?)</p>', html, flags=re.S)
    return {
        "status": api["clinical_review"]["status"],
        "web_page": api["seo"]["json_ld"]["mainEntityOfPage"],
        "note": re.sub(r"<[^>]+>", "", note),
        "html": html,
    }


def test_approved_text_is_current_everywhere(client, approved):
    said = claims(client, approved)
    today = timezone.localdate()
    assert said["status"] == "current"
    assert said["web_page"]["reviewedBy"]["name"] == "Daniel Reyes"
    assert said["web_page"]["lastReviewed"] == today.isoformat()
    assert said["note"] == f"Clinically reviewed by Daniel Reyes, MD on {today:{LONG_DATE}}"


def test_edit_published_around_the_workflow_loses_the_stamp(client, review, approved):
    """The issue as found: a moderator publishes an edit without the Clinical review."""
    edited = publish_in_admin(
        client,
        review.editor,
        approved,
        paragraph="<p>Hold the breath for a count of ten before each exhale.</p>",
    )
    assert edited.live
    assert not edited.has_unpublished_changes
    assert "ten" in str(edited.body)

    said = claims(client, edited)
    assert said["status"] == "changed_since_review"
    # The stamp itself is still served, for the record; the status says it no longer holds.
    api = client.get(f"/api/v2/articles/{edited.slug}/").json()["clinical_review"]
    assert api["reviewed_by"]["name"] == "Daniel Reyes"
    assert "reviewedBy" not in said["web_page"]
    assert "lastReviewed" not in said["web_page"]
    assert "reviewedBy" not in said["html"]  # nor in the reader page's own JSON-LD
    reviewed_on = approved.last_reviewed
    assert said["note"] == f"Updated since its last clinical review on {reviewed_on:{LONG_DATE}}"
    assert "Daniel Reyes" not in said["note"]


def test_title_is_reviewed_content_too(client, review, approved):
    edited = publish_in_admin(client, review.editor, approved, title="Breathing cures panic")
    assert claims(client, edited)["status"] == "changed_since_review"


def test_promote_tab_edit_keeps_the_review(client, review, approved):
    """Only the reviewed content counts: a new SEO title changes no clinical claim, and the
    admin re-saving the approved paragraph (new editor keys and block ids) changes no text."""
    edited = publish_in_admin(client, review.editor, approved, seo_title="Breathing and panic")
    assert edited.seo_title == "Breathing and panic"
    assert claims(client, edited)["status"] == "current"


def test_republishing_the_approved_revision_restores_the_stamp(client, review, approved):
    approved_revision = approved.live_revision
    publish_in_admin(client, review.editor, approved, intro="Panic is only a breath away.")
    approved_revision.publish(user=review.editor)
    assert claims(client, approved)["status"] == "current"


def test_overdue_review(client, approved, time_machine):
    due = approved.next_review_due
    time_machine.move_to(datetime.datetime.combine(due, datetime.time(12)) + datetime.timedelta(1))
    said = claims(client, approved)
    assert said["status"] == "overdue"
    assert "reviewedBy" not in said["web_page"]
    assert said["note"] == (
        f"Clinical review overdue since {due:{LONG_DATE}} "
        f"(last reviewed on {approved.last_reviewed:{LONG_DATE}})"
    )


def test_changed_and_overdue_reads_as_changed(client, review, approved, time_machine):
    edited = publish_in_admin(client, review.editor, approved, intro="Breathe into a bag.")
    moment = datetime.datetime.combine(edited.next_review_due, datetime.time(12))
    time_machine.move_to(moment + datetime.timedelta(days=30))
    assert claims(client, edited)["status"] == "changed_since_review"


def test_never_reviewed(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.blog, slug="fresh")
    said = claims(client, article)
    assert said["status"] == "not_reviewed"
    assert set(said["web_page"]) == {"@type", "@id", "url"}
    assert said["note"] == "Not yet clinically reviewed"


def test_a_stamp_typed_by_hand_is_not_vouched_for(client, site_tree, review):
    """Only an approval records what was reviewed: a date and name typed in the Clinical review
    tab show nobody checked this text."""
    article = ArticlePageFactory(
        parent=site_tree.blog,
        slug="typed",
        reviewed_by=review.chair,
        last_reviewed=timezone.localdate(),
    )
    said = claims(client, article)
    assert said["status"] == "changed_since_review"
    assert "reviewedBy" not in said["web_page"]


def test_pages_api_and_lessons_carry_the_status(client, review):
    from lessons.factories import CoursePageFactory, LessonPageFactory

    course = CoursePageFactory(parent=review.site.courses, slug="grounding")
    lesson = LessonPageFactory(parent=course, slug="first-session", live=False)
    lesson.save_revision(user=review.editor)
    lesson.get_workflow().start(lesson, review.editor)
    lesson = approve(client, review.reviewer, lesson)

    lessons = client.get("/api/v2/lessons/", {"course": "grounding"}).json()["results"]
    assert [item["clinical_review"]["status"] for item in lessons] == ["current"]
    page = client.get(f"/api/v2/pages/{lesson.pk}/").json()
    assert page["review_status"] == "current"

    lesson.summary = "A summary the reviewer never read."
    lesson.save_revision(user=review.editor).publish(user=review.editor)
    detail = client.get(f"/api/v2/lessons/{lesson.pk}/").json()
    assert detail["clinical_review"]["status"] == "changed_since_review"
    assert "reviewedBy" not in json.dumps(detail["seo"]["json_ld"])
    html = client.get("/courses/grounding/first-session/").content.decode()
    assert "Updated since its last clinical review on" in html
