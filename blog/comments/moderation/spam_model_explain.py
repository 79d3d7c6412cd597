"""Why the spam model scored a comment as it did, in words a moderator recognises.

Hashing cannot be inverted, but the comment itself is at hand: its features are hashed again
grouped by what produced them, so every column that carried weight is traced back to the text.
Character n-grams are credited to the word (or name, or domain) they were cut from, so the
moderator reads "backlinks" rather than "klin"; a column shared by several words is split
between them in proportion to how often each produced it.
"""

import re
from collections import defaultdict

import numpy as np

from blog.comments.moderation import spam_model_features as features

_index_hasher = features.HashingVectorizer(
    analyzer=lambda strings: strings,
    n_features=features.N_FEATURES,
    alternate_sign=False,
    norm=None,
)
_EDGES = re.compile(r"^\W+|\W+$")
MAX_OWNERS = 400  # words credited in a very long comment; the rest still count in the score


def hash_each(strings: list[str]) -> np.ndarray:
    """The hashed column of each string, in order."""
    if not strings:
        return np.zeros(0, dtype=np.int64)
    return _index_hasher.transform([[text] for text in strings]).indices.astype(np.int64)


def contributions(block, counts) -> dict[int, float]:
    """Hashed column -> its share of the score for one comment."""
    weighted = block.weigh(counts)
    return {
        int(block.indices[position]): float(value * block.coef[position])
        for position, value in zip(weighted.indices, weighted.data, strict=True)
    }


def credit_owners(owners: list[tuple[str, list[str]]], share: dict[int, float]) -> dict:
    """Label -> the score its features earned, each column split among the owners sharing it."""
    credit: dict[str, float] = defaultdict(float)
    owners = [(label, strings) for label, strings in owners if strings]
    if not owners or not share:
        return credit
    matrix = _index_hasher.transform([strings for _, strings in owners])
    columns, inverse = np.unique(matrix.indices, return_inverse=True)
    totals = np.bincount(inverse, weights=matrix.data)
    weights = np.array([share.get(int(column), 0.0) for column in columns])
    earned = weights[inverse] * matrix.data / totals[inverse]
    owner_of = np.repeat(np.arange(len(owners)), np.diff(matrix.indptr))
    for (label, _), value in zip(owners, np.bincount(owner_of, earned, len(owners)), strict=True):
        credit[label] += float(value)
    return credit


def spam_terms(model, row: dict, limit: int) -> tuple[str, ...]:
    credit: dict[str, float] = defaultdict(float)
    for block, strings in (
        ("words", features.word_features(row)),
        ("shapes", features.shape_features(row)),
    ):
        share = contributions(model.blocks[block], features.HASHERS[block].transform([row]))
        owners = [(features.describe(text), [text]) for text in strings]
        for label, value in credit_owners(owners, share).items():
            credit[label] += value
    share = contributions(model.blocks["chars"], features.CHAR_HASHER.transform([row]))
    for label, value in credit_owners(_char_owners(row), share).items():
        credit[label] += value
    ranked = sorted(
        (
            (value, label)
            for label, value in credit.items()
            if value > 0 and label and label not in features.ENGLISH_COMMON
        ),
        key=lambda item: (-item[0], item[1]),
    )
    return tuple(label[:60] for _, label in ranked[:limit])


def _char_owners(row: dict) -> list[tuple[str, list[str]]]:
    """Who produced each character n-gram: a body word, the name or a domain."""
    cleaned = features.clean(row)
    words = cleaned["body"].split()
    owners = [(_EDGES.sub("", word), features._chars(word)) for word in words[:MAX_OWNERS]]
    domain = features.own_domain(cleaned["email"])
    host = features._host(cleaned["website"])
    if domain:
        owners.append(
            (f"email domain: {domain}", ["d|" + gram for gram in features._chars(domain)])
        )
    if host:
        owners.append((f"website: {host}", ["d|" + gram for gram in features._chars(host)]))
    if cleaned["name"]:
        name = cleaned["name"]
        owners.append((f"name: {name}", ["n|" + gram for gram in features._chars(name)]))
    return owners
