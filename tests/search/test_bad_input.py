"""Hostile and odd input to the search endpoints and page: a 200 with sensible results or a
400 JSON error, never a 500, on SQLite and PostgreSQL alike. Nothing a reader types reaches
FTS5 or tsquery as syntax (search.query)."""

from wagtail.models import Page

import pytest

from tests.search.conftest import get

pytestmark = pytest.mark.django_db

QUERIES = [
    "",
    "   ",
    "\t\n",
    "x" * 1000,
    "sleep " * 166,
    "a" * 300,
    "café naïve señor",
    "😀",
    "😀 sleep 🛌",
    "日本語のテキスト",
    "Ωμέγα",
    '"',
    '"sleep',
    "'",
    "''",
    '"post traumatic"',
    "*",
    "sle*",
    "**",
    "-",
    "-sleep",
    "--",
    "sleep -insomnia",
    "AND",
    "OR",
    "NOT",
    "sleep AND insomnia",
    "sleep OR",
    "NOT sleep",
    "(",
    ")",
    "((sleep",
    "sleep)",
    "{title}: sleep",
    "title:sleep",
    "NEAR(sleep insomnia)",
    "sleep:*",
    "'sleep':* & !rest",
    "sleep <-> rest",
    "|",
    "&",
    "!",
    "\\",
    "\\\\'",
    "^sleep",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "sleep' UNION SELECT password FROM auth_user --",
    "%",
    "_",
    "%' --",
    "0",
    "1e309",
    "../../etc/passwd",
    "<script>alert(1)</script>",
]

API = "/api/v2/search/"
SUGGEST = "/api/v2/search/suggest/"


@pytest.mark.parametrize("query", QUERIES)
def test_odd_queries_are_answered(client, catalogue, query):
    pages = Page.objects.count()
    body = get(client, API, q=query)
    assert isinstance(body["results"], list)
    assert all("<script>" not in result["snippet"] for result in body["results"])
    assert isinstance(get(client, API, q=query, category="sleep")["results"], list)
    assert isinstance(get(client, SUGGEST, q=query)["results"], list)
    page = client.get("/search/", {"q": query})
    assert page.status_code == 200
    assert b"<script>alert" not in page.content
    assert Page.objects.count() == pages


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 1001},
        {"q": "sleep\x00"},
        {"category": "bad slug!"},
        {"type": "page"},
        {"tag": "t" * 101},
        {"q": "sleep", "fields": "title"},
        {"q": "sleep", "limit": "1e3"},
        {"q": "sleep", "offset": str(2**64)},
    ],
)
def test_bad_parameters_are_400_json(client, catalogue, params):
    body = get(client, API, status=400, **params)
    assert body["error"]


@pytest.mark.parametrize("params", [{"category": "no-such-topic"}, {"author": "nobody"}])
def test_a_filter_naming_what_is_not_there_is_404_json(client, catalogue, params):
    assert get(client, API, status=404, **params)["error"].startswith("Unknown")


@pytest.mark.parametrize(
    "params",
    [{"q": "x" * 1001}, {"q": "a", "limit": 0}, {"q": "a", "limit": 21}, {"q": "a", "offset": 1}],
)
def test_bad_suggest_parameters_are_400_json(client, catalogue, params):
    assert get(client, SUGGEST, status=400, **params)["error"]


def test_the_reader_page_explains_an_unknown_category(client, catalogue):
    response = client.get("/search/", {"q": "sleep", "category": "no-such-topic"})
    assert response.status_code == 400
    assert b"Unknown category: no-such-topic." in response.content


@pytest.mark.parametrize(
    "params",
    [
        {"q": "sleep\x00"},
        {"q": "\x00"},
        {"q": "İ" * 255},
        {"q": "sleep", "category": "\x00"},
        {"q": "sleep", "type": "\x00"},
        {"q": "sleep", "page": "\x00"},
        {"q": "sleep", "page": "999999999999999999999"},
    ],
)
def test_the_reader_page_never_fails(client, catalogue, params):
    assert client.get("/search/", params).status_code in (200, 400)
