"""Every list endpoint costs the same number of queries at limit 10 and 100; details a small
constant. (Counts are deterministic; speed belongs to the benchmark.)"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.redirects.models import Redirect

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_response_cache(settings):
    """Counted: the work a request does, not a repeat the response cache answers."""
    settings.API_RESPONSE_CACHE = False


@pytest.fixture
def many(site_tree):
    topics = [CategoryPageFactory(parent=site_tree.topics) for _ in range(4)]
    children = [CategoryPageFactory(parent=topic) for topic in topics]
    experts = [ExpertFactory() for _ in range(3)]
    for n in range(30):
        ArticlePageFactory(
            parent=site_tree.blog,
            categories=[topics[n % 4], children[(n + 1) % 4]],
            authors=experts[: 1 + n % 3],
            tags=[f"tag-{n % 5}", "common"],
        )
    for n in range(15):
        Redirect.objects.create(old_path=f"/old-{n}", redirect_page=site_tree.blog)
    return site_tree


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/articles/?limit={n}",
        "/api/v2/articles/?limit={n}&category=topic-0",
        "/api/v2/articles/?limit={n}&tag=common&ordering=title",
        "/api/v2/categories/?limit={n}",
        "/api/v2/redirects/?limit={n}",
        "/api/v2/pages/?type=blog.ArticlePage&fields=*&limit={n}",
        "/api/v2/pages/?limit={n}",
    ],
)
def test_list_queries_do_not_grow_with_page_size(client, many, url):
    slug = many.topics.get_children().first().slug
    url = url.replace("topic-0", slug)
    count(client, url.format(n=1))  # warm per-process caches (content types, site roots)
    small = count(client, url.format(n=3))
    large = count(client, url.format(n=100))
    assert small == large, f"{url}: {small} queries at limit 3, {large} at limit 100"
    assert large <= (10 if "fields=*" in url else 8)


def test_article_detail_is_a_small_constant(client, many):
    slug = many.blog.get_children().first().slug
    count(client, f"/api/v2/articles/{slug}/")
    assert count(client, f"/api/v2/articles/{slug}/") <= 18
