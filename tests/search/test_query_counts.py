"""A search costs the same number of SQL queries whatever the number of results, the page size
and the mix of result types: ranking, counting and paginating happen inside one statement."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory
from tests.search.conftest import paragraph, turn

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_response_cache(settings):
    """Counted: the work a search does, not a repeat the response cache answers."""
    settings.API_RESPONSE_CACHE = False


# About 9 to search and load the results, plus 5 to count the search term (a write).
MAX_QUERIES = 16


@pytest.fixture(scope="module")
def built_site(module_site_tree):
    """Forty articles, three courses of four lessons: built once for the module, which only
    reads it (tests/conftest.py, `module_db`)."""
    site_tree = module_site_tree
    topics = [CategoryPageFactory(parent=site_tree.topics, synonyms="calm") for _ in range(3)]
    experts = [ExpertFactory(bio="Writes about calm breathing.") for _ in range(3)]
    for n in range(40):
        ArticlePageFactory(
            parent=site_tree.blog,
            categories=[topics[n % 3]],
            authors=experts[: 1 + n % 3],
            tags=["breathing"],
            body=paragraph(f"Calm breathing, variation {n}."),
        )
    for n in range(3):
        course = CoursePageFactory(parent=site_tree.courses, summary="Calm breathing course.")
        course.categories.set([topics[n]])
        course.save()
        for _ in range(4):
            LessonPageFactory(
                parent=course, transcript=[turn("Calm breathing now.", "1:00", experts[n])]
            )
    return site_tree


@pytest.fixture
def many(built_site, db):
    return built_site


def count(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(queries)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/search/?q=calm+breathing&limit={n}",
        "/api/v2/search/?q=breathing&type=lesson&type=article&limit={n}",
        "/api/v2/search/?q=calm&category={topic}&limit={n}",
        "/api/v2/search/?category={topic}&limit={n}",
        "/api/v2/search/?q=breathing&tag=breathing&limit={n}",
        "/api/v2/search/suggest/?q=article&limit={m}",
    ],
)
def test_queries_do_not_grow_with_results(client, many, url):
    topic = many.topics.get_children().first().slug
    url = url.replace("{topic}", topic)
    count(client, url.format(n=1, m=1))  # warm per-process caches (content types, site roots)
    small = count(client, url.format(n=1, m=1))
    large = count(client, url.format(n=60, m=20))
    assert small == large, f"{url}: {small} queries for one result, {large} for many"
    assert large <= MAX_QUERIES


def test_the_reader_page_costs_the_same_for_one_result_or_a_full_page(client, many):
    count(client, "/search/?q=variation+7")
    count(client, "/search/?q=calm+breathing")  # the first search of a term also stores it
    one = count(client, "/search/?q=variation+7")
    full = count(client, "/search/?q=calm+breathing")
    assert one == full
