"""Search results as readers and frontends see them: a page of hits loaded with titles, paths,
categories and snippets in the same five queries at any page size, and a lazily evaluated
window that Django's and DRF's paginators can count and slice."""

import datetime
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wagtail.models import Page

from blog.models import ArticlePage, CategoryPage
from cms.models import Expert
from lessons.models import CoursePage, LessonPage
from search import snippets

if TYPE_CHECKING:
    from search.selectors import SiteSearch

_ArticleCategory = ArticlePage.categories.through
_CourseCategory = CoursePage.categories.through


@dataclass
class SearchResult:
    kind: str
    title: str
    page: Page | None = None
    expert: Expert | None = None
    snippet: str = ""
    categories: list = field(default_factory=list)
    date: datetime.date | None = None
    promoted: bool = False
    start_seconds: int | None = None
    speaker: str = ""
    course: Page | None = None
    partial: bool = False  # matches some of the reader's words, not all


class ResultWindow:
    """A search as a lazily evaluated sequence, for DRF's and Django's paginators: count() and
    the slice are both answered by the one statement SiteSearch.prepare() ran for the window
    about to be shown (another window costs another statement)."""

    def __init__(self, search: "SiteSearch"):
        self.search = search

    def count(self) -> int:
        return self.search.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice) or key.step not in (None, 1):
            raise TypeError("Search results are read in slices.")
        start = key.start or 0
        stop = self.count() if key.stop is None else key.stop
        return self.search.results(start, max(0, stop - start)) if stop > start else []


class ResultLoader:
    """Hits -> results: titles, paths, categories, snippets. Five queries at any page size."""

    def __init__(self, search: "SiteSearch"):
        self.search = search
        self.pattern = search.query.highlighter()
        self.categories = {category.pk: category for category in search.category_list}

    def load(self, hits) -> list[SearchResult]:
        page_ids = [hit.id for hit in hits if hit.kind != "expert"]
        # Empty id lists still query (`or [0]`): the cost of a search never depends on its hits.
        pages = Page.objects.filter(pk__in=page_ids or [0]).in_bulk()
        lesson_ids = [hit.id for hit in hits if hit.kind == "lesson"]
        parent_paths = {pages[pk].path[: -Page.steplen] for pk in lesson_ids if pk in pages}
        courses = {page.path: page for page in Page.objects.filter(path__in=parent_paths or [""])}
        categories = self._categories(page_ids, [course.pk for course in courses.values()])
        turns = {
            pk: snippets.transcript_turns(transcript.raw_data)
            for pk, transcript in LessonPage.objects.filter(pk__in=lesson_ids or [0]).values_list(
                "pk", "transcript"
            )
        }
        speaker_ids = {turn["expert_id"] for lesson in turns.values() for turn in lesson}
        expert_ids = {hit.id for hit in hits if hit.kind == "expert"} | speaker_ids
        experts = Expert.objects.filter(pk__in=[pk for pk in expert_ids if pk] or [0]).in_bulk()
        names = {pk: expert.name for pk, expert in experts.items()}

        results = []
        for hit in hits:
            if hit.kind == "expert":
                if hit.id in experts:
                    results.append(self._expert(hit, experts[hit.id]))
                continue
            page = pages.get(hit.id)
            if page is None:
                continue
            course = courses.get(page.path[: -Page.steplen]) if hit.kind == "lesson" else None
            result = SearchResult(
                kind=hit.kind,
                title=page.title,
                page=page,
                snippet=snippets.highlight(hit.body_text, self.pattern),
                categories=categories.get(course.pk if course else page.pk, []),
                date=_as_date(hit.date),
                promoted=hit.promoted,
                course=course,
                partial=hit.partial,
            )
            turn = snippets.best_turn(turns.get(page.pk, []), self.pattern, names)
            if turn is not None:
                result.snippet, result.speaker = turn.snippet, turn.speaker
                result.start_seconds = turn.start_seconds
            results.append(result)
        return results

    def _expert(self, hit, expert: Expert) -> SearchResult:
        return SearchResult(
            kind="expert",
            title=expert.display_name,
            expert=expert,
            snippet=snippets.highlight(hit.body_text or expert.bio, self.pattern),
            promoted=hit.promoted,
            partial=hit.partial,
        )

    def _categories(self, page_ids, course_ids) -> dict[int, list[CategoryPage]]:
        article_links = _ArticleCategory.objects.filter(
            articlepage_id__in=page_ids or [0]
        ).values_list("articlepage_id", "categorypage_id")
        course_links = _CourseCategory.objects.filter(
            coursepage_id__in=[*page_ids, *course_ids] or [0]
        ).values_list("coursepage_id", "categorypage_id")
        links = article_links.union(course_links, all=True)
        by_page: dict[int, list[CategoryPage]] = {}
        for page_id, category_id in links:
            if category_id in self.categories:
                by_page.setdefault(page_id, []).append(self.categories[category_id])
        for categories in by_page.values():
            categories.sort(key=lambda category: category.path)
        return by_page


def _as_date(value) -> datetime.date | None:
    return value.date() if isinstance(value, datetime.datetime) else value
