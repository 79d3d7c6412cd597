"""Moderation in the Wagtail admin: listing, bulk actions logged in history, dashboard, email."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from blog.factories import CommentFactory
from blog.models import Comment
from tests.comments.conftest import aged_token


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("mod", "mod@example.org", "pw")
    client.force_login(user)
    client.user = user
    return client


def test_listing_filters_and_shows_reasons(admin_client, article):
    CommentFactory(article=article, status="spam", spam_reasons=["promotion: gambling (+4)"])
    CommentFactory(article=article, status="approved", body="Approved words")
    url = reverse("wagtailsnippets_blog_comment:list")
    html = admin_client.get(url, {"status": "spam"}).content.decode()
    assert "promotion: gambling" in html
    assert "Approved words" not in html
    assert admin_client.get(url, {"q": "Approved"}).status_code == 200


@pytest.mark.parametrize(
    ("action", "start", "end"),
    [
        ("approve_comments", "pending", "approved"),
        ("reject_comments", "pending", "rejected"),
        ("spam_comments", "pending", "spam"),
        ("release_comments", "spam", "approved"),
    ],
)
def test_bulk_actions_moderate_and_log(admin_client, article, action, start, end):
    comments = CommentFactory.create_batch(2, article=article, status=start)
    url = (
        reverse("wagtail_bulk_action", args=("blog", "comment", action))
        + "?"
        + "&".join(f"id={c.pk}" for c in comments)
    )
    response = admin_client.post(url, {})
    assert response.status_code == 302
    for comment in comments:
        comment.refresh_from_db()
        assert comment.status == end
        assert comment.moderated_by == admin_client.user
    assert ModelLogEntry.objects.filter(action=f"blog.comment.{end}").count() == 2


def test_release_leaves_non_spam_alone(admin_client, article):
    rejected = CommentFactory(article=article, status="rejected")
    url = reverse("wagtail_bulk_action", args=("blog", "comment", "release_comments"))
    admin_client.post(f"{url}?id={rejected.pk}", {})
    rejected.refresh_from_db()
    assert rejected.status == "rejected"


def test_dashboard_shows_pending_count(admin_client, article):
    CommentFactory.create_batch(3, article=article, status="pending")
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "3 comment(s) await moderation" in html


def test_moderators_emailed_when_comment_waits(client, article, settings):
    settings.COMMENT_MODERATORS = ["mods@example.org"]
    response = client.post(
        "/api/v2/comments/",
        {
            "article": article.pk,
            "name": "New Reader",
            "email": "new@example.org",
            "body": "First time here, useful piece.",
            "token": aged_token(article.pk),
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["mods@example.org"]
    assert "/admin/snippets/blog/comment/edit/" in mail.outbox[0].body
    assert "awaits moderation" in mail.outbox[0].subject


def test_blocklist_is_editable_in_the_admin(admin_client):
    url = reverse("wagtailsnippets_blog_blocklistentry:add")
    response = admin_client.post(url, {"kind": "domain", "value": "spam.example", "note": ""})
    assert response.status_code == 302
    assert admin_client.get(reverse("wagtailsnippets_blog_blocklistentry:list")).status_code == 200


def test_deleting_article_keeps_comments_and_logs(admin_client, article):
    comment = CommentFactory(article=article)
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[article.pk]))
    comment.refresh_from_db()
    assert comment.article is None
    assert Comment.objects.filter(pk=comment.pk).exists()
    assert ModelLogEntry.objects.filter(action="blog.comment.article_deleted").exists()
