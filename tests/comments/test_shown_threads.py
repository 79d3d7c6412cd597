"""A comment is shown only under shown comments: an approved reply whose parent (or any comment
above) is held is neither listed, nor counted in `comment_count`, nor open to replies. Before,
the count said 2 while the thread listed 1, and a reply to that hidden reply was accepted."""

import pytest

from blog.comments.selectors import approved_for_article, build_thread
from blog.factories import CommentFactory
from blog.models import Comment
from blog.selectors.articles import shown_comment_ids
from tests.comments.test_reader_page import POST_URL, form_data

URL = "/api/v2/comments/"
HELD = ["pending", "spam", "rejected"]

pytestmark = pytest.mark.django_db


def comment_count(client, article) -> int:
    return client.get(f"/api/v2/articles/{article.slug}/").json()["comment_count"]


def listed_ids(client, article) -> set[int]:
    def walk(nodes):
        for node in nodes:
            yield node["id"]
            yield from walk(node["replies"])

    results = client.get(URL, {"article": article.pk, "limit": 100}).json()["results"]
    return set(walk(results))


@pytest.fixture
def thread(article, request):
    """shown → held → approved reply → approved reply to that, and a second shown root."""
    root = CommentFactory(article=article)
    held = CommentFactory(article=article, parent=root, status=getattr(request, "param", "pending"))
    under_held = CommentFactory(article=article, parent=held)
    deeper = CommentFactory(article=article, parent=under_held)
    other = CommentFactory(article=article)
    return root, held, under_held, deeper, other


@pytest.mark.parametrize("thread", HELD, indirect=True)
def test_the_count_is_what_the_thread_lists(client, article, thread):
    root, _held, _under_held, _deeper, other = thread
    assert listed_ids(client, article) == {root.pk, other.pk}
    assert comment_count(client, article) == 2


def test_approving_the_held_comment_brings_its_replies_back(client, article, thread):
    root, held, under_held, deeper, other = thread
    held.moderate(Comment.Status.APPROVED)
    assert listed_ids(client, article) == {root.pk, held.pk, under_held.pk, deeper.pk, other.pk}
    assert comment_count(client, article) == 5


@pytest.mark.parametrize(
    "statuses",
    [
        # each comment's parent is the one before it; the last is a second root
        ("approved", "approved", "approved", "approved"),
        ("pending", "approved", "approved", "approved"),
        ("approved", "approved", "spam", "approved"),
        ("rejected", "rejected", "approved", "pending"),
    ],
)
def test_shown_ids_and_the_thread_always_agree(article, statuses):
    parent = None
    for status in statuses[:-1]:
        parent = CommentFactory(article=article, parent=parent, status=status)
    CommentFactory(article=article, status=statuses[-1])

    def walk(nodes):
        for node in nodes:
            yield node.pk
            yield from walk(node.thread_replies)

    thread = set(walk(build_thread(approved_for_article(article.pk))))
    assert shown_comment_ids(article.pk) == thread


def test_the_count_costs_one_query(article, django_assert_num_queries):
    for _ in range(5):
        CommentFactory(article=article, parent=CommentFactory(article=article))
    with django_assert_num_queries(1):
        assert len(shown_comment_ids(article.pk)) == 10


@pytest.mark.parametrize("thread", HELD, indirect=True)
def test_a_reply_to_a_hidden_comment_is_refused(client, article, payload, thread):
    _root, held, under_held, deeper, _other = thread
    for hidden in (held, under_held, deeper):
        response = client.post(URL, payload(parent=hidden.pk), content_type="application/json")
        # a 404, as for a comment that never existed: the answer must not tell them apart
        assert response.status_code == 404, response.json()
        assert response.json()["error"] == f"parent: Unknown comment: {hidden.pk}."
    assert Comment.objects.count() == 5


def test_the_reader_form_refuses_a_reply_to_a_hidden_comment(client, article, thread):
    _root, _held, under_held, _deeper, _other = thread
    response = client.post(POST_URL, form_data(article, parent=under_held.pk))
    assert response.status_code == 400
    assert f"Unknown comment: {under_held.pk}." in response.content.decode()
    assert Comment.objects.count() == 5


def test_a_reply_to_a_shown_reply_is_still_accepted(client, article, payload, thread):
    root, *_ = thread
    reply = CommentFactory(article=article, parent=root)
    response = client.post(URL, payload(parent=reply.pk), content_type="application/json")
    assert response.status_code == 201, response.json()
