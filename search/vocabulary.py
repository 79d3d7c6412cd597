"""The words readers can find, and corrections for the ones they mistype.

The vocabulary is every word of the index entries of live, public pages (cms.selectors.visible
with the anonymous reader's rule) and of experts, with the number of entries holding it. It is
built in two queries the first time a search needs it and then kept in the process, so a search
costs no query for it: any save or deletion of a page, an expert or a view restriction, and any
publication or unpublication in this process, drops it; other processes rebuild it within
MAX_AGE seconds. A stale word can do no harm: a correction is only reported when the corrected
query finds visible results (search.selectors), and the results are always filtered by the
visibility rule.

Corrections use the optimal string alignment distance (a swap of two neighbouring letters is
one edit), computed by rapidfuzz over the whole vocabulary in C: one edit for words of four or
five letters, two from six letters on. Among the nearest words the most common one wins.
"""

import threading
import time
from bisect import bisect_left
from collections import Counter

from django.db.models import CharField
from django.db.models.functions import Cast
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.search.models import IndexEntry
from wagtail.signals import page_published, page_unpublished

from rapidfuzz import process
from rapidfuzz.distance import OSA

from cms.models import Expert
from cms.selectors import hidden_q, visible
from search.query import MIN_STEM_LENGTH, stem, words

MAX_AGE = 300.0
MAX_CORRECTIONS = 3  # alternatives a mistyped word is matched by
TEXT_FIELDS = ("title", "body", "autocomplete", "title_text", "body_text")


class Vocabulary:
    def __init__(self, counts: Counter):
        self.counts = counts
        self.terms = sorted(counts)

    def knows(self, word: str) -> bool:
        """Whether the index holds the word, or a word the engines would match it with (its
        light stem as a prefix): such a word is never "corrected"."""
        if word in self.counts or len(word) < MIN_STEM_LENGTH or word.isdigit():
            return True
        prefix = stem(word)
        position = bisect_left(self.terms, prefix)
        return position < len(self.terms) and self.terms[position].startswith(prefix)

    def corrections(self, word: str) -> list[str]:
        """The nearest known words, most common first; none for a known word."""
        if self.knows(word) or not self.terms:
            return []
        allowed = 1 if len(word) < 6 else 2
        found = process.extract(
            word, self.terms, scorer=OSA.distance, score_cutoff=allowed, limit=50
        )
        found.sort(key=lambda match: (match[1], -self.counts[match[0]], match[0]))
        nearest = [term for term, distance, _ in found if distance == found[0][1]]
        return nearest[:MAX_CORRECTIONS]


_lock = threading.Lock()
_state: dict = {"vocabulary": None, "built": 0.0}


def _build() -> Vocabulary:
    page_ids = visible(Page.objects.all(), hidden_q()).annotate(sid=Cast("pk", CharField()))
    page_types = Page.objects.values("content_type_id").distinct()
    fields = [f.name for f in IndexEntry._meta.fields if f.name in TEXT_FIELDS]
    entries = IndexEntry.objects.filter(
        content_type_id__in=page_types, object_id__in=page_ids.values("sid")
    ).values_list(*fields)
    counts: Counter = Counter()
    for texts in entries:
        counts.update(set(words(" ".join(text or "" for text in texts))))
    for expert in Expert.objects.values_list("name", "title", "bio"):
        counts.update(set(words(" ".join(text or "" for text in expert))))
    return Vocabulary(counts)


def vocabulary() -> Vocabulary:
    """The process's vocabulary, rebuilt when dropped or older than MAX_AGE."""
    with _lock:
        current = _state["vocabulary"]
        if current is None or time.monotonic() - _state["built"] > MAX_AGE:
            current = _build()
            _state.update(vocabulary=current, built=time.monotonic())
        return current


def forget(**kwargs) -> None:
    _state["vocabulary"] = None


def _changed(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, (Page, Expert, PageViewRestriction)):
        forget()


def connect() -> None:
    post_save.connect(_changed, dispatch_uid="search-vocabulary-save")
    post_delete.connect(_changed, dispatch_uid="search-vocabulary-delete")
    page_published.connect(forget, dispatch_uid="search-vocabulary-published")
    page_unpublished.connect(forget, dispatch_uid="search-vocabulary-unpublished")
