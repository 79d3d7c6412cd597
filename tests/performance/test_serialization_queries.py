"""Selectors load, serializers translate: while any endpoint's serializers run, not one query.

Each response's queries all happen in its selector (cms.loading, the page types' loaders), so
a serializer, a field or a block can never turn into a query per item. The counter wraps DRF's
`.data` (which every serializer, Wagtail's too, goes through) and counts what runs inside the
outermost call.
"""

from contextlib import contextmanager

from django.db import connection

import pytest
from rest_framework import serializers

from cms.preview.models import PagePreview
from tests.performance.test_query_counts import DETAILS, LISTS, names

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_response_cache(settings):
    settings.API_RESPONSE_CACHE = False
    settings.SEARCH_HITS_FLUSH_SECONDS = 3600


@contextmanager
def queries_while_serializing(monkeypatch):
    """Yields the list of SQL statements run inside serializers' `.data`."""
    original = serializers.BaseSerializer.data
    depth = [0]
    seen: list[str] = []

    def record(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    def counted(self):
        if depth[0]:
            return original.fget(self)
        depth[0] += 1
        try:
            with connection.execute_wrapper(record):
                return original.fget(self)
        finally:
            depth[0] -= 1

    monkeypatch.setattr(serializers.BaseSerializer, "data", property(counted))
    yield seen


def test_the_counter_sees_a_serializer_that_queries(monkeypatch, catalogue):
    class Querying(serializers.Serializer):
        title = serializers.SerializerMethodField()

        def get_title(self, page):
            return type(page).objects.get(pk=page.pk).title

    with queries_while_serializing(monkeypatch) as seen:
        assert Querying(catalogue.articles[0]).data["title"] == catalogue.articles[0].title
    assert len(seen) == 1


@pytest.mark.parametrize("template", [*LISTS, *DETAILS])
def test_no_endpoint_queries_while_serializing(client, catalogue, monkeypatch, template):
    url = template.format(n=20, m=10, **names(catalogue))
    client.get(url)  # the first request makes renditions and stores search terms
    with queries_while_serializing(monkeypatch) as seen:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    assert seen == [], f"{url}: {len(seen)} queries inside serializers"


@pytest.mark.parametrize("which", ["articles", "courses", "lessons", "topics"])
def test_a_preview_queries_only_in_its_loader(client, catalogue, monkeypatch, settings, which):
    settings.FRONTEND_URL = "https://frontend.example"
    page = getattr(catalogue, which)[0]
    draft = page.get_latest_revision_as_object()
    draft.title = f"{draft.title}, in draft"
    preview = PagePreview.create_for(draft)
    params = {"content_type": preview.content_type_label, "token": preview.token}
    client.get("/api/v2/preview/", params)  # per-process caches (site root paths, renditions)
    with queries_while_serializing(monkeypatch) as seen:
        response = client.get("/api/v2/preview/", params)
    assert response.status_code == 200, response.content[:300]
    assert response.json()["page"]["title"] == draft.title
    assert seen == [], "\n".join(seen)
