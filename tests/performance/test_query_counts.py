"""Every content-API endpoint costs a fixed number of SQL queries: the same at limit 3 and 100,
and the same on a small site and on one three times its size (with images, authors' photos,
transcripts, materials, comments and redirects, so that every relation is exercised).

Budgets are ceilings: lists at most 8, details and `route/` at most 10, with the exceptions
named (and explained) below. Counts are measured without the response cache, which would
answer a repeat with none.
"""

import pytest

from tests.performance.conftest import count_queries

pytestmark = pytest.mark.django_db

LIST_BUDGET = 8
DETAIL_BUDGET = 10

LISTS = {
    "/api/v2/articles/?limit={n}": LIST_BUDGET,
    "/api/v2/articles/?limit={n}&category={topic}": LIST_BUDGET,
    "/api/v2/articles/?limit={n}&tag=common&ordering=title": LIST_BUDGET,
    "/api/v2/categories/?limit={n}": LIST_BUDGET,
    "/api/v2/courses/?limit={n}": LIST_BUDGET,
    "/api/v2/lessons/?limit={n}": LIST_BUDGET,
    "/api/v2/lessons/?limit={n}&course={course}": LIST_BUDGET,
    "/api/v2/experts/?limit={n}": LIST_BUDGET,
    "/api/v2/comments/?limit={n}&article={article_id}": LIST_BUDGET,
    "/api/v2/redirects/?limit={n}": LIST_BUDGET,
    "/api/v2/pages/?limit={n}": LIST_BUDGET,
    "/api/v2/pages/?type=blog.CategoryPage&fields=*&limit={n}": LIST_BUDGET,
    "/api/v2/pages/?type=lessons.CoursePage&fields=*&limit={n}": LIST_BUDGET,
    "/api/v2/pages/?type=lessons.LessonPage&fields=*&limit={n}": LIST_BUDGET,
    # Every field of an article: authors, categories, tags and related picks are four
    # relations, plus the body's chosen pages and link checks.
    "/api/v2/pages/?type=blog.ArticlePage&fields=*&limit={n}": 10,
    "/api/v2/search/suggest/?q=article&limit={m}": LIST_BUDGET,
    # 9 to search and load the results; counting the term is a batched write (search/hits.py).
    "/api/v2/search/?q=article&limit={n}": 9,
}

DETAILS = {
    "/api/v2/site/": DETAIL_BUDGET,
    "/api/v2/courses/{course}/": DETAIL_BUDGET,
    "/api/v2/lessons/{lesson_id}/": DETAIL_BUDGET,
    "/api/v2/experts/{expert}/": DETAIL_BUDGET,
    "/api/v2/categories/{topic}/": DETAIL_BUDGET,
    "/api/v2/pages/{lesson_id}/": 11,
    "/api/v2/route/?path=/courses/{course}/": DETAIL_BUDGET,
    "/api/v2/route/?path=/courses/{course}/{lesson}/": 11,
    "/api/v2/route/?path=/topics/{topic}/": DETAIL_BUDGET,
    "/api/v2/route/?path=/blog/": DETAIL_BUDGET,
    "/api/v2/route/?path=/": DETAIL_BUDGET,
    "/api/v2/route/?path=/old-1": DETAIL_BUDGET,
    "/api/v2/route/?path=/experts/{expert}/": DETAIL_BUDGET,
    # An article brings its related and recent posts as full cards: the article and the cards
    # are loaded separately, each with authors, categories and tags.
    "/api/v2/articles/{article}/": 19,
    "/api/v2/pages/{article_id}/": 17,
    "/api/v2/route/?path=/blog/{article}/": 20,
}


@pytest.fixture(autouse=True)
def _no_response_cache(settings):
    settings.API_RESPONSE_CACHE = False
    settings.SEARCH_HITS_FLUSH_SECONDS = 3600  # as served: search terms are written in batches


def names(catalogue) -> dict:
    return {
        "topic": catalogue.topics[0].slug,
        "course": catalogue.courses[0].slug,
        "lesson": catalogue.lessons[0].slug,
        "lesson_id": catalogue.lessons[0].pk,
        "article": catalogue.articles[0].slug,
        "article_id": catalogue.articles[0].pk,
        "expert": catalogue.experts[0].slug,
    }


def measure(client, url: str) -> int:
    count_queries(client, url)  # the first request makes renditions and stores search terms
    return count_queries(client, url)[0]


@pytest.mark.parametrize("template", LISTS)
def test_lists_cost_the_same_at_any_page_size_and_site_size(client, catalogue, template):
    small_site = template.format(n=3, m=3, **names(catalogue))
    small = measure(client, small_site)
    catalogue.grow(articles=8, courses=2, lessons=4)
    large_site = template.format(n=100, m=20, **names(catalogue))
    large = measure(client, large_site)
    assert small == large, f"{template}: {small} queries, then {large} on a larger site"
    assert large <= LISTS[template]


@pytest.mark.parametrize("template", DETAILS)
def test_details_cost_the_same_on_any_site_size(client, catalogue, template):
    small = measure(client, template.format(**names(catalogue)))
    catalogue.grow(articles=8, courses=2, lessons=4)
    large = measure(client, template.format(**names(catalogue)))
    assert small == large, f"{template}: {small} queries, then {large} on a larger site"
    assert large <= DETAILS[template]
