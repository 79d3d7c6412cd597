"""Reader text -> safe engine queries, and snippets: unit tests without a database."""

import re
from types import SimpleNamespace

import pytest

from search.query import SynonymIndex, parse, stem, words
from search.snippets import best_turn, highlight


def test_only_plain_words_survive():
    assert words('"Sleep" AND (rest* OR -naps); DROP TABLE x; -- 😀') == [
        "sleep", "and", "rest", "or", "naps", "drop", "table", "x",
    ]  # fmt: skip
    parsed = parse('"Sleep" AND (rest* OR -naps)')
    assert [group.typed for group in parsed.groups] == [("sleep",), ("rest",), ("naps",)]
    assert not parse("the of AND OR NOT 😀 *** ((")
    assert len(parse("word " * 100).groups) == 12


@pytest.mark.parametrize(
    ("word", "prefix"),
    [("traumas", "trauma"), ("trauma", "trauma"), ("traumatic", "trauma"), ("anxiety", "anxi"),
     ("anxious", "anxi"), ("therapies", "therap"), ("sleeping", "sleep"), ("pain", "pain"),
     ("ptsd", "ptsd"), ("cat", "cat"), ("2024", "2024")],
)  # fmt: skip
def test_light_stems(word, prefix):
    assert stem(word) == prefix


def category(title, synonyms=()):
    return SimpleNamespace(title=title, synonym_list=list(synonyms))


def test_category_names_expand_to_each_other():
    index = SynonymIndex(
        [category("PTSD", ["post-traumatic stress"]), category("Infographics", ["handout"])]
    )
    parsed = parse("post-traumatic stress in veterans", index)
    first = parsed.groups[0]
    assert first.typed == ("post", "traumatic", "stress")
    assert {alt.words for alt in first.alternatives} == {("post", "traumatic", "stress"), ("ptsd",)}
    assert parsed.synonyms == ["ptsd"]
    assert parse("infographic", index).synonyms == ["handout", "infographics"]
    assert parse("ptsd", index).literal.synonyms == []


def test_engine_queries_are_built_from_words_only():
    from search.engines.sqlite import fts_match

    parsed = parse(
        'PTSD" OR {title}: NEAR(x', SynonymIndex([category("PTSD", ["post-traumatic stress"])])
    )
    match = fts_match(parsed)
    assert match == (
        '{title body autocomplete} : (("ptsd" OR "ptsd"* OR "post traumatic stress") '
        'AND ("title" OR "titl"*) AND ("near" OR "near"*) AND ("x"))'
    )


def test_postgres_tsquery_is_parameterised():
    from search.engines.postgres import PostgresEngine

    engine = PostgresEngine(connection=None, config="english")
    sql, params = engine.tsquery(parse("sleep's 'x':* & !"))
    assert "'" not in sql.replace("'simple'", "")
    assert params == ["english", "sleep", "'sleep':*", "english", "s", "english", "x"]


def test_snippets_mark_matches_and_escape_the_rest():
    pattern = parse("sleep").highlighter()
    text = "<b>Intro</b> & more. " + "filler " * 50 + "Sleeping well helps sleep."
    snippet = highlight(text, pattern, words=10)
    assert snippet.startswith("… ")
    assert "<mark>Sleeping</mark>" in snippet
    assert "<mark>sleep</mark>" in snippet
    assert "<b>" not in snippet
    assert highlight("<i>x</i> & y", None) == "&lt;i&gt;x&lt;/i&gt; &amp; y"
    assert highlight("", pattern) == ""


def test_the_best_speaker_turn_is_the_one_with_most_matches():
    turns = [
        {"expert_id": None, "speaker_name": "Host", "start_time": "0:05", "text": "Sleep?"},
        {"expert_id": 7, "speaker_name": "", "start_time": "1:02:03", "text": "Sleep, sleep."},
    ]
    match = best_turn(turns, parse("sleep").highlighter(), {7: "Ana"})
    assert (match.speaker, match.start_seconds) == ("Ana", 3723)
    assert re.findall("<mark>", match.snippet) == ["<mark>", "<mark>"]
    assert best_turn(turns, parse("xylophone").highlighter(), {}) is None
