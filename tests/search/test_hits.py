"""Search terms are counted in batches, so a burst of searches costs one write, not one each."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query

import pytest

from search.hits import HitBuffer

pytestmark = pytest.mark.django_db


def test_a_burst_is_held_then_written_in_one_go(settings):
    settings.SEARCH_HITS_FLUSH_SECONDS = 3600
    buffer = HitBuffer()

    with CaptureQueriesContext(connection) as queries:
        for text in ["Insomnia", "insomnia ", "panic", "   "]:
            buffer.add(text)
    assert len(queries) == 0
    assert buffer.pending() == 3
    assert not Query.objects.exists()

    buffer.write()

    assert buffer.pending() == 0
    assert Query.get("insomnia").hits == 2
    assert Query.get("panic").hits == 1


def test_counts_add_to_what_is_stored(settings):
    settings.SEARCH_HITS_FLUSH_SECONDS = 0
    buffer = HitBuffer()
    buffer.add("grounding")
    buffer.add("Grounding")
    assert buffer.pending() == 0
    assert Query.get("grounding").hits == 2
