"""A reader's words turned into a query the engines can run safely.

Nothing a reader types reaches a search engine as syntax: the text is cut into plain words
(letters and digits only), so quotes, `*`, `-`, brackets, AND/OR/NOT and SQL fragments are just
words or nothing. Each engine then writes its own query language from these words.

Every word becomes a group of alternatives that all count as a match for it: the word itself,
its light stem as a prefix ("traumas" -> trauma*) and, when the words name a category or one of
its synonyms, every other name of that category ("PTSD" -> "post traumatic stress", ...).
Groups are combined with AND.
"""

import re
from dataclasses import dataclass, field

MAX_TERMS = 12
MAX_WORD_LENGTH = 60
MIN_STEM_LENGTH = 4

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_OPERATORS = {"AND", "OR", "NOT"}

# Short function words carry no meaning for ranking. PostgreSQL's English configuration drops
# these too, so both databases answer the same query the same way.
# fmt: off
STOPWORDS = frozenset((
    "a", "about", "above", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from",
    "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
    "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
    "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
    "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
    "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to",
    "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
))
# Words of a reader's question ("how can I help a client who ...") that say little about what
# they look for on this site: dropped when the query has other words, kept when it has only
# these (a search for "client" still finds "client").
QUESTION_WORDS = frozenset((
    "best", "client", "clients", "deal", "dealing", "explain", "get", "give", "good", "help",
    "helping", "helps", "know", "like", "make", "need", "people", "person", "really",
    "someone", "something", "start", "tell", "thing", "things", "tips", "use", "using", "want",
    "way", "ways", "whats",
))
# fmt: on

# Inflectional and common derivational endings, longest first. Stripping one turns a word into
# a prefix that also finds its relatives: "traumas" -> trauma*, "depressive" -> depress*.
_SUFFIXES = (
    ("iveness", ""),
    ("ations", ""),
    ("ation", ""),
    ("ities", ""),
    ("ments", ""),
    ("atic", "a"),
    ("iety", "i"),
    ("ious", "i"),
    ("ness", ""),
    ("ment", ""),
    ("ings", ""),
    ("edly", ""),
    ("ions", ""),
    ("ives", ""),
    ("ing", ""),
    ("ion", ""),
    ("ity", ""),
    ("ies", ""),
    ("ive", ""),
    ("ous", ""),
    ("ed", ""),
    ("es", ""),
    ("ly", ""),
    ("al", ""),
    ("s", ""),
    ("y", ""),
    ("e", ""),
)


def words(text: str) -> list[str]:
    """Plain, case-folded words; everything else (punctuation, emoji, operators) is a gap."""
    return [word.casefold() for word in _WORD.findall(text or "")]


def stem(word: str) -> str:
    """A prefix shared by the word's close relatives; the word itself when it is short."""
    if len(word) < MIN_STEM_LENGTH or word.isdigit():
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix):
            base = word[: -len(suffix)] + replacement
            if len(base) >= MIN_STEM_LENGTH:
                return base
    return word


@dataclass(frozen=True)
class Alternative:
    """One way to match a group: a single word (matched by its stem as a prefix) or a phrase."""

    words: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    @property
    def prefix(self) -> str | None:
        """The stem to match as a prefix, or None when only the exact word will do."""
        if self.is_phrase:
            return None
        word = self.words[0]
        return stem(word) if len(word) >= MIN_STEM_LENGTH and not word.isdigit() else None

    def pattern(self) -> str:
        """A regular expression finding this alternative in text, for highlighting."""
        if self.is_phrase:
            return r"(?<!\w)" + r"\W+".join(re.escape(word) for word in self.words) + r"(?!\w)"
        if self.prefix:
            return r"(?<!\w)" + re.escape(self.prefix) + r"\w*"
        return r"(?<!\w)" + re.escape(self.words[0]) + r"(?!\w)"


@dataclass
class Group:
    """What must match for one of the reader's words (or one phrase they typed)."""

    typed: tuple[str, ...]
    alternatives: list[Alternative]

    @property
    def literal(self) -> "Group":
        return Group(self.typed, [Alternative(self.typed)])


@dataclass
class ParsedQuery:
    text: str
    groups: list[Group] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    # Match any of the words, flagging the pages that match all of them (search.engines):
    # set when a short first page is filled with partial matches.
    relaxed: bool = False
    corrected: str = ""  # the reader's text with mistyped words replaced (search.spelling)

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def expanded(self) -> bool:
        return bool(self.synonyms)

    @property
    def literal(self) -> "ParsedQuery":
        """The same query without synonyms: matching it counts extra in the ranking."""
        return ParsedQuery(self.text, [group.literal for group in self.groups])

    @property
    def any_word(self) -> "ParsedQuery":
        """One group of every alternative: what a relaxed query matches."""
        return ParsedQuery(self.text, [Group(self.groups[0].typed, self.alternatives)])

    @property
    def alternatives(self) -> list[Alternative]:
        return [alt for group in self.groups for alt in group.alternatives]

    def highlighter(self) -> re.Pattern | None:
        patterns = sorted({alt.pattern() for alt in self.alternatives}, key=len, reverse=True)
        return re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    @property
    def slugs(self) -> set[str]:
        """Tag slugs this query could mean: the whole query and each group, hyphenated."""
        candidates = {"-".join(group.typed) for group in self.groups}
        candidates.add("-".join(word for group in self.groups for word in group.typed))
        return {slug for slug in candidates if slug}


def _key(phrase) -> tuple[str, ...]:
    # Names are compared by stem: "infographic" finds the category "Infographics".
    return tuple(stem(word) for word in phrase)


class SynonymIndex:
    """Category names and synonyms, each phrase mapped to every name of its categories."""

    def __init__(self, categories):
        self.names: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for category in categories:
            phrases = {tuple(words(category.title))}
            phrases |= {tuple(words(synonym)) for synonym in category.synonym_list}
            phrases.discard(())
            for phrase in phrases:
                self.names.setdefault(_key(phrase), set()).update(phrases)
        self.longest = max((len(phrase) for phrase in self.names), default=0)

    def match(self, tokens: list[str], start: int) -> tuple[int, set[tuple[str, ...]]]:
        """The longest category name starting at `start`: (its length, all its names)."""
        for length in range(min(self.longest, len(tokens) - start), 0, -1):
            names = self.names.get(_key(tokens[start : start + length]))
            if names:
                return length, names
        return 0, set()


def parse(text: str, synonyms: SynonymIndex | None = None) -> ParsedQuery:
    raw = " ".join((text or "").split())
    tokens = [
        token.casefold()
        for token in _WORD.findall(raw)
        if token not in _OPERATORS and len(token) <= MAX_WORD_LENGTH
    ]
    parsed = ParsedQuery(raw)
    position = 0
    while position < len(tokens) and len(parsed.groups) < MAX_TERMS:
        length, names = synonyms.match(tokens, position) if synonyms else (0, set())
        if length:
            typed = tuple(tokens[position : position + length])
            ordered = [typed, *sorted(names - {typed})]
            parsed.groups.append(Group(typed, [Alternative(name) for name in ordered]))
            parsed.synonyms += [" ".join(name) for name in ordered[1:]]
            position += length
            continue
        token = tokens[position]
        position += 1
        if token not in STOPWORDS:
            parsed.groups.append(Group((token,), [Alternative((token,))]))
    meaningful = [g for g in parsed.groups if len(g.typed) > 1 or g.typed[0] not in QUESTION_WORDS]
    if meaningful:
        parsed.groups = meaningful
    return parsed
