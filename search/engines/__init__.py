"""Query engines: how one search plan is ranked, counted and paginated on a given backend.

Wagtail keeps the index (its signals follow every save, publish, move and delete; `manage.py
update_index` rebuilds it); an engine only reads it. The database engines rank and paginate
inside SQL on the index tables; any other Wagtail backend (Elasticsearch, OpenSearch) is driven
through Wagtail's public search API by `BackendEngine`.
"""

import datetime
from dataclasses import dataclass, field

from django.db import connections, router
from django.db.models import BooleanField, Case, DateTimeField, F, Q, QuerySet, Value, When
from django.db.models.functions import Coalesce

from search.query import ParsedQuery


@dataclass
class SearchPlan:
    """Everything an engine needs, decided once per request by search.selectors."""

    query: ParsedQuery
    content_types: dict[str, int]  # kind ("article", ..., "category") -> content type id
    kinds: list[str]  # the kinds this search may return (after the type filter)
    # Visible pages of the searchable kinds, narrowed by the tag and author filters
    # (a Page queryset annotated with `parent_path`).
    pages: QuerySet
    # The category filter, as a Page queryset whose WHERE selects what is filed under the
    # chosen categories; None without one. Kept apart: facets count across it.
    in_category: QuerySet | None = None
    types: list[str] = field(default_factory=list)  # the type filter as given
    experts: bool = True  # whether experts may match at all (no tag or author filter)
    promoted: list[tuple[int, int]] = field(default_factory=list)  # (page id, content type id)
    tag_slugs: list[str] = field(default_factory=list)
    category_paths: dict[int, str] = field(default_factory=dict)  # visible categories

    def kind_of(self, content_type_id: int) -> str | None:
        for kind, pk in self.content_types.items():
            if pk == content_type_id:
                return kind
        return None

    def page_universe(self) -> QuerySet:
        """The pages as rows (rid, rct, rdate, rtitle, in_cat, in_type), for the ORM paths."""
        in_category: Value | Case = Value(True)
        if self.in_category is not None:
            in_category = _flag(Q(pk__in=self.in_category.values("pk")))
        in_type: Value | Case = Value(True)
        if self.types:
            cts = [self.content_types[kind] for kind in self.types if kind != "expert"]
            in_type = _flag(Q(content_type_id__in=cts))
        return self.pages.annotate(
            rid=F("pk"),
            rct=F("content_type_id"),
            rdate=Coalesce(
                "articlepage__publication_date", "first_published_at", output_field=DateTimeField()
            ),
            rtitle=F("title"),
            in_cat=in_category,
            in_type=in_type,
        ).values("rid", "rct", "rdate", "rtitle", "in_cat", "in_type")

    @property
    def experts_in_category(self) -> bool:
        return self.in_category is None

    @property
    def experts_in_type(self) -> bool:
        return not self.types or "expert" in self.types


def _flag(condition: Q) -> Case:
    return Case(
        When(condition, then=Value(True)), default=Value(False), output_field=BooleanField()
    )


@dataclass
class Hit:
    kind: str
    id: int
    score: float
    date: datetime.date | datetime.datetime | None = None
    promoted: bool = False
    title_text: str = ""
    body_text: str = ""
    partial: bool = False  # matches some of the words only (filling a short first page)


@dataclass
class Facets:
    types: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)  # category path -> count


@dataclass
class Suggestion:
    kind: str
    id: int
    title: str


def get_engine(backend=None):
    """The engine for the default search backend (Wagtail's WAGTAILSEARCH_BACKENDS)."""
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    backend = backend or get_search_backend()
    module = type(backend).__module__
    connection = connections[router.db_for_read(IndexEntry)]
    if module.endswith("database.sqlite.sqlite") and connection.vendor == "sqlite":
        from search.engines.sqlite import SQLiteEngine

        return SQLiteEngine(connection)
    if module.endswith("database.postgres.postgres") and connection.vendor == "postgresql":
        from search.engines.postgres import PostgresEngine

        return PostgresEngine(connection, getattr(backend, "config", None))
    from search.engines.backend import BackendEngine

    return BackendEngine(backend)
