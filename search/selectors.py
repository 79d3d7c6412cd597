"""Site search: what readers can find, how filters narrow it and what each result carries.

`SiteSearch` validates the filters, parses the words (with category synonyms), and hands one
plan to the engine (search.engines), which ranks and paginates it inside the database or the
search engine. Only visible pages (cms.selectors.visible) ever enter the plan. Loading the
results for a page of hits then costs the same five queries at any limit.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.functions import Length, Substr

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from blog.models import ArticleAuthor, ArticlePage, ArticleTag, CategoryPage
from blog.selectors import known_tags
from cms.models import Expert
from cms.selectors import hidden_q, visible
from lessons.models import CourseInstructor, CoursePage, LessonPage
from search import spelling
from search.engines import Facets, Hit, SearchPlan, get_engine
from search.query import SynonymIndex, parse, words
from search.results import ResultLoader, SearchResult
from search.vocabulary import vocabulary

PAGE_KINDS = {"article": ArticlePage, "lesson": LessonPage, "course": CoursePage}
KINDS = (*PAGE_KINDS, "expert")
MAX_SUGGEST_WORDS = 6

_ArticleCategory = ArticlePage.categories.through
_CourseCategory = CoursePage.categories.through


class UnknownFilter(ValueError):
    def __init__(self, name: str, values):
        self.name, self.values = name, sorted(values)
        super().__init__(f"Unknown {name}: {', '.join(self.values)}.")


def content_types() -> dict[str, int]:
    """Content type ids by kind (cached by Django after the first request)."""
    models = {**PAGE_KINDS, "category": CategoryPage, "expert": Expert}
    by_model = ContentType.objects.get_for_models(*models.values())
    return {kind: by_model[model].pk for kind, model in models.items()}


class SiteSearch:
    """One reader's search: its validated filters, parsed words and the plan the engine runs.
    Raises UnknownFilter for a slug, type or tag that does not exist (or is hidden)."""

    def __init__(
        self, q="", categories=(), types=(), tags=(), authors=(), hidden=None, exact=False
    ):
        self.hidden = hidden_q() if hidden is None else hidden
        self.engine = get_engine()
        self.content_types = content_types()
        self.category_list = list(visible(CategoryPage.objects.order_by("path"), self.hidden))
        by_slug = {category.slug: category for category in self.category_list}
        if set(categories) - set(by_slug):
            raise UnknownFilter("category", set(categories) - set(by_slug))
        self.categories = [by_slug[slug] for slug in dict.fromkeys(categories)]
        if set(types) - set(KINDS):
            raise UnknownFilter("type", set(types) - set(KINDS))
        self.types = list(dict.fromkeys(types))
        self.tags = sorted({tag.lower() for tag in tags})
        unknown = set(self.tags) - known_tags(self.tags, self.hidden) if self.tags else set()
        if unknown:
            raise UnknownFilter("tag", unknown)
        self.authors = list(Expert.objects.filter(slug__in=authors)) if authors else []
        if set(authors) - {expert.slug for expert in self.authors}:
            raise UnknownFilter("author", set(authors) - {expert.slug for expert in self.authors})
        self.query = parse(q, SynonymIndex(self.category_list))
        if self.query and not exact:
            # Mistyped words (unknown to the index) replaced by their nearest known words.
            self.query = spelling.correct(self.query, vocabulary())
        # Several words: match any of them, so that a short first page is filled with pages
        # matching most of them (flagged partial), in the same statement.
        self.query.relaxed = len(self.query.groups) > 1
        # The last window the engine ranked, (offset, limit, hits), and the facets it counted.
        self._window: tuple[int, int, list[Hit]] | None = None
        self._facets: Facets | None = None
        self.plan = SearchPlan(
            query=self.query,
            content_types=self.content_types,
            kinds=self.types or list(KINDS),
            pages=self._pages(),
            in_category=self._in_category(),
            types=self.types,
            experts=not (self.tags or self.authors),
            promoted=promoted_pages(q) if self.query else [],
            tag_slugs=sorted(self.query.slugs),
            category_paths={category.pk: category.path for category in self.category_list},
        )

    @property
    def active(self) -> bool:
        """A search runs when there are words, or filters to browse by."""
        return bool(self.query or self.categories or self.types or self.tags or self.authors)

    def prepare(self, offset: int, limit: int) -> None:
        """Run the search for the window the caller is about to show: one statement answers
        the window and the facets (hence the count) together."""
        if self.active and self._window is None:
            hits, self._facets = self.engine.run(self.plan, offset, limit)
            self._window = (offset, limit, hits)

    @property
    def facets(self) -> Facets:
        if not self.active:
            return Facets()
        if self._facets is None:  # nothing ran yet: an empty window gives the facets alone
            hits, self._facets = self.engine.run(self.plan, 0, 0)
            self._window = (0, 0, hits)
        return self._facets

    def count(self) -> int:
        """Pages matching every word, plus the partial matches filling the first page."""
        matches = sum(self.facets.types.get(kind, 0) for kind in self.plan.kinds)
        return matches + self.partial_count

    @property
    def partial_count(self) -> int:
        window = self._window
        if window is None or window[0] != 0:
            return 0
        return sum(1 for hit in window[2] if hit.partial)

    @property
    def corrected(self) -> str | None:
        """The corrected text, once the search ran and found something visible with it."""
        if not self.query.corrected or self._window is None or not self._window[2]:
            return None
        return self.query.corrected

    def category_facets(self) -> list[dict]:
        """Visible categories in tree order with their counts (themselves and subcategories):
        those with matches, and any selected."""
        by_path = {category.path: category for category in self.category_list}
        rows = []
        for category in self.category_list:
            # Before any search, every category is offered (without a count) to browse by.
            count = self.facets.categories.get(category.path, 0) if self.active else None
            selected = category in self.categories
            if count or selected or not self.active:
                parent = by_path.get(category.path[: -Page.steplen])
                rows.append(
                    {
                        "slug": category.slug,
                        "title": category.title,
                        "parent": parent.slug if parent else None,
                        "count": count,
                        "selected": selected,
                        "level": sum(1 for path in by_path if category.path.startswith(path)) - 1,
                    }
                )
        return rows

    def type_facets(self) -> list[dict]:
        return [
            {"type": kind, "count": self.facets.types.get(kind, 0), "selected": kind in self.types}
            for kind in KINDS
        ]

    def results(self, offset: int, limit: int) -> list[SearchResult]:
        if not self.active:
            return []
        if self._window is not None and _within(self._window, offset, limit):
            start = offset - self._window[0]
            hits = self._window[2][start : start + limit]
        else:
            hits, self._facets = self.engine.run(self.plan, offset, limit)
        return ResultLoader(self).load(hits)

    # The plan's universe: visible, filtered pages and experts --------------------------------

    def _pages(self):
        cts = self.content_types
        pages = _with_parent_path(
            visible(
                Page.objects.filter(content_type_id__in=[cts[kind] for kind in PAGE_KINDS]),
                self.hidden,
            )
        )
        for tag in self.tags:
            tagged = ArticleTag.objects.filter(tag__name__iexact=tag).values("content_object_id")
            pages = pages.filter(pk__in=tagged)
        if self.authors:
            pages = pages.filter(
                _related_q(
                    ArticleAuthor.objects.filter(expert__in=self.authors).values("page_id"),
                    CourseInstructor.objects.filter(expert__in=self.authors).values("page_id"),
                )
            )
        return pages

    def _in_category(self):
        if not self.categories:
            return None
        paths = Q()
        for category in self.categories:
            paths |= Q(categorypage__path__startswith=category.path)
        filed = _related_q(
            _ArticleCategory.objects.filter(paths).values("articlepage_id"),
            _CourseCategory.objects.filter(paths).values("coursepage_id"),
        )
        return _with_parent_path(Page.objects.all()).filter(filed)


def _within(window, offset: int, limit: int) -> bool:
    """Whether a window already fetched covers these rows (paginators trim the last page)."""
    start, size, _ = window
    return start <= offset and offset + limit <= start + size


def _with_parent_path(pages):
    return pages.annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))


def _related_q(article_ids, course_ids) -> Q:
    """Articles in `article_ids`, courses in `course_ids`, and those courses' lessons."""
    course_paths = Page.objects.filter(pk__in=course_ids).values("path")
    return Q(pk__in=article_ids) | Q(pk__in=course_ids) | Q(parent_path__in=course_paths)


