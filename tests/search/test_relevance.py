"""Relevance over the demo content: recall@5 and MRR of the labelled set in relevance_cases.

recall@5: the share of each query's expected pages found among its first five results,
averaged over queries. MRR: the mean of 1 / rank of the first expected page (0 if absent
from the first ten). Both are printed; the suite fails when recall@5 drops below 0.9.
"""

import pytest

from search.selectors import SiteSearch
from tests.search.relevance_cases import CASES
from tests.search.relevance_hard_cases import HARD_CASES

pytestmark = pytest.mark.django_db

MIN_RECALL_AT_5 = 0.9
# The misspelt, partial and question-style set: tolerated lower, but measured.
MIN_HARD_RECALL_AT_5 = 0.75


def ranked(query: str) -> list[tuple[str, str]]:
    return [
        (result.kind, result.page.slug if result.page else result.expert.slug)
        for result in SiteSearch(q=query).results(0, 10)
    ]


def test_the_labelled_queries_find_their_pages(demo, report_figure):
    assert len(CASES) >= 25
    recall = measure("search relevance", CASES, report_figure)
    assert recall >= MIN_RECALL_AT_5


def test_misspelt_partial_and_question_queries_find_their_pages(demo, report_figure):
    assert len(HARD_CASES) >= 40
    recall = measure("search relevance (hard set)", HARD_CASES, report_figure)
    assert recall >= MIN_HARD_RECALL_AT_5


def measure(name, cases, report_figure) -> float:
    """recall@5 and MRR of the cases, reported with the misses; returns recall@5."""
    recalls, reciprocal_ranks, misses = [], [], []
    for query, expected in cases:
        results = ranked(query)
        found = [page for page in expected if page in results[:5]]
        recalls.append(len(found) / len(expected))
        ranks = [results.index(page) + 1 for page in expected if page in results]
        reciprocal_ranks.append(1 / min(ranks) if ranks else 0.0)
        if len(found) < len(expected):
            misses.append((query, sorted(set(expected) - set(found)), results[:5]))
    recall = sum(recalls) / len(recalls)
    mrr = sum(reciprocal_ranks) / len(reciprocal_ranks)
    report_figure(f"{name}: {len(cases)} queries, recall@5 = {recall:.3f}, MRR = {mrr:.3f}")
    for miss in misses:
        report_figure(f"{name} missed: {miss}")
    return recall
