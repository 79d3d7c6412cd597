"""The admin dashboard puts urgent comments first for those who can act on them: a moderator
sees the urgent ones at the top, each a link, then the count of what waits; nobody else sees
either; and the panels cost the same queries however many comments wait."""

import io
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from blog.factories import CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(client, settings, site_tree):
    call_command("ensure_demo_editor", stdout=io.StringIO())
    client.force_login(get_user_model().objects.get(username=settings.DEMO_EDITOR_USERNAME))
    return client


def dashboard(client) -> str:
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_urgent_comments_come_first_each_a_link(moderator_client, article):
    urgent = CommentFactory(
        article=article, status="pending", urgent=True, name="Sam", body="I want it all to stop."
    )
    other = CommentFactory(article=article, status="pending", urgent=True)
    CommentFactory.create_batch(3, article=article, status="pending")
    CommentFactory(article=article, status="approved", urgent=True)  # answered already

    html = dashboard(moderator_client)

    assert "Urgent comments" in html
    assert "2 urgent comments await a moderator" in html
    edit_url = reverse("wagtailsnippets_blog_comment:edit", args=[urgent.pk])
    assert f'href="{edit_url}"' in html
    assert "Sam: I want it all to stop." in html
    assert article.title in html
    assert "5 comment(s) await moderation" in html
    assert html.index("Urgent comments") < html.index("await moderation")

    queue_url = reverse("wagtailsnippets_blog_comment:list") + "?status=pending&amp;urgent=true"
    assert f'href="{queue_url}"' in html
    queue = moderator_client.get(queue_url.replace("&amp;", "&"))
    assert {comment.pk for comment in queue.context["object_list"]} == {urgent.pk, other.pk}


def test_urgent_comments_sit_above_wagtails_own_panels(moderator_client, article, settings):
    CommentFactory(article=article, status="pending", urgent=True)
    editor = get_user_model().objects.get(username=settings.DEMO_EDITOR_USERNAME)
    article.save_revision(user=editor, log_action=True)  # so that "Your most recent edits" shows

    html = dashboard(moderator_client)
    panels = re.findall(r'<section class="w-panel w-panel--dashboard" id="([\w-]+)"', html)
    assert panels[0] == "urgent-comments-section"
    assert "recent-edits-section" in panels[1:]


def test_no_urgent_panel_when_none_waits(moderator_client, article):
    CommentFactory(article=article, status="pending")
    html = dashboard(moderator_client)
    assert "Urgent comments" not in html
    assert "1 comment(s) await moderation" in html


def test_panels_only_for_those_who_can_moderate(client, article):
    CommentFactory(article=article, status="pending", urgent=True)
    editor = get_user_model().objects.create_user("writer", "w@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    html = dashboard(client)
    assert "Urgent comments" not in html
    assert "await moderation" not in html


def dashboard_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        dashboard(client)
    return len(queries)


def test_panels_cost_the_same_whatever_waits(moderator_client, article):
    CommentFactory.create_batch(2, article=article, status="pending", urgent=True)
    CommentFactory.create_batch(2, article=article, status="pending")
    dashboard_queries(moderator_client)  # warm per-process caches
    few = dashboard_queries(moderator_client)
    CommentFactory.create_batch(15, article=article, status="pending", urgent=True)
    CommentFactory.create_batch(10, article=article, status="pending")
    html = dashboard(moderator_client)
    assert "17 urgent comments await" in html
    assert "And 7 more" in html
    assert dashboard_queries(moderator_client) == few
