"""/search/: the reader page works without JavaScript; every state lives in the query string."""

import re

import pytest

from blog.factories import ArticlePageFactory
from tests.search.conftest import paragraph

pytestmark = pytest.mark.django_db


def html(client, **params) -> str:
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_before_any_search_offers_every_filter(client, catalogue):
    page = html(client)
    assert 'name="q"' in page
    assert 'name="category" value="ptsd"' in page
    assert 'name="type" value="lesson"' in page
    assert "<script" not in page


def test_results_with_highlights_facets_and_type_filter(client, catalogue):
    page = html(client, q="sleep")
    assert "<mark>" in page
    assert re.search(r'value="sleep"[^>]*>\s*Sleep <span class="facet-count">\(3\)</span>', page)
    assert re.search(
        r'value="article"[^>]*>\s*Articles <span class="facet-count">\(2\)</span>', page
    )
    assert 'href="/blog/insomnia-basics/"' in page
    narrowed = html(client, q="sleep", type="course")
    assert 'value="course" checked' in narrowed
    assert "insomnia-basics" not in narrowed
    assert "/courses/calm-course/" in narrowed


def test_lesson_results_link_to_the_moment_in_the_video(client, catalogue):
    page = html(client, q="exhale")
    assert 'href="/courses/calm-course/exhale-lesson/#t-135"' in page  # the turn's id="t-135"
    assert "Tom Teacher:" in page


def test_synonyms_are_shown_and_browsing_by_category_works(client, catalogue):
    assert "Also searching for:" in html(client, q="PTSD")
    page = html(client, category="trauma")
    assert "/blog/treating-ptsd/" in page
    assert 'value="trauma" checked' in page


def test_pagination_keeps_the_filters(client, catalogue):
    for n in range(12):
        ArticlePageFactory(
            parent=catalogue.site.blog, slug=f"sleep-note-{n}", categories=[catalogue.sleep],
            body=paragraph("Sleep note."),
        )  # fmt: skip
    first = html(client, q="sleep", category="sleep")
    assert "Page 1 of 2" in first
    link = re.search(r'href="\?([^"]+)" rel="next"', first).group(1).replace("&amp;", "&")
    assert sorted(link.split("&")) == ["category=sleep", "page=2", "q=sleep"]
    second = html(client, q="sleep", category="sleep", page=2)
    assert "Page 2 of 2" in second
    assert 'rel="prev"' in second


def test_nothing_found_says_so(client, catalogue):
    assert "Nothing matched" in html(client, q="xylophone")
