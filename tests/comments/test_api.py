"""The comments endpoints: approved threads only, tokens, and a 400 naming the field."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from blog.factories import ArticlePageFactory, CommentFactory
from blog.models import Comment
from tests.comments.conftest import aged_token

URL = "/api/v2/comments/"


def post(client, data):
    return client.post(URL, data, content_type="application/json")


def test_list_is_approved_threaded_oldest_first_without_email(client, article):
    first = CommentFactory(article=article, email="secret@example.org")
    reply = CommentFactory(article=article, parent=first)
    CommentFactory(article=article, status="pending")
    CommentFactory(article=article, status="spam")
    second = CommentFactory(article=article)
    response = client.get(URL, {"article": article.pk})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 2
    assert [c["id"] for c in data["results"]] == [first.pk, second.pk]
    assert [c["id"] for c in data["results"][0]["replies"]] == [reply.pk]
    assert "secret@example.org" not in response.content.decode()
    assert "email" not in data["results"][0]


def test_list_costs_the_same_queries_for_few_and_many(client, article):
    CommentFactory(article=article)
    with CaptureQueriesContext(connection) as few:
        client.get(URL, {"article": article.pk, "limit": 10})
    for _ in range(15):
        CommentFactory(article=article, parent=CommentFactory(article=article))
    with CaptureQueriesContext(connection) as many:
        client.get(URL, {"article": article.pk, "limit": 100})
    assert len(many) == len(few)


@pytest.mark.parametrize(
    ("query", "message", "status"),
    [
        ({}, "article", 400),
        ({"article": "x"}, "article", 400),
        ({"article": 99999}, "Unknown", 404),
    ],
)
def test_list_bad_input(client, article, query, message, status):
    response = client.get(URL, query)
    assert response.status_code == status
    assert message in response.json()["error"]


def test_unknown_parameter_is_refused(client, article):
    response = client.get(URL, {"article": article.pk, "sort": "new"})
    assert response.status_code == 400


def test_article_comment_count_counts_approved(client, article):
    CommentFactory.create_batch(2, article=article)
    CommentFactory(article=article, status="pending")
    data = client.get(f"/api/v2/articles/{article.slug}/").json()
    assert data["comment_count"] == 2


def test_token_then_post_creates_pending_first_comment(client, article, payload):
    token = client.get(f"{URL}token/", {"article": article.pk})
    assert token.status_code == 200
    assert token["Cache-Control"] == "no-store"
    response = post(client, payload())
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "pending"
    assert "email" not in body
    assert "mlopez" not in response.content.decode()
    comment = Comment.objects.get(pk=body["id"])
    assert comment.status == "pending"
    assert comment.ip_hash
    assert comment.ip_hash != "127.0.0.1"


def test_a_nul_in_the_user_agent_is_not_stored(client, article, payload):
    # PostgreSQL refuses NUL in text: without the strip the comment was refused there.
    response = client.post(
        URL, payload(), content_type="application/json", HTTP_USER_AGENT="Probe\x00/1.0"
    )
    assert response.status_code == 201, response.json()
    assert Comment.objects.get(pk=response.json()["id"]).user_agent == "Probe/1.0"


def test_an_earlier_approved_email_earns_no_trust(client, article, payload):
    """Anyone can type an approved commenter's address: it is no proof of who is writing."""
    CommentFactory(article=article, email="mlopez@clinic.example.org")
    response = post(client, payload(name="Someone Else", body="Stop taking your medication."))
    assert response.json()["status"] == "pending"
    comment = Comment.objects.get(pk=response.json()["id"])
    assert comment.status == "pending"
    assert any("not signed in" in reason for reason in comment.spam_reasons)


