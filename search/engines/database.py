"""Rank, filter, count and paginate in SQL on Wagtail's own index tables.

Stock Wagtail's database backend scores every matching object with its own correlated
subquery, so a word found in most of 10,000 pages costs 10,000 scorings before LIMIT applies.
Here each request reads the full-text index once, ranks with the database's own function
(FTS5 bm25() or ts_rank()), joins the result to the visible, filtered pages and cuts the page
with ORDER BY ... LIMIT. Facets are one more statement over the same matches.

The vendor engines (sqlite.py, postgres.py) only write the text-matching part: a `hits` CTE
of (ct, oid, score) rows. Everything else is portable SQL around Django-compiled subqueries,
so the visibility rule (cms.selectors.visible) is the very same filter the rest of the site uses.
"""

from datetime import date

from wagtail.models import Page
from wagtail.search.models import IndexEntry

from blog.models import ArticlePage
from cms.models import Expert
from search.engines import Facets, Hit, SearchPlan, Suggestion
from search.engines.relations import (
    PROMOTED_SCORE,
    category_counts,
    category_facets,
    extra_scores,
)


def _dated(column: str) -> str:
    """Newest first, undated (experts) last, the same on SQLite and PostgreSQL."""
    return f"CASE WHEN {column} IS NULL THEN 1 ELSE 0 END, {column} DESC"


def _ranked(hits: list[Hit]) -> list[Hit]:
    """The window's rows in the statement's ORDER BY (a UNION does not keep it): stable sorts,
    least significant key first."""
    hits = sorted(hits, key=lambda hit: hit.id, reverse=True)
    hits = sorted(hits, key=lambda hit: str(hit.date or ""), reverse=True)
    hits = sorted(hits, key=lambda hit: hit.date is None)
    return sorted(hits, key=lambda hit: hit.score, reverse=True)


def _publication_date(page: str) -> str:
    """An article's publication date, else the page's first publication (`a` = ArticlePage)."""
    return f'COALESCE(a.publication_date, "{page}"."first_published_at")'


def _bool(value: bool) -> str:
    return "TRUE" if value else "FALSE"


def _ints(values) -> str:
    return ", ".join(str(int(value)) for value in values) or "NULL"


