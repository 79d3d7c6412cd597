"""'Did you mean': a query's mistyped words replaced by the nearest words of the index.

Only a word the vocabulary does not know (neither the word nor its stem as a prefix) is
corrected: such a word finds nothing, so any correction can only find more. A word the index
holds is never changed, and category names and synonyms are left alone. The corrected word's
group is matched by its nearest words (the most common first), so the engines need nothing
new; the selectors report the correction only if the corrected query found something visible.
"""

import re
from dataclasses import replace

from search.query import Alternative, Group, ParsedQuery
from search.vocabulary import Vocabulary

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def correct(query: ParsedQuery, vocabulary: Vocabulary) -> ParsedQuery:
    """The query with mistyped words replaced (`corrected` set), or the query itself."""
    best: dict[str, str] = {}
    groups = []
    for group in query.groups:
        corrections = vocabulary.corrections(group.typed[0]) if len(group.alternatives) == 1 else []
        if len(group.typed) == 1 and corrections:
            best[group.typed[0]] = corrections[0]
            group = Group(group.typed, [Alternative((word,)) for word in corrections])
        groups.append(group)
    if not best:
        return query
    text = _WORD.sub(lambda match: best.get(match.group().casefold(), match.group()), query.text)
    return replace(query, groups=groups, corrected=text)
