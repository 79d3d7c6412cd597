"""What the core needs from the page types, registered by the apps that define them.

The core serves any page (`route/`, `preview/`, SEO, the response cache, the home page and the
experts endpoint) without naming a page type: each feature app registers, from its
`AppConfig.ready()`, how its pages are loaded and represented, and what else of its own can
make a cached response stale. So adding a page type touches its own app (and the project's
router, for an endpoint of its own), never the core.

The data path of one page: `load` (the type's selector) returns a `LoadedPage` holding every
object the representation reads; `represent` hands it to the type's one detail serializer, which
only translates. A preview's draft comes through `load_draft` instead, built in memory around
the draft so nothing is read back from the live rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db.models import Model, Q

if TYPE_CHECKING:  # importable before the apps are ready (the response cache loads early)
    from wagtail.models import Page


@dataclass
class LoadedPage:
    """A page and everything its detail serializer reads, as its selector loaded them.

    `context` goes to the serializer beside the request (related articles, counts…). Being
    handed a `LoadedPage` is how a serializer knows the loading is done: no flag on the page."""

    page: Any
    context: dict[str, Any] = field(default_factory=dict)
    # page id -> the visible page, for every page the representation links to (None: hidden),
    # as `cms.loading.load_shown` found them.
    links: dict[int, Any] = field(default_factory=dict)


Loader = Callable[[Any, Q], "LoadedPage | None"]
DraftLoader = Callable[[Any, Q], LoadedPage]


@dataclass(frozen=True)
class PageType:
    """How one page type is served. Every part is optional: a page type that registers
    nothing is served with the generic fields and a plain `WebPage` in JSON-LD."""

    model: type[Page]
    # The live, visible page with everything `serializer` reads (None: not visible).
    load: Loader | None = None
    # A draft (or a never-saved page) loaded in memory for preview.
    load_draft: DraftLoader | None = None
    # The page's one detail shape, shared by its own endpoint, `route/` and `preview/`.
    serializer: type | None = None
    # schema.org JSON-LD: (page, request, facts) -> dict.
    json_ld: Callable[..., dict] | None = None
    # Open Graph `article:*` properties: a page with them is an `og:type` "article".
    open_graph_article: Callable[..., dict] | None = None
    # What SEO reads beyond a lone page's own fields (a lesson's course), for the reader
    # templates' head, which has the page as Wagtail serves it: (page, hidden) -> page.
    prepare_seo: Callable[[Any, Q], Any] | None = None
    # The reader paths, besides the page's own and its ancestors', that show it or link to it
    # (its categories, its authors' pages, its feeds), for the webhooks' `paths`:
    # (page, hidden) -> paths. Only visible pages' paths: a hidden one was never cached.
    dependent_paths: Callable[[Any, Q], Iterable[str]] | None = None


@dataclass(frozen=True)
class ExpertWorks:
    """A list on an expert's page (their articles, the courses they teach)."""

    key: str
    select: Callable[[Model, Q], Iterable]
    serializer: type
    help_text: str


@dataclass(frozen=True)
class CachedModel:
    """A model whose rows public responses show. `changes_output(instance, created)` says
    whether a save is visible to readers (a pending comment is not); None: every save is."""

    model: type[Model]
    changes_output: Callable[[Any, bool], bool] | None = None


_page_types: dict[type[Page], PageType] = {}
_home_sections: dict[str, Callable[[], Any]] = {}
_expert_works: list[ExpertWorks] = []
_cached_models: list[CachedModel] = []


def register_page_type(page_type: PageType) -> None:
    _page_types[page_type.model] = page_type


def page_type_for(model: type[Page]) -> PageType:
    """The registration for a page class (a generic one when it registered none)."""
    return _page_types.get(model) or PageType(model=model)


def page_type_of(page: Page) -> PageType:
    return page_type_for(type(page))


def register_home_section(name: str, select: Callable[[], Any]) -> None:
    """A list the home page shows (`name` in its template context)."""
    _home_sections[name] = select


def home_sections() -> dict[str, Callable[[], Any]]:
    return dict(_home_sections)


def register_expert_works(works: ExpertWorks) -> None:
    if all(existing.key != works.key for existing in _expert_works):
        _expert_works.append(works)


def expert_works() -> list[ExpertWorks]:
    return list(_expert_works)


def register_cached_model(cached: CachedModel) -> None:
    if all(existing.model is not cached.model for existing in _cached_models):
        _cached_models.append(cached)


def cached_models() -> list[CachedModel]:
    return list(_cached_models)


_preview_redirects: list[Callable[[Any, Any], Any]] = []


def register_preview_redirect(redirect: Callable[[Any, Any], Any]) -> None:
    """How an editor's Preview leaves for a frontend: `redirect(page, request)` answers with a
    response, or None to preview in the reader templates (cms.models.HeadlessPreviewMixin)."""
    if redirect not in _preview_redirects:
        _preview_redirects.append(redirect)


def preview_redirects() -> list[Callable[[Any, Any], Any]]:
    return list(_preview_redirects)
