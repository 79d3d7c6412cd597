"""Forgiving search: mistyped words corrected from the public vocabulary ("did you mean"),
short pages filled with partial matches, question words ignored."""

import pytest

from blog.factories import ArticlePageFactory
from search import vocabulary
from search.query import parse
from tests.search.conftest import get, paragraph, slugs

pytestmark = pytest.mark.django_db
URL = "/api/v2/search/"


def test_a_mistyped_word_is_corrected_and_said_so(client, catalogue):
    body = get(client, URL, q="insomnai")
    assert "insomnia-basics" in slugs(body)
    assert body["query"]["corrected"] == "insomnia"
    assert body["query"]["original"] == "insomnai"


def test_exact_searches_the_words_as_typed(client, catalogue):
    body = get(client, URL, q="insomnai", exact="true")
    assert body["count"] == 0
    assert body["query"]["corrected"] is None


def test_a_word_in_the_index_is_never_corrected(client, catalogue):
    ArticlePageFactory(parent=catalogue.site.blog, slug="rare", body=paragraph("insomnaic notes"))
    body = get(client, URL, q="insomnaic")
    assert body["query"]["corrected"] is None
    assert slugs(body) == ["rare"]


def test_drafts_lend_no_words_to_corrections(client, catalogue):
    draft = ArticlePageFactory(parent=catalogue.site.blog, slug="secret", title="Zymurgical")
    draft.unpublish()
    vocabulary.forget()
    body = get(client, URL, q="zymurgicak")
    assert body["count"] == 0
    assert body["query"]["corrected"] is None


def test_a_short_page_is_filled_with_partial_matches(client, catalogue):
    body = get(client, URL, q="insomnia exhale")
    assert body["results"]
    assert all(result["partial"] for result in body["results"])
    assert body["query"]["partial"] is True
    assert {"insomnia-basics", "exhale-lesson"} <= set(slugs(body))
    full = get(client, URL, q="insomnia routines")
    assert slugs(full)[0] == "insomnia-basics"
    assert not full["results"][0]["partial"]


def test_question_words_do_not_count_against_a_page():
    assert [group.typed for group in parse("how can I help a client who sleeps").groups] == [
        ("sleeps",)
    ]
    assert [group.typed for group in parse("client").groups] == [("client",)]


def test_the_reader_page_offers_the_original_words(client, catalogue):
    html = client.get("/search/", {"q": "insomnai"}).content.decode()
    assert "Showing results for" in html
    assert "exact=1" in html
    forced = client.get("/search/", {"q": "insomnai", "exact": "1"}).content.decode()
    assert "Showing results for" not in forced
