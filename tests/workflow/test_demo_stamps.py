"""`make run` shows true stamps: the demo's reviewed articles and lessons are recorded as
approved, so they read as current (or overdue, as four articles are on purpose), and the ones
the data leaves unreviewed say so."""

import datetime
import io
from collections import Counter

from django.core.management import call_command
from django.utils import timezone

import pytest

from blog.models import ArticlePage
from cms.clinical_review import content_fingerprint
from lessons.models import LessonPage

pytestmark = pytest.mark.django_db


def test_demo_stamps_tell_the_truth(client, report_figure, time_machine):
    # The demo's review dates are fixed: read them on a fixed day, when four are overdue.
    time_machine.move_to(datetime.datetime(2026, 12, 1, 12, tzinfo=datetime.UTC), tick=False)
    call_command("load_demo", stdout=io.StringIO())
    pages = [*ArticlePage.objects.all(), *LessonPage.objects.all()]
    today = timezone.localdate()

    statuses = Counter(page.review_status for page in pages)
    for page in pages:
        # What was written is what reads back: the stored and in-memory fingerprints agree.
        assert page.content_fingerprint == content_fingerprint(page), page.slug
        if page.last_reviewed is None:
            assert page.review_status == "not_reviewed", page.slug
        elif page.next_review_due < today:
            assert page.review_status == "overdue", page.slug
        else:
            assert page.review_status == "current", page.slug
    assert statuses["changed_since_review"] == 0
    assert statuses["current"] > statuses["overdue"] > 0
    assert statuses["not_reviewed"] > 0
    report_figure(
        "demo review stamps: " + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    )

    # The README's sample article, reviewed in January and due again next January.
    article = ArticlePage.objects.get(slug="why-the-body-remembers-threat")
    assert article.next_review_due > today
    api = client.get(f"/api/v2/articles/{article.slug}/").json()
    assert api["clinical_review"]["status"] == "current"
    assert api["seo"]["json_ld"]["mainEntityOfPage"]["reviewedBy"]["name"] == "Daniel Reyes"
    html = client.get(article.url).content.decode()
    assert f"Clinically reviewed by {article.reviewed_by.display_name} on" in html
