"""Properties of the comment validator (blog.comments.forms.CommentForm behind POST
/api/v2/comments/) and the spam scorer: any body is a comment or a clean 400, never an
exception; whitespace around a valid comment keeps it valid; the length limits hold."""

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blog.comments.forms import CommentForm
from blog.comments.spam import Verdict, mentions_self_harm, text_signals
from blog.factories import ArticlePageFactory
from blog.models.comments import BODY_MAX_LENGTH
from tests.comments.conftest import aged_token

# The db fixture is shared by a test's examples: each example only adds comments, which is
# what a real endpoint sees too.
WITH_DB = settings(
    derandomize=True,
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FAST = settings(derandomize=True, max_examples=300, deadline=None)
# Each example posts as another reader: the burst limit per address (tests/comments) is not
# what these properties are about.
_ADDRESSES = (f"198.18.{n // 250}.{n % 250 + 1}" for n in itertools.count())
FIELDS = ["article", "parent", "name", "email", "affiliation", "country", "body", "website",
          "token", "phone"]  # fmt: skip
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=50),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
TEXT = st.text(st.characters(codec="utf-8"), max_size=200)


@pytest.fixture
def article(site_tree):
    return ArticlePageFactory(parent=site_tree.blog)


def valid_data(article, **overrides) -> dict:
    return {
        "article": article.pk,
        "name": "Maria Lopez",
        "email": "mlopez@clinic.example.org",
        "body": "I use a short version of this with clients who wake at night anxious.",
        "token": aged_token(article.pk),
        **overrides,
    }


@WITH_DB
@given(
    body=st.one_of(
        JSON_VALUES,
        st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES | TEXT, max_size=len(FIELDS)),
    )
)
def test_any_json_body_is_a_comment_or_a_clean_4xx(client, article, body):
    if isinstance(body, dict) and body.get("article") == "ARTICLE":
        body["article"] = article.pk
    response = client.post(
        "/api/v2/comments/",
        json.dumps(body),
        content_type="application/json",
        REMOTE_ADDR=next(_ADDRESSES),
    )
    # 400 malformed; 403 a bad form token, 404 an article or parent not there
    assert response.status_code in (201, 400, 403, 404), response.content[:300]
    if response.status_code != 201:
        assert isinstance(response.json()["error"], str)


@WITH_DB
@given(field=st.sampled_from(["name", "body", "email", "token"]), value=JSON_VALUES | TEXT)
def test_one_bad_field_in_a_good_comment_is_named(client, article, field, value):
    data = valid_data(article, **{field: value})
    response = client.post(
        "/api/v2/comments/",
        json.dumps(data),
        content_type="application/json",
        REMOTE_ADDR=next(_ADDRESSES),
    )
    # a token that is text but not a token is a credential refused (403), not malformed
    statuses = (201, 400, 403) if field == "token" else (201, 400)
    assert response.status_code in statuses, response.content[:300]
    if response.status_code != 201:
        assert field in response.json()["fields"]


@WITH_DB
@given(
    before=st.text(" \t\n", max_size=5),
    after=st.text(" \t\n", max_size=5),
    field=st.sampled_from(["name", "email", "affiliation", "country", "body"]),
)
def test_whitespace_around_a_valid_comment_keeps_it_valid(article, before, after, field):
    data = valid_data(article, affiliation="Psychology", country="Spain")
    if field in {"name", "affiliation", "country"}:  # single-line fields: spaces only
        before, after = before.replace("\n", " "), after.replace("\n", " ")
        before, after = before.replace("\t", " "), after.replace("\t", " ")
    data[field] = before + data[field] + after
    form = CommentForm(data)
    assert form.is_valid(), form.errors
    if field != "body":  # the body keeps its spacing as written
        assert form.cleaned_data[field] == data[field].strip()


@WITH_DB
@given(name_length=st.integers(0, 300), body_length=st.integers(0, BODY_MAX_LENGTH + 300))
def test_length_limits_hold(article, name_length, body_length):
    form = CommentForm(valid_data(article, name="n" * name_length, body="b" * body_length))
    assert form.is_valid() == (1 <= name_length <= 100 and 1 <= body_length <= BODY_MAX_LENGTH)
    if name_length > 100:
        assert "name" in form.errors
    if body_length > BODY_MAX_LENGTH:
        assert "body" in form.errors


@FAST
@given(body=TEXT, name=TEXT, website=TEXT)
def test_spam_signals_score_any_text(body, name, website):
    verdict = Verdict()
    text_signals(verdict, body, name, website)
    assert verdict.score >= 0
    assert len(verdict.reasons) <= 20
    assert isinstance(mentions_self_harm(body), bool)
