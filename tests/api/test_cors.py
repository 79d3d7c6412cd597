"""Browsers: a frontend's JavaScript may send the request headers the API documents and read
the response headers it documents, and `OPTIONS` answers on every endpoint.

Before: the preflight for `POST comments/` refused `Idempotency-Key` (so a browser could not
retry a comment safely), no response header was exposed (`ETag`, `Idempotent-Replayed`,
`Retry-After` were unreadable from JavaScript), and `OPTIONS comments/` was a 500.
"""

from django.urls import URLPattern, URLResolver
from django.utils.regex_helper import normalize

import pytest

from cms import api

pytestmark = pytest.mark.django_db

API = "/api/v2/"
ORIGIN = "https://www.example.org"


@pytest.fixture
def cors(settings):
    settings.CORS_ALLOWED_ORIGINS = [ORIGIN]


def header_names(value: str) -> set[str]:
    return {name.strip().lower() for name in value.split(",") if name.strip()}


def preflight(client, url, method, headers):
    return client.options(
        url,
        headers={
            "origin": ORIGIN,
            "access-control-request-method": method,
            "access-control-request-headers": headers,
        },
    )


def test_a_browser_may_post_a_comment_with_an_idempotency_key(client, site_tree, cors):
    response = preflight(client, API + "comments/", "POST", "content-type, idempotency-key")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    allowed = header_names(response["Access-Control-Allow-Headers"])
    assert {"content-type", "idempotency-key"} <= allowed


def test_a_browser_may_revalidate_with_conditional_headers(client, site_tree, cors):
    response = preflight(client, API + "articles/", "GET", "if-none-match, if-modified-since")
    allowed = header_names(response["Access-Control-Allow-Headers"])
    assert {"if-none-match", "if-modified-since"} <= allowed


def test_javascript_may_read_the_documented_response_headers(client, site_tree, cors):
    response = client.get(API + "articles/", headers={"origin": ORIGIN})
    assert response.status_code == 200
    exposed = header_names(response["Access-Control-Expose-Headers"])
    assert {"etag", "idempotent-replayed", "retry-after"} <= exposed


def test_other_origins_are_still_refused(client, site_tree, cors):
    response = preflight(client, API + "comments/", "POST", "idempotency-key")
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    refused = client.options(
        API + "comments/",
        headers={"origin": "https://evil.example.com", "access-control-request-method": "POST"},
    )
    assert "Access-Control-Allow-Origin" not in refused


def api_paths(patterns, prefix=""):
    """A concrete path for every route of the API router, each parameter given as "1"."""
    for entry in patterns:
        template, params = normalize(entry.pattern.regex.pattern)[0]
        part = template % dict.fromkeys(params, "1")
        if isinstance(entry, URLResolver):
            yield from api_paths(entry.url_patterns, prefix + part)
        elif isinstance(entry, URLPattern):
            yield prefix + part


ROUTES = sorted(set(api_paths(api.urlpatterns)))


def test_the_walk_finds_the_routes():
    assert {"comments/", "experts/1/", "pages/1/", "pages/find/", "route/"} <= set(ROUTES)


@pytest.mark.parametrize("path", ROUTES)
def test_options_answers_on_every_endpoint(client, site_tree, path):
    client.raise_request_exception = False
    response = client.options(API + path)
    assert response.status_code < 500, (path, response.status_code, response.content[:300])
