"""Relevance over the demo content: recall@5 and MRR of the labelled set in relevance_cases.

recall@5: the share of each query's expected pages found among its first five results,
averaged over queries. MRR: the mean of 1 / rank of the first expected page (0 if absent
from the first ten). Both are printed; the suite fails when recall@5 drops below 0.9.
"""

import pytest

from search.selectors import SiteSearch
from tests.search.relevance_cases import CASES

pytestmark = pytest.mark.django_db

MIN_RECALL_AT_5 = 0.9


def ranked(query: str) -> list[tuple[str, str]]:
    return [
        (result.kind, result.page.slug if result.page else result.expert.slug)
        for result in SiteSearch(q=query).results(0, 10)
    ]


def test_the_labelled_queries_find_their_pages(demo, report_figure):
    assert len(CASES) >= 25
    recalls, reciprocal_ranks, misses = [], [], []
    for query, expected in CASES:
        results = ranked(query)
        found = [page for page in expected if page in results[:5]]
        recalls.append(len(found) / len(expected))
        ranks = [results.index(page) + 1 for page in expected if page in results]
        reciprocal_ranks.append(1 / min(ranks) if ranks else 0.0)
        if len(found) < len(expected):
            misses.append((query, sorted(set(expected) - set(found)), results[:5]))
    recall = sum(recalls) / len(recalls)
    mrr = sum(reciprocal_ranks) / len(reciprocal_ranks)
    report_figure(
        f"search relevance: {len(CASES)} queries, recall@5 = {recall:.3f}, MRR = {mrr:.3f}"
    )
    for miss in misses:
        report_figure(f"search relevance missed: {miss}")
    assert recall >= MIN_RECALL_AT_5, misses
