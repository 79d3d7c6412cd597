"""A preview token opens one draft, of one page type, for PREVIEW_TOKEN_MINUTES; every other
request gets the same 404 JSON, never a 500."""

import datetime
import time

from django.core import signing
from django.utils import timezone

import pytest

from cms.preview.models import TOKEN_SALT, PagePreview

pytestmark = pytest.mark.django_db

PREVIEW_API = "/api/v2/preview/"
ARTICLE = "blog.articlepage"


@pytest.fixture
def preview(frontend, newsroom):
    newsroom.article.title = "Draft title for the token tests"
    return PagePreview.create_for(newsroom.article)


def get_preview(client, params):
    response = client.get(PREVIEW_API, params)
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "private, no-store"
    return response


def assert_refused(response):
    assert response.status_code == 404, response.content
    data = response.json()
    assert data["error"]
    assert "Draft title" not in response.content.decode()


class IssuedEarlier(signing.TimestampSigner):
    """A real signer whose clock reads two hours ago, for a token issued back then."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 2 * 60 * 60)


def test_a_valid_token_opens_the_draft(client, preview):
    response = get_preview(client, {"content_type": ARTICLE, "token": preview.token})
    assert response.status_code == 200
    assert response.json()["page"]["title"] == "Draft title for the token tests"


def test_the_content_type_may_be_written_in_any_case(client, preview):
    response = get_preview(client, {"content_type": "Blog.ArticlePage", "token": preview.token})
    assert response.status_code == 200


def test_a_preview_expires_with_its_row(client, preview, settings):
    settings.PREVIEW_TOKEN_MINUTES = 60
    PagePreview.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=61))
    assert_refused(get_preview(client, {"content_type": ARTICLE, "token": preview.token}))


def test_a_month_old_preview_is_refused(client, preview):
    PagePreview.objects.update(created_at=timezone.now() - datetime.timedelta(days=30))
    assert_refused(get_preview(client, {"content_type": ARTICLE, "token": preview.token}))


def test_a_token_expires_with_its_signature(client, preview):
    token = IssuedEarlier(salt=TOKEN_SALT).sign_object({"preview": preview.pk, "type": ARTICLE})
    response = get_preview(client, {"content_type": ARTICLE, "token": token})
    assert_refused(response)
    assert "expired" in response.json()["error"]


def test_the_lifetime_is_a_setting(client, preview, settings):
    PagePreview.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=10))
    settings.PREVIEW_TOKEN_MINUTES = 5
    assert_refused(get_preview(client, {"content_type": ARTICLE, "token": preview.token}))
    settings.PREVIEW_TOKEN_MINUTES = 15
    assert get_preview(client, {"content_type": ARTICLE, "token": preview.token}).status_code == 200


def test_expired_previews_are_purged_when_a_new_one_is_made(preview, newsroom):
    PagePreview.objects.update(created_at=timezone.now() - datetime.timedelta(hours=2))
    fresh = PagePreview.create_for(newsroom.article)
    assert list(PagePreview.objects.all()) == [fresh]


def forged_tokens(preview):
    payload = {"preview": preview.pk, "type": ARTICLE}
    token = preview.token
    return {
        "tampered signature": token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        "tampered payload": signing.dumps({"preview": preview.pk + 1, "type": ARTICLE})[:20]
        + token[20:],
        "another key": signing.dumps(payload, key="not-the-secret-key", salt=TOKEN_SALT),
        "another salt": signing.dumps(payload, salt="blog.comment"),
        "no timestamp": signing.Signer(salt=TOKEN_SALT).sign_object(payload),
        "not a token": "hello",
        "only colons": "::",
        "unknown preview": signing.dumps({"preview": 999_999, "type": ARTICLE}, salt=TOKEN_SALT),
        "id as text": signing.dumps({"preview": str(preview.pk), "type": ARTICLE}, salt=TOKEN_SALT),
        "a list": signing.dumps([preview.pk, ARTICLE], salt=TOKEN_SALT),
    }


@pytest.mark.parametrize(
    "kind",
    [
        "tampered signature",
        "tampered payload",
        "another key",
        "another salt",
        "no timestamp",
        "not a token",
        "only colons",
        "unknown preview",
        "id as text",
        "a list",
    ],
)
def test_forged_tokens_are_refused(client, preview, kind):
    token = forged_tokens(preview)[kind]
    assert_refused(get_preview(client, {"content_type": ARTICLE, "token": token}))


@pytest.mark.parametrize(
    "content_type", ["blog.categorypage", "lessons.lessonpage", "cms.homepage"]
)
def test_a_token_opens_only_its_own_page_type(client, preview, content_type):
    assert_refused(get_preview(client, {"content_type": content_type, "token": preview.token}))


def test_a_token_claiming_another_type_for_the_row_is_refused(client, preview):
    token = signing.dumps({"preview": preview.pk, "type": "blog.categorypage"}, salt=TOKEN_SALT)
    assert_refused(get_preview(client, {"content_type": "blog.categorypage", "token": token}))


MALFORMED = {
    "nothing": {},
    "no token": {"content_type": ARTICLE},
    "no content type": {"token": "TOKEN"},
    "empty token": {"content_type": ARTICLE, "token": ""},
    "blank token": {"content_type": ARTICLE, "token": "   "},
    "empty content type": {"content_type": "", "token": "TOKEN"},
    "app only": {"content_type": "blog", "token": "TOKEN"},
    "three parts": {"content_type": "x.y.z", "token": "TOKEN"},
    "trailing dot": {"content_type": "blog.", "token": "TOKEN"},
    "leading dot": {"content_type": ".articlepage", "token": "TOKEN"},
    "unknown app": {"content_type": "nosuchapp.articlepage", "token": "TOKEN"},
    "unknown model": {"content_type": "blog.nosuchpage", "token": "TOKEN"},
    "not a page": {"content_type": "auth.user", "token": "TOKEN"},
    "a snippet": {"content_type": "cms.expert", "token": "TOKEN"},
    "the base page": {"content_type": "wagtailcore.page", "token": "TOKEN"},
    "unicode": {"content_type": "blög.articlepage", "token": "TOKEN"},
    "spaces": {"content_type": "blog articlepage", "token": "TOKEN"},
    "path traversal": {"content_type": "../../etc.passwd", "token": "TOKEN"},
    "NUL in content type": {"content_type": "blog.article\x00page", "token": "TOKEN"},
    "NUL in token": {"content_type": ARTICLE, "token": "TOK\x00EN"},
    "huge token": {"content_type": ARTICLE, "token": "A" * 5000},
    "unknown parameter": {"content_type": ARTICLE, "token": "TOKEN", "page": "1"},
    "pagination": {"content_type": ARTICLE, "token": "TOKEN", "limit": "abc"},
    "unknown format": {"content_type": ARTICLE, "token": "TOKEN", "format": "xml"},
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_malformed_requests_are_404_json(client, preview, case):
    params = {
        key: value.replace("TOKEN", preview.token) if key == "token" else value
        for key, value in MALFORMED[case].items()
    }
    response = client.get(PREVIEW_API, params)
    assert_refused(response)
    assert response["Cache-Control"] == "private, no-store"


def test_repeated_parameters_cannot_smuggle_a_token(client, preview):
    response = client.get(
        PREVIEW_API, {"content_type": ["blog.categorypage", ARTICLE], "token": ["x", "y"]}
    )
    assert_refused(response)


def test_other_methods_are_not_allowed(client, preview):
    response = client.post(PREVIEW_API, {"content_type": ARTICLE, "token": preview.token})
    assert response.status_code in {404, 405}
    assert "Draft title" not in response.content.decode()
