"""A comment POST retried with the same Idempotency-Key is answered, not posted twice: a
frontend that lost the first answer (a dropped connection, a restarted server) retries safely."""

import threading

from django.db import connection
from django.test import Client

import pytest

from blog.comments.idempotency import save_once
from blog.factories import ArticlePageFactory, CommentFactory
from blog.models import Comment

URL = "/api/v2/comments/"
KEY = "3f6c1c1e-6f0b-4c7e-9d7a-0c1b2a3d4e5f"

pytestmark = pytest.mark.django_db


def post(client, data, key=KEY):
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if key is not None else {}
    return client.post(URL, data, content_type="application/json", **headers)


def test_a_retry_gets_the_first_answer_and_no_second_comment(client, payload, mailoutbox):
    first = post(client, payload())
    assert first.status_code == 201, first.json()
    again = post(client, payload())
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert Comment.objects.count() == 1
    assert Comment.objects.get().idempotency_key == KEY


def test_a_retry_is_answered_even_after_its_token_has_expired(client, payload):
    first = post(client, payload())
    again = post(client, payload(token="expired-or-garbage"))
    assert (again.status_code, again.json()["id"]) == (201, first.json()["id"])


def test_without_a_key_each_post_is_its_own(client, payload):
    post(client, payload(), key=None)
    post(client, payload(body="A second, different thought about sleep and anxiety."), key=None)
    assert Comment.objects.count() == 2


def test_a_key_reused_for_another_comment_is_refused(client, payload):
    post(client, payload())
    reused = post(client, payload(body="Something else entirely about grounding exercises."))
    assert reused.status_code == 409
    assert "Idempotency-Key" in reused.json()["error"]
    assert Comment.objects.count() == 1


@pytest.mark.parametrize(
    "key",
    ["short", "x" * 101, "has space in it", "nul\x00in-the-key", "\ud800" * 10, "clé-unique-1"],
)
def test_a_malformed_key_is_a_400(client, payload, key):
    response = post(client, payload(), key=key)
    assert response.status_code == 400
    assert "Idempotency-Key" in response.json()["error"]
    assert not Comment.objects.exists()


def test_a_racing_retry_returns_the_comment_that_committed_first(site_tree):
    article = ArticlePageFactory(parent=site_tree.blog)
    first = CommentFactory(article=article, idempotency_key=KEY)
    racing = Comment(article=article, name="R", email="r@example.org", body="x")
    racing.idempotency_key = KEY
    comment, created = save_once(racing)
    assert (comment.pk, created) == (first.pk, False)
    assert Comment.objects.count() == 1


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite's in-memory test database is not shared between threads",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_retries_store_one_comment(site_tree, payload):
    answers = []

    def send():
        answers.append(post(Client(), payload()).json()["id"])
        connection.close()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(answers)) == 1
    assert Comment.objects.count() == 1
