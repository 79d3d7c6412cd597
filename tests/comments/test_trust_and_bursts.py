"""Trust comes from a person, not an address; bursts are refused; a person in crisis never is.

Each test posts the way readers post: a token from the endpoint or the page, then the form.
"""

from django.contrib.auth.models import Group, User
from django.core import mail

import pytest

from blog.factories import CommentFactory
from blog.models import Comment
from tests.comments.conftest import aged_token

URL = "/api/v2/comments/"
CRISIS_BODY = (
    "Thank you for the article. I have made up my mind to end my life this weekend and I "
    "have already saved up the pills."
)


def post(client, data, **extra):
    return client.post(URL, data, content_type="application/json", **extra)


def test_a_form_token_posts_one_comment(client, article, payload):
    data = payload()
    assert post(client, data).status_code == 201
    again = post(client, {**data, "body": "A second comment with the same token."})
    assert again.status_code == 403
    assert "already used" in again.json()["fields"]["token"][0]
    assert Comment.objects.count() == 1


def test_a_burst_from_one_address_is_refused_with_retry_after(client, article, payload, settings):
    settings.COMMENT_RATE_LIMIT = 5
    for n in range(5):
        response = post(client, payload(body=f"Quick note number {n} about sleep."))
        assert response.status_code == 201
    refused = post(client, payload(body="One more note about sleep."))
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) >= 1
    assert "Too many comments" in refused.json()["error"]
    assert Comment.objects.count() == 5
    assert not Comment.objects.filter(status="spam").exists()
    other = post(client, payload(body="A different reader."), REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 201


def test_bursts_count_the_address_the_trusted_proxy_saw(client, article, payload, settings):
    settings.COMMENT_RATE_LIMIT = 1
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    first = post(client, payload(), HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    second = post(client, payload(), HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    assert (first.status_code, second.status_code) == (201, 201)
    # A forged address on the left is the client's own: the proxy's entry still counts.
    forged = post(client, payload(), HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.1", **proxy)
    assert forged.status_code == 429


def test_a_crisis_comment_after_a_burst_is_held_urgent_and_answered(
    client, article, payload, settings
):
    settings.COMMENT_RATE_LIMIT = 5
    for n in range(5):
        assert post(client, payload(body=f"Another quick note {n}.")).status_code == 201
    assert post(client, payload(body="One more.")).status_code == 429
    response = post(client, payload(body=CRISIS_BODY))
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "pending"
    assert body["crisis"]["text"]
    assert body["crisis"]["phone"]
    comment = Comment.objects.get(pk=body["id"])
    assert comment.urgent
    assert comment.status == "pending"
    assert any("posts from this address" in reason for reason in comment.spam_reasons)


def test_a_returning_commenter_in_crisis_is_held_not_published(client, article, payload):
    CommentFactory(article=article, email="mlopez@clinic.example.org")
    response = post(client, payload(body=CRISIS_BODY))
    assert response.json()["status"] == "pending"
    assert "crisis" in response.json()
    assert Comment.objects.get(pk=response.json()["id"]).urgent


@pytest.mark.parametrize("token", ["used", "expired", "forged"])
def test_a_crisis_comment_is_kept_whatever_its_token(client, article, payload, token):
    if token == "used":
        data = payload()
        post(client, data)
        bad = data["token"]
    elif token == "expired":
        bad = aged_token(article.pk, seconds=3 * 60 * 60)
    else:
        bad = "not-a-token"
    response = post(client, payload(body=CRISIS_BODY, token=bad))
    assert response.status_code == 201
    comment = Comment.objects.get(pk=response.json()["id"])
    assert comment.urgent
    assert comment.status == "pending"
    assert any("form token" in reason for reason in comment.spam_reasons)
    # Without a crisis the same token problem is still refused (403: the token, a credential).
    assert post(client, payload(body="An ordinary note.", token=bad)).status_code == 403


def test_crisis_even_from_signed_in_staff_is_held(client, article, admin_user):
    client.force_login(admin_user)
    data = {
        "article": article.pk,
        "name": "Editor",
        "email": "editor@example.org",
        "body": CRISIS_BODY,
        "token": aged_token(article.pk),
    }
    response = client.post("/comments/post/", data)
    assert response.status_code == 302
    assert "support=1" in response["Location"]
    assert Comment.objects.get().status == "pending"


def test_staff_signed_in_on_the_reader_page_are_published(client, article, admin_user):
    client.force_login(admin_user)
    data = {
        "article": article.pk,
        "name": "Editor",
        "email": "editor@example.org",
        "body": "A note from the editorial team: the reference list is now updated.",
        "token": aged_token(article.pk),
    }
    response = client.post("/comments/post/", data)
    assert "comment=approved" in response["Location"]
    assert Comment.objects.get().status == "approved"


def test_the_reader_form_refuses_a_burst_with_429(client, article, settings):
    settings.COMMENT_RATE_LIMIT = 0
    data = {
        "article": article.pk,
        "name": "Reader",
        "email": "reader@example.org",
        "body": "A note on sleep.",
        "token": aged_token(article.pk),
    }
    response = client.post("/comments/post/", data)
    assert response.status_code == 429
    assert response["Retry-After"]
    assert not Comment.objects.exists()


def test_an_urgent_comment_emails_the_moderators_group_at_once(
    client, article, payload, django_capture_on_commit_callbacks
):
    group, _ = Group.objects.get_or_create(name="Moderators")
    moderator = User.objects.create_user("mod", email="mod@example.org", password="x")
    moderator.groups.add(group)
    User.objects.create_user("idle", email="idle@example.org", is_active=False).groups.add(group)
    with django_capture_on_commit_callbacks(execute=True):
        post(client, payload(body="An ordinary note about sleep."))
    assert mail.outbox == []  # ordinary held comments wait on the dashboard
    with django_capture_on_commit_callbacks(execute=True):
        post(client, payload(body=CRISIS_BODY))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["mod@example.org"]
    assert "URGENT" in mail.outbox[0].subject
    assert CRISIS_BODY in mail.outbox[0].body


def test_crisis_resources_are_never_blank(client, article, payload):
    from cms.models.site_settings import OrganisationSettings

    OrganisationSettings.objects.all().update(crisis_text="", crisis_phone="")
    crisis = post(client, payload(body=CRISIS_BODY)).json()["crisis"]
    assert len(crisis["text"]) > 50
    assert crisis["phone"]


def test_two_posts_racing_with_one_token_store_one_comment(article):
    """The form checks the token before saving; two posts can pass that check together, and
    the unique digest settles it: the loser is refused, unless it is a crisis comment."""
    from blog.comments.service import TokenAlreadyUsed, _save

    CommentFactory(article=article, form_token_digest="d" * 64)
    with pytest.raises(TokenAlreadyUsed):
        _save(
            Comment(
                article=article,
                name="B",
                email="b@example.org",
                body="x",
                form_token_digest="d" * 64,
            )
        )
    urgent = Comment(
        article=article,
        name="C",
        email="c@example.org",
        body="x",
        urgent=True,
        form_token_digest="d" * 64,
    )
    saved, created = _save(urgent)
    assert created
    assert saved.pk
    assert saved.form_token_digest is None
    assert Comment.objects.count() == 2


def test_a_crisis_reply_to_a_comment_no_longer_shown_is_kept(client, article, payload):
    hidden = CommentFactory(article=article, status="pending")
    response = post(client, payload(body=CRISIS_BODY, parent=hidden.pk))
    assert response.status_code == 201
    comment = Comment.objects.get(pk=response.json()["id"])
    assert comment.urgent
    assert comment.parent is None
    assert any(reason.startswith("reply: ") for reason in comment.spam_reasons)
    ordinary = post(client, payload(body="An ordinary reply.", parent=hidden.pk))
    assert ordinary.status_code == 404
    assert "parent" in ordinary.json()["fields"]
