"""Properties of the reader's search query parser (search.query): any text gives plain,
bounded words and a highlighter that compiles; nothing typed survives as engine syntax."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from search.query import MAX_TERMS, MAX_WORD_LENGTH, STOPWORDS, parse, stem, words

FAST = settings(derandomize=True, max_examples=400, deadline=None)
TYPED = st.text(st.characters(codec="utf-8"), max_size=300)


@FAST
@given(text=TYPED)
@example(text="'; DROP TABLE wagtailcore_page; --")
@example(text='NEAR("sleep" insomnia) AND -rest* OR title:x')
@example(text="x" * 100_000)
def test_any_text_parses_to_bounded_plain_words(text):
    parsed = parse(text)
    assert len(parsed.groups) <= MAX_TERMS
    for alternative in parsed.alternatives:
        for word in alternative.words:
            assert word == word.casefold()
            assert len(word) <= MAX_WORD_LENGTH
            assert re.fullmatch(r"[^\W_]+", word)
            assert word not in STOPWORDS or alternative.is_phrase
    highlighter = parsed.highlighter()  # compiles, and finds the words it was made from
    typed = " ".join(word for group in parsed.groups for word in group.typed)
    assert highlighter is None or highlighter.search(typed) is not None


@FAST
@given(text=TYPED)
def test_whitespace_and_case_do_not_change_the_query(text):
    spaced = "  " + "\n\t ".join(text.split()) + "  "
    assert [g.typed for g in parse(text).groups] == [g.typed for g in parse(spaced).groups]
    assert [g.typed for g in parse(text.upper()).groups] == [
        g.typed for g in parse(text.upper().lower()).groups
    ] or text.upper().lower() != text.lower()


@FAST
@given(word=st.text(st.characters(categories=["Ll"]), min_size=1, max_size=30))
def test_a_stem_is_a_prefix_of_its_word_or_the_word(word):
    stemmed = stem(word)
    assert stemmed == word or len(stemmed) >= 4
    assert word.startswith(stemmed[:-1]) if stemmed else word == ""


@FAST
@given(text=TYPED)
def test_words_are_idempotent(text):
    found = words(text)
    assert words(" ".join(found)) == found
