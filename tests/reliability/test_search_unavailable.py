"""A search backend that fails makes search answer 503 JSON; everything else keeps working.

The backend is a real OpenSearch client (Wagtail's opensearch3 backend) aimed at a port where no
cluster listens, as when a cluster is down: nothing in our code is replaced."""

import socket

from django.test import Client

import pytest

from blog.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def search_cluster_down(settings):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch3",
            "URLS": [f"http://127.0.0.1:{port}"],
            "INDEX": "clinical_cms_test",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
            "INDEX_SETTINGS": {},
        }
    }


@pytest.fixture
def article(site_tree):
    return ArticlePageFactory(parent=site_tree.blog, slug="grounding", title="Grounding")


@pytest.fixture
def http():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("path", ["/api/v2/search/?q=grounding", "/api/v2/search/suggest/?q=gro"])
def test_search_answers_503_json_when_the_backend_fails(http, article, search_cluster_down, path):
    response = http.get(path)
    assert response.status_code == 503
    assert "Search is unavailable" in response.json()["error"]
    assert response["Retry-After"] == "5"


def test_the_reader_search_page_answers_503(http, article, search_cluster_down):
    response = http.get("/search/?q=grounding")
    assert response.status_code == 503
    assert b"Back in a moment" in response.content


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/articles/",
        "/api/v2/articles/grounding/",
        "/api/v2/route/?path=/blog/grounding/",
        "/api/v2/site/",
        "/blog/grounding/",
    ],
)
def test_the_rest_keeps_working_when_search_fails(http, article, search_cluster_down, path):
    assert http.get(path).status_code == 200


def test_search_works_again_once_the_backend_is_back(http, article, search_cluster_down, settings):
    assert http.get("/api/v2/search/?q=grounding").status_code == 503
    del settings.WAGTAILSEARCH_BACKENDS
    response = http.get("/api/v2/search/?q=grounding")
    assert response.status_code == 200
    assert response.json()["results"][0]["title"] == "Grounding"
