"""Reports → Overdue clinical reviews lists the pages whose review no longer holds: overdue, or
changed since the reviewer approved them, saying which, in a fixed number of queries."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from blog.factories import ArticlePageFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def reviewed(factory, *, changed=False, due=TODAY + 300 * DAY, **fields):
    """A page approved on its review date (as the demo records it), then optionally edited and
    republished without a review."""
    page = factory(
        reviewed_by=ExpertFactory(),
        last_reviewed=TODAY - 60 * DAY,
        next_review_due=due,
        **fields,
    )
    page.record_approved_content()
    page.save_revision().publish()
    if changed:
        page.title = f"{page.title} (edited)"
        page.save_revision().publish()
    return page


def report_rows(client, **params):
    response = client.get(reverse("overdue_reviews"), params)
    assert response.status_code == 200
    return {page.title: page.review_reasons for page in response.context["object_list"]}


@pytest.fixture
def article(site_tree):
    return lambda **fields: ArticlePageFactory(parent=site_tree.blog, **fields)


def test_lists_overdue_and_changed_pages_and_says_which(editor_client, site_tree, article):
    reviewed(article, title="Within date")
    reviewed(article, title="Stale", due=TODAY - 10 * DAY)
    reviewed(article, title="Rewritten", changed=True)
    reviewed(article, title="Both", changed=True, due=TODAY - 5 * DAY)
    article(title="Never reviewed")
    course = CoursePageFactory(parent=site_tree.courses)
    lesson = reviewed(lambda **f: LessonPageFactory(parent=course, **f), title="Lesson")
    lesson.summary = "A summary nobody checked."
    lesson.save_revision().publish()

    rows = report_rows(editor_client)

    assert rows == {
        "Stale": ["Overdue"],
        "Both (edited)": ["Changed since review", "Overdue"],
        "Rewritten (edited)": ["Changed since review"],
        "Lesson": ["Changed since review"],
    }
    # Most overdue first, then changed pages by how soon they fall due.
    assert list(rows)[:2] == ["Stale", "Both (edited)"]
    html = editor_client.get(reverse("overdue_reviews")).content.decode()
    assert "<th>Why</th>" in html
    assert "Changed since review" in html


def test_export_names_the_reason(editor_client, article):
    reviewed(article, title="Rewritten", changed=True)
    response = editor_client.get(reverse("overdue_reviews"), {"export": "csv"})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].startswith("Title,Why,Next review due")
    assert lines[1].startswith("Rewritten (edited),Changed since review,")


def queries_for(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("overdue_reviews")).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_the_rows(editor_client, article):
    for _ in range(2):
        reviewed(article, changed=True)
        reviewed(article, due=TODAY - 3 * DAY)
    queries_for(editor_client)  # warm per-process caches
    few = queries_for(editor_client)
    for _ in range(4):
        reviewed(article, changed=True)
        reviewed(article, due=TODAY - 3 * DAY)
    assert len(report_rows(editor_client)) == 12
    assert queries_for(editor_client) == few


def dashboard(client) -> str:
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_dashboard_panel_lists_what_needs_review(editor_client, article):
    stale = reviewed(article, title="Stale", due=TODAY - 10 * DAY)
    reviewed(article, title="Rewritten", changed=True)
    reviewed(article, title="Within date")

    html = dashboard(editor_client)

    assert "Clinical reviews overdue or changed since review" in html
    assert "2 articles or lessons need a clinical review" in html
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[stale.pk])}"' in html
    assert "Stale</a>: overdue" in html
    assert "Rewritten (edited)</a>: changed since review" in html
    assert "Within date" not in html
    assert html.index("Stale</a>") < html.index("Rewritten (edited)</a>")


def test_dashboard_panel_only_for_those_who_see_the_report(client, article, db):
    reviewed(article, title="Stale", due=TODAY - 10 * DAY)
    user = get_user_model().objects.create_user("guest", "guest@example.org", "pw")
    admin_only = Group.objects.create(name="Admin access only")
    admin_only.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(admin_only)
    client.force_login(user)
    assert "Clinical reviews overdue" not in dashboard(client)


def dashboard_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        dashboard(client)
    return len(queries)


def test_dashboard_panel_costs_the_same_whatever_the_rows(editor_client, article, site_tree):
    course = CoursePageFactory(parent=site_tree.courses)
    lesson = lambda **fields: LessonPageFactory(parent=course, **fields)  # noqa: E731
    reviewed(article, changed=True, due=TODAY - 1 * DAY)
    reviewed(lesson, due=TODAY - 2 * DAY)
    dashboard_queries(editor_client)  # warm per-process caches
    few = dashboard_queries(editor_client)
    for _ in range(4):  # the panel's first rows are of both types again
        reviewed(article, changed=True, due=TODAY - 9 * DAY)
        reviewed(lesson, due=TODAY - 9 * DAY)
    html = dashboard(editor_client)
    assert "All 10 in the report" in html
    assert dashboard_queries(editor_client) == few
