"""Comments keep their moderation state, dates, threading and the moderators' email."""

from datetime import UTC, datetime

import pytest

from blog.comments.selectors import build_thread
from blog.models import ArticlePage, Comment

from .conftest import line_of

pytestmark = pytest.mark.django_db


def by_name(name: str) -> Comment:
    return Comment.objects.get(name=name)


def test_status_is_mapped(imported):
    assert by_name("Maeve").status == Comment.Status.APPROVED
    assert by_name("Nadia Brennan").status == Comment.Status.APPROVED
    assert by_name("Cheap Pills").status == Comment.Status.SPAM
    assert by_name("Ravi").status == Comment.Status.PENDING


def test_trash_and_pingbacks_are_skipped(imported):
    assert not Comment.objects.filter(name__in=["Deleted", "Another Blog"]).exists()
    line = line_of(imported.text, "<wp:comment_id>105<", start="<wp:comment>")
    assert f"line {line}: comment 105 on post 10" in imported.result.err
    assert "comment state 'trash': skipped" in imported.result.err


def test_dates_threading_and_email_are_kept(imported):
    maeve, reply = by_name("Maeve"), by_name("Nadia Brennan")
    assert maeve.created == datetime(2024, 3, 6, 8, 0, tzinfo=UTC)
    assert reply.parent == maeve
    assert maeve.parent is None
    assert maeve.email == "maeve@example.org"
    assert maeve.ip_hash  # kept hashed, like comments posted here
    assert maeve.body == "This helped me explain grounding to a new client."  # tags dropped
    article = ArticlePage.objects.get(slug="why-the-body-keeps-count")
    assert [c.name for c in build_thread(article.comments.approved())] == ["Maeve"]


def test_reply_to_a_missing_comment_is_kept_unthreaded(imported):
    orla = by_name("Orla")
    assert orla.parent is None
    assert orla.article.slug == "complex-trauma-in-adults"
    line = line_of(imported.text, "<wp:comment_id>110<", start="<wp:comment>")
    assert f"line {line}: comment 110 on post 13" in imported.result.err
    assert "replies to comment 999, which is not imported" in imported.result.err


def test_the_api_serves_the_approved_thread_without_emails(imported, client):
    article = ArticlePage.objects.get(slug="why-the-body-keeps-count")
    response = client.get("/api/v2/comments/", {"article": article.pk})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Maeve" in body
    assert "Start with the feet." in body
    assert "Cheap Pills" not in body
    assert "Ravi" not in body
    assert "example.org" not in body