def test_reply_to_comment(client, article, payload):
    parent = CommentFactory(article=article)
    response = post(client, payload(parent=parent.pk))
    assert response.status_code == 201
    assert Comment.objects.get(pk=response.json()["id"]).parent == parent


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": None}, "name"),
        ({"body": "   "}, "body"),
        ({"body": "x" * 5001}, "body"),
        ({"email": "not-an-email"}, "email"),
        ({"email": ""}, "email"),
        ({"name": "Eve\r\nBcc: x@example.org"}, "name"),
        ({"name": "Eve\x07"}, "name"),
        ({"body": "bad\x00byte"}, "body"),
        ({"article": "abc"}, "article"),
        ({"token": ""}, "token"),
        ({"name": ["a", "list"]}, "name"),
        ({"parent": 10**30}, "parent"),
        ({"article": 10**30}, "article"),
    ],
)
def test_bad_input_names_the_field(client, payload, overrides, field):
    response = post(client, payload(**overrides))
    assert response.status_code == 400
    data = response.json()
    assert data["error"].startswith(f"{field}:"), data
    assert field in data["fields"]
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field", "status"),
    [
        ({"article": 999999}, "article", 404),
        ({"parent": 999999}, "parent", 404),
        ({"token": "forged"}, "token", 403),
        # a malformed body is a 400 whatever else is wrong with it
        ({"token": "forged", "name": ""}, "name", 400),
        # what is not there comes before a forged token
        ({"token": "forged", "parent": 999999}, "parent", 404),
    ],
)
def test_a_well_formed_refusal_has_its_own_status(client, payload, overrides, field, status):
    """Not there (404), a forged, expired or used form token (403, a credential refused): a
    client can tell a mistake in its body (400) from a state it cannot fix by editing it."""
    response = post(client, payload(**overrides))
    assert response.status_code == status
    data = response.json()
    assert data["error"].startswith(f"{field}:"), data
    assert field in data["fields"]
    assert not Comment.objects.exists()


def test_closed_article_is_refused(client, article, payload):
    article.comments_open = False
    article.save()
    response = post(client, payload())
    assert response.status_code == 409
    assert "closed" in response.json()["error"]
    assert client.get(f"{URL}token/", {"article": article.pk}).status_code == 409


def test_reply_to_comment_of_another_article(client, site_tree, payload):
    other = CommentFactory(article=ArticlePageFactory(parent=site_tree.blog))
    response = post(client, payload(parent=other.pk))
    assert response.status_code == 400
    assert response.json()["error"].startswith("parent:")


def test_token_of_another_article_or_expired(client, site_tree, article, payload, settings):
    other = ArticlePageFactory(parent=site_tree.blog)
    assert post(client, payload(token=aged_token(other.pk))).status_code == 403
    settings.COMMENT_TOKEN_MAX_AGE = 30
    response = post(client, payload(token=aged_token(article.pk, seconds=120)))
    assert response.status_code == 403
    assert response.json()["error"].startswith("token:")


def test_unpublished_article_is_unknown(client, site_tree, payload):
    draft = ArticlePageFactory(parent=site_tree.blog, live=False)
    response = post(client, payload(article=draft.pk, token=aged_token(draft.pk)))
    assert response.status_code == 404
    assert response.json()["error"].startswith("article:")


def test_malformed_bodies_are_400(client):
    assert client.post(URL, "[1, 2]", content_type="application/json").status_code == 400
    assert client.post(URL, "{not json", content_type="application/json").status_code == 400
    response = client.post(URL, {"surprise": "x"}, content_type="application/json")
    assert response.status_code == 400


def test_self_harm_is_held_with_crisis_resources(client, article, payload):
    CommentFactory(article=article, email="mlopez@clinic.example.org")
    response = post(client, payload(body="Some nights I think about ending my life."))
    data = response.json()
    assert response.status_code == 201
    assert data["status"] == "pending"
    assert set(data["crisis"]) == {"text", "phone"}
    assert Comment.objects.get(pk=data["id"]).urgent


def test_spam_is_kept_not_dropped_and_answers_pending(client, article, payload):
    response = post(client, payload(phone="+1 555 0100"))
    assert response.status_code == 201
    assert response.json()["status"] == "pending"
    assert Comment.objects.get(pk=response.json()["id"]).status == "spam"


def test_badge_for_expert_replies(client, article):
    from cms.factories import ExpertFactory

    parent = CommentFactory(article=article)
    CommentFactory(article=article, parent=parent, expert=ExpertFactory())
    reply = client.get(URL, {"article": article.pk}).json()["results"][0]["replies"][0]
    assert reply["badge"] == "expert"


def test_schema_documents_comments(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    assert "/api/v2/comments/" in schema["paths"]
    assert "post" in schema["paths"]["/api/v2/comments/"]
    assert "/api/v2/comments/token/" in schema["paths"]