def promoted_pages(text: str) -> list[tuple[int, int]]:
    """Pages editors pinned for this exact search term, in their order: (id, content type)."""
    return list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(text), page__isnull=False
        )
        .order_by("sort_order", "pk")
        .values_list("page_id", "page__content_type_id")
    )


def suggestions(text: str, limit: int, hidden=None) -> list[SearchResult]:
    """Titles of articles, lessons, courses and categories, and experts' names, that start with
    the words typed so far."""
    typed = words(text)[:MAX_SUGGEST_WORDS]
    if not typed:
        return []
    hidden = hidden_q() if hidden is None else hidden
    cts = content_types()
    kinds = [*PAGE_KINDS, "category"]
    plan = SearchPlan(
        query=parse(""),
        content_types=cts,
        kinds=[*kinds, "expert"],
        pages=visible(Page.objects.filter(content_type_id__in=[cts[k] for k in kinds]), hidden),
    )
    found = get_engine().suggest(plan, typed, limit)
    page_ids = [item.id for item in found if item.kind != "expert"]
    pages_by_id = Page.objects.filter(pk__in=page_ids or [0]).in_bulk()
    expert_ids = [item.id for item in found if item.kind == "expert"]
    experts = Expert.objects.filter(pk__in=expert_ids or [0]).in_bulk()
    results = []
    for item in found:
        if item.kind == "expert" and item.id in experts:
            expert = experts[item.id]
            results.append(SearchResult("expert", expert.display_name, expert=expert))
        elif item.id in pages_by_id:
            results.append(SearchResult(item.kind, item.title, page=pages_by_id[item.id]))
    return results


def site_search(filters: dict, hidden) -> SiteSearch:
    """A search from validated filters (the API's or the reader page's)."""
    return SiteSearch(
        q=filters.get("q", ""),
        categories=filters.get("category", []),
        types=filters.get("type", []),
        tags=filters.get("tag", []),
        authors=filters.get("author", []),
        hidden=hidden,
        exact=bool(filters.get("exact")),
    )
