"""SQLite: Wagtail's FTS5 table, matched and ranked with bm25() in the same statement.

Wagtail keeps `wagtailsearch_indexentry_fts` (columns autocomplete, body, title; rowid =
wagtailsearch_indexentry.id) in step with the index entries through triggers. FTS5's default
tokenizer (unicode61) folds case and diacritics but does not stem, so words are matched by
their light stem as a prefix (see search.query.stem).
"""

from search.engines.database import DatabaseEngine, _ints

# bm25() weights, in the FTS table's column order: autocomplete, body, title. Wagtail stores a
# page's title in both `title` and `autocomplete`; an expert's name only in `autocomplete` (and
# body), because Expert's "title" field is the professional title. Weighting both lets a page
# title and an expert's name count the same.
AUTOCOMPLETE_WEIGHT = 2.5
TITLE_WEIGHT = 2.5
BODY_WEIGHT = 1.0
# Matching the reader's own words (not only a category's synonyms) counts this much extra.
LITERAL_WEIGHT = 5.0


def _phrase(words) -> str:
    # Words are letters and digits only (search.query.words), so nothing here is FTS syntax.
    return '"' + " ".join(words) + '"'


def fts_match(query, columns: str = "title body autocomplete") -> str:
    groups = []
    for group in query.groups:
        alternatives = []
        for alternative in group.alternatives:
            if alternative.prefix:
                # The exact word as well as its stem: bm25 then ranks exact forms higher.
                alternatives.append(_phrase(alternative.words))
                alternatives.append(_phrase([alternative.prefix]) + "*")
            else:
                alternatives.append(_phrase(alternative.words))
        groups.append("(" + " OR ".join(alternatives) + ")")
    return "{" + columns + "} : (" + " AND ".join(groups) + ")"


class SQLiteEngine(DatabaseEngine):
    best_scores = "text_matches"

    def __init__(self, connection):
        # Wagtail defines the FTS model only when the database is SQLite: import it late.
        from wagtail.search.models import IndexEntry, SQLiteFTSIndexEntry

        super().__init__(connection)
        self.fts = SQLiteFTSIndexEntry._meta.db_table
        self.entries = IndexEntry._meta.db_table

    def _bm25(self, autocomplete=AUTOCOMPLETE_WEIGHT, body=BODY_WEIGHT, title=TITLE_WEIGHT) -> str:
        return f"-bm25({self.fts}, {autocomplete}, {body}, {title})"

    def _matches(self, bm25: str) -> str:
        return f"SELECT rowid AS rid, {bm25} AS score FROM {self.fts} WHERE {self.fts} MATCH %s"  # noqa: S608 -- the index tables and int()s; the query is a parameter

    def text_ctes(self, query, content_type_ids):
        # The FTS rowids are mapped to objects through the (content type, object id) index,
        # read whole: looking each match up in the index entries' table would read rows that
        # carry every indexed text, which is the slowest part of a common-word search.
        ctes = [
            (
                "text_matches AS MATERIALIZED",
                self._matches(self._bm25()),
                [fts_match(query.any_word if query.relaxed else query)],
            ),
            (
                "entries AS MATERIALIZED",
                f"SELECT id, content_type_id AS ct, object_id AS oid FROM {self.entries} "  # noqa: S608 -- the index table and int()s
                f"WHERE content_type_id IN ({_ints(content_type_ids)})",
                [],
            ),
        ]
        score, join, whole = "t.score", "", "1"
        if query.relaxed:
            # Any word matches; the entries matching them all are read once more to flag them.
            every = f"SELECT rowid AS rid FROM {self.fts} WHERE {self.fts} MATCH %s"  # noqa: S608 -- the index table; the query is a parameter
            ctes.append(("every_word AS MATERIALIZED", every, [fts_match(query)]))
            join = "LEFT JOIN every_word w ON w.rid = t.rid "
            whole = "CASE WHEN w.rid IS NULL THEN 0 ELSE 1 END"
        if query.expanded:
            literal = self._matches(self._bm25())
            ctes.append(("literal AS MATERIALIZED", literal, [fts_match(query.literal)]))
            score = f"t.score + {LITERAL_WEIGHT} * COALESCE(l.score, 0.0)"
            join += "LEFT JOIN literal l ON l.rid = t.rid"
        hits = f"""SELECT e.ct AS ct, e.oid AS oid, {score} AS score, {whole} AS whole
            FROM text_matches t JOIN entries e ON e.id = t.rid {join}"""  # noqa: S608 -- the index tables and int()s; the query is a parameter
        return [*ctes, ("hits", hits, [])]

    def name_ctes(self, query, content_type_ids):
        # Materialized first, like text_matches: joined the other way round, SQLite would run
        # the full-text query once per index entry.
        matches = self._matches(self._bm25(1.0, 0.0, 0.0))
        names = f"""SELECT e.ct AS ct, e.oid AS oid, n.score AS score
            FROM name_matches n JOIN entries e ON e.id = n.rid
            WHERE e.ct IN ({_ints(content_type_ids)})"""  # noqa: S608 -- the index tables and int()s; the query is a parameter
        return [
            ("name_matches AS MATERIALIZED", matches, [fts_match(query, columns="autocomplete")]),
            ("names", names, []),
        ]

    def prefix_ctes(self, words, content_type_ids):
        fts, entries = self.fts, self.entries
        match = "{autocomplete} : (" + " AND ".join(_phrase([w]) + "*" for w in words) + ")"
        hits = f"""
            SELECT ie.content_type_id AS ct, ie.object_id AS oid,
                {self._bm25(1.0, 0.0, 0.0)} AS score
            FROM {fts} JOIN {entries} ie ON ie.id = {fts}.rowid
            WHERE {fts} MATCH %s AND ie.content_type_id IN ({_ints(content_type_ids)})"""  # noqa: S608 -- the index tables and int()s; the query is a parameter
        return [("hits", hits, [match])]
