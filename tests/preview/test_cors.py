"""Browsers may read drafts only from the frontend that previews (and PREVIEW_ALLOWED_ORIGINS),
even where CORS_ALLOWED_ORIGINS opens the public API to more sites."""

import pytest

from cms.preview.models import PagePreview

from .conftest import FRONTEND

pytestmark = pytest.mark.django_db

PARTNER = "https://partner.example.com"
STAGING = "https://staging.example.org"
ALLOW_ORIGIN = "Access-Control-Allow-Origin"


@pytest.fixture
def params(frontend, newsroom, settings):
    settings.CORS_ALLOWED_ORIGINS = [PARTNER, FRONTEND]
    preview = PagePreview.create_for(newsroom.article)
    return {"content_type": "blog.articlepage", "token": preview.token}


def test_the_frontend_may_read_a_preview(client, params):
    response = client.get("/api/v2/preview/", params, headers={"Origin": FRONTEND})
    assert response.status_code == 200
    assert response[ALLOW_ORIGIN] == FRONTEND
    assert "Origin" in response["Vary"]


def test_an_origin_allowed_for_the_public_api_may_not_read_previews(client, params):
    preview = client.get("/api/v2/preview/", params, headers={"Origin": PARTNER})
    assert not preview.has_header(ALLOW_ORIGIN)
    public = client.get("/api/v2/articles/", headers={"Origin": PARTNER})
    assert public[ALLOW_ORIGIN] == PARTNER


def test_an_unknown_origin_may_not_read_previews(client, params):
    response = client.get("/api/v2/preview/", params, headers={"Origin": "https://evil.example"})
    assert not response.has_header(ALLOW_ORIGIN)


def test_extra_preview_origins_are_a_setting(client, params, settings):
    assert not client.get("/api/v2/preview/", params, headers={"Origin": STAGING}).has_header(
        ALLOW_ORIGIN
    )
    settings.PREVIEW_ALLOWED_ORIGINS = [STAGING + "/"]
    response = client.get("/api/v2/preview/", params, headers={"Origin": STAGING})
    assert response[ALLOW_ORIGIN] == STAGING
    assert not client.get("/api/v2/articles/", headers={"Origin": STAGING}).has_header(ALLOW_ORIGIN)


def test_refusals_carry_cors_for_the_frontend_only(client, params):
    refused = client.get("/api/v2/preview/", {"token": "x"}, headers={"Origin": FRONTEND})
    assert refused.status_code == 404
    assert refused[ALLOW_ORIGIN] == FRONTEND
    other = client.get("/api/v2/preview/", {"token": "x"}, headers={"Origin": PARTNER})
    assert not other.has_header(ALLOW_ORIGIN)


@pytest.mark.parametrize(("origin", "allowed"), [(FRONTEND, True), (PARTNER, False)])
def test_preflight(client, params, origin, allowed):
    response = client.options(
        "/api/v2/preview/",
        headers={"Origin": origin, "Access-Control-Request-Method": "GET"},
    )
    assert response.has_header(ALLOW_ORIGIN) is allowed


def test_without_a_frontend_no_origin_may_read_previews(client, params, settings):
    settings.FRONTEND_URL = ""
    response = client.get("/api/v2/preview/", params, headers={"Origin": FRONTEND})
    assert not response.has_header(ALLOW_ORIGIN)
