"""Moderation in the Wagtail admin: listing, bulk actions logged in history, dashboard, email,
and who may moderate: the demo editor and Wagtail's Moderators group, not only a superuser."""

import datetime
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

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


def test_moderators_emailed_when_comment_waits(
    client, article, settings, django_capture_on_commit_callbacks
):
    settings.COMMENT_MODERATORS = ["mods@example.org"]
    settings.COMMENT_NOTIFY_PENDING = True
    with django_capture_on_commit_callbacks(execute=True):
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


def demo_editor(settings):
    call_command("ensure_demo_editor", stdout=io.StringIO())
    return get_user_model().objects.get(username=settings.DEMO_EDITOR_USERNAME)


def moderators_member(settings):
    """A user whose only group is Wagtail's own Moderators, as a fresh `migrate` leaves it."""
    user = get_user_model().objects.create_user("mo", "mo@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.mark.parametrize("make_user", [demo_editor, moderators_member])
def test_moderators_open_the_queue_and_approve(client, article, settings, make_user):
    user = make_user(settings)
    assert not user.is_superuser
    waiting = CommentFactory(article=article, status="pending", body="Does this suit teenagers?")
    client.force_login(user)

    listing = client.get(reverse("wagtailsnippets_blog_comment:list"), {"status": "pending"})
    assert listing.status_code == 200
    assert "Does this suit teenagers?" in listing.content.decode()
    edit_url = reverse("wagtailsnippets_blog_comment:edit", args=[waiting.pk])
    assert client.get(edit_url).status_code == 200

    url = reverse("wagtail_bulk_action", args=("blog", "comment", "approve_comments"))
    assert client.get(f"{url}?id={waiting.pk}").status_code == 200  # the confirmation page
    response = client.post(f"{url}?id={waiting.pk}", {})
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == "approved"
    assert waiting.moderated_by == user
    assert client.get(reverse("wagtailsnippets_blog_blocklistentry:list")).status_code == 200


def test_a_user_outside_the_moderators_cannot_moderate(client, article):
    user = get_user_model().objects.create_user("reader", "r@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    waiting = CommentFactory(article=article, status="pending")
    client.force_login(user)
    assert client.get(reverse("wagtailsnippets_blog_comment:list")).status_code in (302, 403)
    url = reverse("wagtail_bulk_action", args=("blog", "comment", "approve_comments"))
    client.post(f"{url}?id={waiting.pk}", {})
    waiting.refresh_from_db()
    assert waiting.status == "pending"


def test_demo_editor_command_grants_moderation_to_a_group_it_creates(settings, db):
    Group.objects.filter(name="Moderators").delete()
    user = demo_editor(settings)
    assert user.has_perm("blog.change_comment")
    assert not user.has_perm("blog.delete_comment")  # comments are kept, spam to be released
    demo_editor(settings)  # repeatable
    assert (
        Group.objects.get(name="Moderators").permissions.filter(codename="view_comment").count()
        == 1
    )


def test_queue_lists_urgent_comments_first_then_newest(admin_client, article):
    now = timezone.now()
    for name, urgent, days_ago in [
        ("Old calm", False, 3),
        ("Old urgent", True, 5),
        ("New calm", False, 1),
        ("New urgent", True, 2),
    ]:
        CommentFactory(
            article=article,
            name=name,
            status="pending",
            urgent=urgent,
            created=now - datetime.timedelta(days=days_ago),
        )
    response = admin_client.get(reverse("wagtailsnippets_blog_comment:list"))
    names = [comment.name for comment in response.context["object_list"]]
    assert names == ["New urgent", "Old urgent", "New calm", "Old calm"]
