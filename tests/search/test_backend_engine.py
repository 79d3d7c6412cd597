"""The scale-out path (Elasticsearch/OpenSearch): BackendEngine drives any Wagtail backend
through Wagtail's public search API only. No search engine runs here, so it is exercised with
Wagtail's database backend, which implements the same API: results, facets, filters,
promotions and suggestions must behave like the SQL engines'."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.backends import get_search_backend

import pytest

from search import selectors
from search.engines import get_engine
from search.engines.backend import BackendEngine
from tests.search.conftest import get, slugs

pytestmark = pytest.mark.django_db

URL = "/api/v2/search/"


@pytest.fixture
def backend_engine(monkeypatch):
    monkeypatch.setattr(selectors, "get_engine", lambda: BackendEngine(get_search_backend()))


def test_the_database_backend_gets_the_sql_engine():
    assert not isinstance(get_engine(), BackendEngine)


def test_other_backends_get_the_backend_engine():
    class Elasticsearch9SearchBackend:  # stands in for any non-database backend
        pass

    assert isinstance(get_engine(Elasticsearch9SearchBackend()), BackendEngine)


def test_search_facets_and_filters(client, catalogue, backend_engine):
    body = get(client, URL, q="insomnia")
    assert slugs(body)[0] == "insomnia-basics"
    assert "<mark>insomnia</mark>" in body["results"][0]["snippet"]
    types = {f["type"]: f["count"] for f in body["facets"]["types"]}
    assert types["article"] == 1
    assert body["count"] == sum(types.values())
    assert "living-with-post-traumatic-stress" in slugs(get(client, URL, q="PTSD"))
    assert slugs(get(client, URL, category="trauma")) == ["treating-ptsd"]
    assert {f["slug"]: f["count"] for f in get(client, URL, q="PTSD")["facets"]["categories"]}[
        "ptsd"
    ] == 1
    assert set(slugs(get(client, URL, q="sleep", type="article"))) <= {
        "insomnia-basics",
        "living-with-post-traumatic-stress",
    }
    assert "tom-teacher" in slugs(get(client, URL, q="Teacher", type="expert"))


def test_promotions_and_pagination(client, catalogue, backend_engine):
    SearchPromotion.objects.create(query=Query.get("sleep"), page=catalogue.ptsd_article)
    first = get(client, URL, q="sleep", limit=1)
    assert slugs(first) == ["treating-ptsd"]
    assert first["results"][0]["promoted"] is True
    second = get(client, URL, q="sleep", limit=1, offset=1)
    assert slugs(second) != ["treating-ptsd"]


def test_suggestions(client, catalogue, backend_engine):
    titles = [item["title"] for item in get(client, "/api/v2/search/suggest/", q="ins")["results"]]
    assert "Insomnia basics" in titles
