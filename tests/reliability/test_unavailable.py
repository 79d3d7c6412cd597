"""A dependency that is down gives a quick 503 with a JSON error, and the API recovers by itself.

The database is made unreachable for real: the request runs on a connection whose settings point
where no database is (a closed port on PostgreSQL, an unopenable file on SQLite), and the test
then puts the working connection back, as a database coming back would.
"""

import socket

from django.db import connections
from django.test import Client

import pytest

from blog.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def database_down(tmp_path):
    """Swap the default connection for one that cannot connect. Yields the function that
    brings the working one back (also called at teardown)."""
    working = connections["default"]
    settings_dict = {**working.settings_dict}
    if working.vendor == "postgresql":
        settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
    else:
        settings_dict["NAME"] = str(tmp_path / "no-such-directory" / "db.sqlite3")
    broken = working.__class__(settings_dict, alias="default")
    connections["default"] = broken

    def database_returns():
        broken.close()
        connections["default"] = working

    yield database_returns
    database_returns()


@pytest.fixture
def http():
    # A 5xx reaches the test as a response, as it reaches a frontend, not as a raised error.
    return Client(raise_request_exception=False)


@pytest.fixture
def article(site_tree):
    return ArticlePageFactory(parent=site_tree.blog, slug="grounding", title="Grounding")


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/articles/",
        "/api/v2/articles/grounding/",
        "/api/v2/route/?path=/blog/grounding/",
        "/api/v2/search/?q=grounding",
        "/api/v2/pages/",
        "/api/v2/site/",
    ],
)
def test_api_answers_503_json_while_the_database_is_down(http, article, database_down, path):
    response = http.get(path)
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert "unavailable" in response.json()["error"]
    assert response["Retry-After"] == "5"
    assert "Traceback" not in response.content.decode()


def test_a_comment_post_answers_503_json_while_the_database_is_down(http, article, database_down):
    response = http.post(
        "/api/v2/comments/",
        {"article": article.pk, "name": "A", "email": "a@example.org", "body": "Hello"},
        content_type="application/json",
    )
    assert response.status_code == 503
    assert "error" in response.json()


def test_reader_pages_answer_a_plain_503_while_the_database_is_down(http, article, database_down):
    response = http.get("/blog/grounding/")
    assert response.status_code == 503
    assert b"Back in a moment" in response.content
    assert response["Retry-After"] == "5"


def test_the_api_recovers_when_the_database_returns(http, article, database_down):
    assert http.get("/api/v2/articles/grounding/").status_code == 503
    database_down()
    response = http.get("/api/v2/articles/grounding/")
    assert response.status_code == 200
    assert response.json()["title"] == "Grounding"


def test_connect_timeout_bounds_the_wait_on_postgresql(settings):
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        assert 0 < options["connect_timeout"] <= 10
    else:
        assert "connect_timeout" not in options
