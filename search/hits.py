"""Search terms counted for editors (Reports -> Search terms, promotions), written in batches.

Counting a term is a database write. Written on every search, two workers queue on SQLite's one
write lock (the benchmark saw searches wait five seconds for it) and PostgreSQL pays a
transaction per request, for a statistic nobody reads by the second. Each process therefore
adds up its counts and writes them at most every `SEARCH_HITS_FLUSH_SECONDS` (0 writes at
once), in one transaction. Counts held by a process that dies before its next write are lost:
an acceptable price for popularity figures, and never a lost search.
"""

import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

logger = logging.getLogger(__name__)


class HitBuffer:
    """Counts per normalised term and day, waiting for their write."""

    def __init__(self):
        self._lock = threading.Lock()
        self._counts: Counter = Counter()
        self._last_write = time.monotonic()

    def add(self, text: str) -> None:
        term = normalise_query_string(text or "")
        if not term:
            return
        with self._lock:
            self._counts[(term, timezone.now().date())] += 1
            due = time.monotonic() - self._last_write >= settings.SEARCH_HITS_FLUSH_SECONDS
        if due:
            self.write()

    def pending(self) -> int:
        with self._lock:
            return sum(self._counts.values())

    def write(self) -> None:
        with self._lock:
            counts, self._counts = self._counts, Counter()
            self._last_write = time.monotonic()
        if not counts:
            return
        try:
            with transaction.atomic():
                for (term, day), hits in sorted(counts.items()):
                    query = Query.get(term)
                    daily, _ = QueryDailyHits.objects.get_or_create(query=query, date=day)
                    QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
        except DatabaseError:
            logger.warning("Could not record %d search terms", len(counts), exc_info=True)


hit_buffer = HitBuffer()


def record_search(text: str) -> None:
    """Count a reader's search; a failure to count never fails the search itself."""
    hit_buffer.add(text)
