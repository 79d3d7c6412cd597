"""The fingerprint of reviewed content is stable (what was approved hashes the same once saved
and read back, however tersely it was written) and telling the status costs no query."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from blog.factories import ArticlePageFactory
from blog.models import ArticlePage
from blog.selectors import api_article_listing
from cms.clinical_review import content_fingerprint
from cms.factories import ExpertFactory
from cms.selectors import hidden_q
from cms.seo.facts import PageFacts
from cms.seo.json_ld import reviewed_web_page
from lessons.factories import CoursePageFactory, LessonPageFactory
from lessons.models import LessonPage

pytestmark = pytest.mark.django_db


def terse_transcript(expert) -> list[dict]:
    """Written as code writes it: no block ids, list items as bare strings, children left out."""
    return [
        {
            "type": "speaker_turn",
            "value": {"expert": expert.pk, "paragraphs": ["Notice where the breath stops."]},
        },
        {"type": "pull_quote", "value": {"text": "Notice where the breath stops."}},
    ]


def reviewed_lesson(site_tree, expert) -> LessonPage:
    course = CoursePageFactory(parent=site_tree.courses)
    lesson = LessonPageFactory(
        parent=course,
        transcript=terse_transcript(expert),
        key_takeaways=[{"type": "takeaway", "value": "Breath follows attention."}],
        reviewed_by=expert,
        last_reviewed=timezone.localdate(),
    )
    return LessonPage.objects.get(pk=lesson.pk)


def test_stored_and_in_memory_fingerprints_agree(site_tree):
    expert = ExpertFactory()
    lesson = reviewed_lesson(site_tree, expert)
    assert lesson.content_fingerprint == content_fingerprint(lesson)
    article = ArticlePageFactory(
        parent=site_tree.blog,
        body=[
            {"type": "paragraph", "value": "<p>Slow breathing steadies the body.</p>"},
            {"type": "call_to_action", "value": {"label": "Courses", "page": site_tree.courses.pk}},
        ],
    )
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.content_fingerprint == content_fingerprint(article)


def test_an_approval_recorded_in_memory_holds_once_saved(site_tree):
    """The demo's way: the stamp is recorded on the unsaved page, which is then published."""
    expert = ExpertFactory()
    course = CoursePageFactory(parent=site_tree.courses)
    lesson = LessonPage(
        title="Where the breath stops",
        slug="breath-stops",
        video_url="https://www.youtube.com/watch?v=abcdefghijk",
        transcript=terse_transcript(expert),
        reviewed_by=expert,
        last_reviewed=timezone.localdate(),
        next_review_due=timezone.localdate() + datetime.timedelta(days=365),
    )
    lesson.record_approved_content()
    course.add_child(instance=lesson)
    lesson.save_revision().publish()

    stored = LessonPage.objects.get(pk=lesson.pk)
    assert stored.reviewed_fingerprint == stored.content_fingerprint
    assert stored.review_status == "current"
    # And the next edit starts from a revision that still knows what was approved.
    assert stored.get_latest_revision_as_object().review_status == "current"


def test_any_reviewed_field_changes_the_fingerprint(site_tree):
    lesson = reviewed_lesson(site_tree, ExpertFactory())
    lesson.record_approved_content()
    for field, value in [
        ("title", "Another title"),
        ("summary", "Another summary"),
        ("video_url", "https://vimeo.com/123456"),
        ("key_takeaways", [{"type": "takeaway", "value": "Hold the breath."}]),
    ]:
        edited = LessonPage.objects.get(pk=lesson.pk)
        edited.reviewed_fingerprint = lesson.reviewed_fingerprint
        assert edited.review_status == "current"
        setattr(edited, field, value)
        assert edited.review_status == "changed_since_review", field
    unreviewed = LessonPage.objects.get(pk=lesson.pk)
    unreviewed.reviewed_fingerprint = lesson.reviewed_fingerprint
    unreviewed.duration = datetime.timedelta(minutes=99)  # not content a clinician vouches for
    assert unreviewed.review_status == "current"


def test_telling_the_status_costs_no_query(site_tree, django_assert_num_queries):
    reviewer = ExpertFactory()
    approved = ArticlePageFactory(
        parent=site_tree.blog,
        body=[{"type": "paragraph", "value": "<p>Slow breathing steadies the body.</p>"}],
        reviewed_by=reviewer,
        last_reviewed=timezone.localdate(),
    )
    approved.record_approved_content()
    approved.save_revision().publish()
    lesson = reviewed_lesson(site_tree, reviewer)

    [article] = api_article_listing(hidden_q()).filter(pk=approved.pk)
    lesson = LessonPage.objects.select_related("reviewed_by").get(pk=lesson.pk)
    facts = PageFacts("https://example.org/a/", "A title", "", None, "Clinical Education")
    with django_assert_num_queries(0):
        assert article.review_status == "current"
        assert lesson.review_status == "changed_since_review"
        assert reviewed_web_page(article, facts)["reviewedBy"]["name"] == reviewer.name
        assert "reviewedBy" not in reviewed_web_page(lesson, facts)


def count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_status_adds_no_query_to_a_detail(client, site_tree, settings):
    """An article whose stamp holds costs what one never reviewed costs: nothing is looked up
    to tell them apart."""
    settings.API_RESPONSE_CACHE = False
    reviewer = ExpertFactory()
    current = ArticlePageFactory(
        parent=site_tree.blog, reviewed_by=reviewer, last_reviewed=timezone.localdate()
    )
    current.record_approved_content()
    current.save_revision().publish()
    never = ArticlePageFactory(parent=site_tree.blog)
    urls = [f"/api/v2/articles/{page.slug}/" for page in (current, never)]
    for url in urls:
        count(client, url)  # warm per-process caches
    assert client.get(urls[0]).json()["clinical_review"]["status"] == "current"
    assert client.get(urls[1]).json()["clinical_review"]["status"] == "not_reviewed"
    assert count(client, urls[0]) == count(client, urls[1])