class DatabaseEngine:
    title_column = "title"
    body_column = "body"
    # A category, author or course whose name matches lends this share of its score to its
    # pages: articles are found by their categories' and authors' names, lessons by their
    # course's title (until those are indexed with the pages themselves, see docs/search.md).
    related_weight = 0.5
    # Where the engine's text scores can be read a second time cheaply (for tag matches).
    best_scores = "hits"

    def __init__(self, connection):
        self.connection = connection

    # Vendor hooks -------------------------------------------------------------------------

    def text_ctes(self, query, content_type_ids) -> list[tuple[str, str, list]]:
        """CTEs ending with `hits(ct, oid, score, whole)`: index entries matching the query;
        when `query.relaxed` they match any of its words and `whole` (1 or 0) tells those
        matching all of them."""
        raise NotImplementedError

    def name_ctes(self, query, content_type_ids) -> list[tuple[str, str, list]]:
        """CTEs ending with `names(ct, oid, score)`: entries whose title or name (Wagtail's
        autocomplete text) matches the query. Only these lend their score to related pages:
        an author whose bio mentions a word does not make all their articles about it."""
        raise NotImplementedError

    def prefix_ctes(self, words, content_type_ids) -> list[tuple[str, str, list]]:
        """CTEs ending with `hits(ct, oid, score)`: autocomplete entries starting with words."""
        raise NotImplementedError

    # Statements ---------------------------------------------------------------------------

    def run(self, plan: SearchPlan, offset: int, limit: int) -> tuple[list[Hit], Facets]:
        """One window of ranked hits and the facets of all matches, in one statement: the
        matches (`m`) are computed once and read three times."""
        with_sql, params = self._with(plan)
        page, rdate = Page._meta.db_table, _publication_date(Page._meta.db_table)
        sql = f"""{with_sql},
            window_rows AS (
                SELECT id, ct, score, rdate, whole FROM m_all
                WHERE in_cat AND in_type AND (whole = 1 OR {int(offset)} = 0)
                ORDER BY whole DESC, score DESC, {_dated("rdate")}, id DESC
                LIMIT {int(limit)} OFFSET {int(offset)}
            )
            SELECT 'hit', r.id, r.ct, r.score, {rdate}, ie.{self.title_column},
                ie.{self.body_column}, CAST(NULL AS BIGINT), r.whole
            FROM window_rows r
            LEFT JOIN "{page}" ON "{page}"."id" = r.id AND "{page}"."content_type_id" = r.ct
            LEFT JOIN {ArticlePage._meta.db_table} a ON a.page_ptr_id = "{page}"."id"
            LEFT JOIN {IndexEntry._meta.db_table} ie
                ON ie.content_type_id = r.ct AND ie.object_id = CAST(r.id AS TEXT)
            UNION ALL
            SELECT 'type', NULL, m.ct, NULL, NULL, NULL, NULL, NULL, COUNT(*)
            FROM m WHERE m.in_cat GROUP BY m.ct
            {"".join(" UNION ALL " + select for select in category_counts(plan))}"""  # noqa: S608 -- model tables and int()s; values are parameters
        hits: list[Hit] = []
        facets = Facets()
        # Category id -> matches filed in it (direct) or anywhere under it (subtree).
        direct: dict[int, int] = {}
        subtree: dict[int, int] = {}
        for row in self._fetch(sql, params):
            facet, pk, ct, score, rdate, title, body, path, count = row
            if facet == "hit":
                hits.append(self._hit(plan, pk, ct, score, rdate, title, body))
                hits[-1].partial = not count
            elif facet == "type" and (kind := plan.kind_of(ct)):
                facets.types[kind] = int(count)
            elif facet in ("direct", "subtree"):
                counts = direct if facet == "direct" else subtree
                # Kinds have distinct ids, so per-kind counts add up.
                counts[path] = counts.get(path, 0) + int(count)
        facets.categories = category_facets(plan.category_paths, direct, subtree)
        return _ranked(hits), facets

    def _hit(self, plan, pk, ct, score, rdate, title, body) -> Hit:
        score = float(score or 0)
        return Hit(
            kind=plan.kind_of(ct),
            id=int(pk),
            score=score,
            date=self._date(rdate),
            promoted=score >= PROMOTED_SCORE / 2,
            title_text=title or "",
            body_text=body or "",
        )

    def suggest(self, plan: SearchPlan, words: list[str], limit: int) -> list[Suggestion]:
        ctes = self.prefix_ctes(words, plan.content_types.values())
        with_sql, params = self._join_ctes(ctes)
        page, expert = Page._meta.db_table, Expert._meta.db_table
        where_sql, where_params = self._where(plan.pages)
        expert_ct = int(plan.content_types["expert"])
        sql = f"""{with_sql}
            SELECT ct, id, title FROM (
                SELECT h.ct AS ct, "{page}"."id" AS id, "{page}"."title" AS title, h.score AS score
                FROM hits h JOIN "{page}" ON "{page}"."id" = CAST(h.oid AS BIGINT)
                    AND "{page}"."content_type_id" = h.ct
                WHERE {where_sql}
                UNION ALL
                SELECT h.ct, e.id, e.name, h.score FROM hits h
                JOIN {expert} e ON e.id = CAST(h.oid AS BIGINT) WHERE h.ct = {expert_ct}
            ) found
            ORDER BY CASE WHEN LOWER(title) LIKE %s THEN 0 ELSE 1 END,
                score DESC, LENGTH(title), id
            LIMIT {int(limit)}"""  # noqa: S608 -- model tables and int()s; values are parameters
        params += where_params
        params.append(" ".join(words).replace("%", "").replace("_", "") + "%")
        return [
            Suggestion(kind=kind, id=int(pk), title=title)
            for ct, pk, title in self._fetch(sql, params)
            # The statement reads the plan's content types only: each has its kind.
            if (kind := plan.kind_of(ct))
        ]

    def _fetch(self, sql, params):
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    @staticmethod
    def _date(value):
        # SQLite returns raw column values: dates come back as ISO text.
        if isinstance(value, str):
            return date.fromisoformat(value[:10])
        return value

    @staticmethod
    def _join_ctes(ctes) -> tuple[str, list]:
        """WITH clause from (name, sql, params); a name may carry a hint ("x AS MATERIALIZED")."""
        params = []
        parts = []
        for name, sql, cte_params in ctes:
            parts.append(f"{name} ({sql})" if " AS " in name else f"{name} AS ({sql})")
            params.extend(cte_params)
        return "WITH " + ",\n".join(parts), params

    def _where(self, queryset) -> tuple[str, list]:
        """The WHERE clause Django compiles for a Page queryset, on the page table itself:
        the very visibility rule and filters of the ORM, applied row by row in raw SQL."""
        compiler = queryset.query.get_compiler(connection=self.connection)
        sql, params = compiler.compile(queryset.query.where)
        return sql or "1 = 1", list(params)

    def _match_selects(self, plan: SearchPlan, source: str) -> tuple[list[str], list]:
        """SELECTs of m(id, ct, score, rdate, in_cat, in_type) for pages and experts: from
        `source` (scored matches, joined by id) or, when browsing, from every row."""
        page, article = Page._meta.db_table, ArticlePage._meta.db_table
        where_sql, params = self._where(plan.pages)
        in_cat = "TRUE"
        in_cat_params: list = []
        if plan.in_category is not None:
            category_sql, in_cat_params = self._where(plan.in_category)
            in_cat = f"CASE WHEN {category_sql} THEN TRUE ELSE FALSE END"
        in_type = "TRUE"
        if plan.types:
            cts = _ints(plan.content_types[kind] for kind in plan.types if kind != "expert")
            in_type = f'CASE WHEN "{page}"."content_type_id" IN ({cts}) THEN TRUE ELSE FALSE END'
        # Dates order a listing; a text search orders by score, and dates only its window.
        rdate = "NULL" if source else _publication_date(page)
        columns = f"{rdate} AS rdate, {in_cat} AS in_cat, {in_type} AS in_type"
        columns += ", s.whole AS whole" if source else ", 1 AS whole"
        if source:
            pages = f"""SELECT s.id AS id, s.ct AS ct, s.score AS score, {columns}
                FROM {source} s JOIN "{page}" ON "{page}"."id" = s.id
                    AND "{page}"."content_type_id" = s.ct"""  # noqa: S608 -- model tables and int()s; values are parameters
        else:
            pages = f"""SELECT "{page}"."id" AS id, "{page}"."content_type_id" AS ct,
                0.0 AS score, {columns} FROM "{page}" """  # noqa: S608 -- model tables and int()s; values are parameters
        if not source:
            pages += f' LEFT JOIN {article} a ON a.page_ptr_id = "{page}"."id"'
        pages += f" WHERE {where_sql}"
        selects, params = [pages], [*in_cat_params, *params]
        if plan.experts:
            expert, ct = Expert._meta.db_table, int(plan.content_types["expert"])
            flags = f"{_bool(plan.experts_in_category)}, {_bool(plan.experts_in_type)}"
            if source:
                selects.append(
                    f"SELECT s.id, s.ct, s.score, NULL, {flags}, s.whole FROM {source} s "  # noqa: S608 -- model tables and int()s; values are parameters
                    f"JOIN {expert} e ON e.id = s.id WHERE s.ct = {ct}"
                )
            else:
                selects.append(f"SELECT e.id, {ct}, 0.0, NULL, {flags}, 1 FROM {expert} e")  # noqa: S608 -- model tables and int()s; values are parameters
        return selects, params

    def _with(self, plan: SearchPlan) -> tuple[str, list]:
        """WITH ... m(id, ct, score, rdate, in_cat, in_type): every match, once."""
        if not plan.query:
            selects, params = self._match_selects(plan, source="")
            return self._join_ctes(
                [("m_all", " UNION ALL ".join(selects), params), ("m", "SELECT * FROM m_all", [])]
            )
        cts = plan.content_types
        text = self.text_ctes(plan.query, cts.values())
        names = self.name_ctes(plan.query, [cts["category"], cts["expert"], cts["course"]])
        extra_sql, extra_params = extra_scores(plan, self.related_weight, self.best_scores)
        kinds = _ints([cts["article"], cts["lesson"], cts["course"], cts["expert"]])
        # Text matches are unique per object (no GROUP BY over them, which would also hide
        # their number from PostgreSQL's planner); the few extra scores are added on.
        scored = f"""
            SELECT CAST(h.oid AS BIGINT) AS id, h.ct AS ct,
                h.score + COALESCE(x.score, 0.0) AS score,
                CASE WHEN x.id IS NULL THEN h.whole ELSE 1 END AS whole
            FROM hits h LEFT JOIN extra x ON x.ct = h.ct AND x.id = CAST(h.oid AS BIGINT)
            WHERE h.ct IN ({kinds})
            UNION ALL
            SELECT x.id, x.ct, x.score, 1 FROM extra x
            WHERE NOT EXISTS (
                SELECT 1 FROM hits h WHERE h.ct = x.ct AND h.oid = CAST(x.id AS TEXT)
            )"""  # noqa: S608 -- model tables and int()s; values are parameters
        selects, params = self._match_selects(plan, source="scored")
        return self._join_ctes(
            [
                *text,
                *names,
                ("extra", extra_sql, extra_params),
                ("scored", scored, []),
                ("m_all", " UNION ALL ".join(selects), params),
                # Facets and counts: pages matching every word (m_all adds partial matches).
                ("m", "SELECT * FROM m_all WHERE whole = 1", []),
            ]
        )
