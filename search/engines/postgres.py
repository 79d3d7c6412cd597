"""PostgreSQL: Wagtail's tsvector columns (title, body, autocomplete; each GIN-indexed) matched
with @@ and ranked with ts_rank() in the same statement.

The tsquery is assembled from parameters with plainto_tsquery/phraseto_tsquery, never from the
reader's text as tsquery syntax. Words are stemmed by the backend's text search configuration
(SEARCH_CONFIG, "english" by default) and additionally matched by their light stem as a prefix,
so both databases find the same relatives of a word.
"""

from wagtail.search.models import IndexEntry

from search.engines.database import DatabaseEngine, _ints

TITLE_WEIGHT = 4.0
LITERAL_WEIGHT = 1.0
PARTIAL_WEIGHT = 0.01
# ts_rank normalisation for bodies: divide by 1 + log(length), so long pages do not win by bulk.
BODY_NORMALISATION = 1


class PostgresEngine(DatabaseEngine):
    title_column = "title_text"
    body_column = "body_text"

    def __init__(self, connection, config: str | None = None):
        super().__init__(connection)
        self.config = config

    def _config(self) -> tuple[str, list]:
        if self.config:
            return "%s::regconfig", [self.config]
        # The index was built with the database's default configuration: query with the same.
        return "get_current_ts_config()", []

    def tsquery(self, query, config: str | None = None) -> tuple[str, list]:
        config_sql, config_params = ("%s::regconfig", [config]) if config else self._config()
        groups, params = [], []
        for group in query.groups:
            alternatives = []
            for alternative in group.alternatives:
                function = "phraseto_tsquery" if alternative.is_phrase else "plainto_tsquery"
                alternatives.append(f"{function}({config_sql}, %s)")
                params += [*config_params, " ".join(alternative.words)]
                if alternative.prefix:
                    # Letters and digits only (search.query.words): safe inside the quotes.
                    alternatives.append("to_tsquery('simple', %s)")
                    params.append(f"'{alternative.prefix}':*")
            groups.append("(" + " || ".join(alternatives) + ")")
        return "(" + " && ".join(groups) + ")", params

    def _rank(self, tsquery_sql: str) -> str:
        return (
            f"(ts_rank(ie.title, {tsquery_sql}) * {TITLE_WEIGHT}"
            f" + ts_rank(ie.body, {tsquery_sql}, {BODY_NORMALISATION}))"
        )

    def text_ctes(self, query, content_type_ids):
        match_sql, match_params = self.tsquery(query.any_word if query.relaxed else query)
        whole, whole_params = "1", []
        if query.relaxed:
            # Any word matches; those matching every word are flagged on the same row.
            every_sql, every_params = self.tsquery(query)
            whole = f"CASE WHEN ie.title @@ {every_sql} OR ie.body @@ {every_sql} THEN 1 ELSE 0 END"
            whole_params = [*every_params, *every_params]
        params = [*match_params, *match_params]
        score = self._rank(match_sql)
        if query.relaxed:
            # Pages holding every word keep the ranking of the strict query (the any-word
            # rank only orders the partial matches).
            score = f"{self._rank(every_sql)} + {PARTIAL_WEIGHT} * {score}"
            params = [*every_params, *every_params, *params]
        if query.expanded:
            literal_sql, literal_params = self.tsquery(query.literal)
            score += f" + {LITERAL_WEIGHT} * {self._rank(literal_sql)}"
            params += [*literal_params, *literal_params]
        params += [*whole_params, *match_params, *match_params]
        hits = f"""
            SELECT ie.content_type_id AS ct, ie.object_id AS oid, {score} AS score,
                {whole} AS whole
            FROM {IndexEntry._meta.db_table} ie
            WHERE (ie.title @@ {match_sql} OR ie.body @@ {match_sql})
                AND ie.content_type_id IN ({_ints(content_type_ids)})"""  # noqa: S608 -- the index table and int()s; the query is a parameter
        return [("hits", hits, params)]

    def name_ctes(self, query, content_type_ids):
        # Wagtail builds the autocomplete vector with the "simple" configuration (no stemming).
        match_sql, match_params = self.tsquery(query, config="simple")
        names = f"""
            SELECT ie.content_type_id AS ct, ie.object_id AS oid,
                ts_rank(ie.autocomplete, {match_sql}) AS score
            FROM {IndexEntry._meta.db_table} ie
            WHERE ie.autocomplete @@ {match_sql}
                AND ie.content_type_id IN ({_ints(content_type_ids)})"""  # noqa: S608 -- the index table and int()s; the query is a parameter
        return [("names", names, [*match_params, *match_params])]

    def prefix_ctes(self, words, content_type_ids):
        prefix = " & ".join(f"'{word}':*" for word in words)
        hits = f"""
            SELECT ie.content_type_id AS ct, ie.object_id AS oid,
                ts_rank(ie.autocomplete, to_tsquery('simple', %s)) AS score
            FROM {IndexEntry._meta.db_table} ie
            WHERE ie.autocomplete @@ to_tsquery('simple', %s)
                AND ie.content_type_id IN ({_ints(content_type_ids)})"""  # noqa: S608 -- the index table and int()s; the query is a parameter
        return [("hits", hits, [prefix, prefix])]
