"""The learned spam model for reader comments: a probability, and the words that made it.

The weights come from `spam-model.json` beside this module, written by
`manage.py train_spam_model` from the labelled corpus in `corpus/comments.jsonl`. The file is
plain JSON checked field by field before use, never pickle: a model file that could run code
would be a way in for anyone able to replace it. It is read from the package directory only,
never from MEDIA_ROOT or a setting, so nothing a user uploads can stand in for it.

The probability is one signal among several; blog/comments/spam.py combines it with
behaviour (timing, honeypot, duplicates, links, rate) and the crisis detector.
"""

import functools
import itertools
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from blog.comments.moderation import spam_model_features as features

MODEL_PATH = Path(__file__).with_name("spam-model.json")
FORMAT = "clinical-cms/comment-spam-model"
VERSION = 1
MAX_FILE_BYTES = 20 * 2**20
MAX_TERMS = 5
BLOCK_KEYS = ("indices", "idf", "coef", "scale", "unit_length")


class SpamModelError(ValueError):
    """The model file is missing, corrupt or not in the expected shape."""


@dataclass(frozen=True)
class SpamJudgement:
    probability: float  # 0..1, model's probability of spam
    top_terms: tuple[str, ...]  # up to 5 human-readable features that pushed it towards spam


@dataclass(frozen=True)
class Block:
    """One hashed feature set: the columns seen in training, their idf, weights and scale."""

    indices: np.ndarray
    idf: np.ndarray
    coef: np.ndarray
    scale: float
    unit_length: bool

    def weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Counts over all hashed columns -> log-tf x idf over the known columns, unit length.

        Columns training never saw are dropped before the length is taken, as a vocabulary-
        based TF-IDF drops unknown words: diluting the familiar features with new words pulls
        every unfamiliar comment towards the intercept, which cross-validation showed to cost
        far more genuine comments than it saves.
        """
        counts = sparse.csr_matrix(counts, dtype=np.float64)
        counts.sort_indices()
        rows = counts.shape[0]
        if not len(self.indices):
            return sparse.csr_matrix((rows, 0))
        position = np.minimum(np.searchsorted(self.indices, counts.indices), len(self.indices) - 1)
        known = self.indices[position] == counts.indices
        values = np.where(known, (1 + np.log(np.maximum(counts.data, 1))) * self.idf[position], 0)
        row_of = np.repeat(np.arange(rows), np.diff(counts.indptr))
        norms = np.ones(rows)
        if self.unit_length:
            norms = np.sqrt(np.bincount(row_of, values**2, minlength=rows))
            norms[norms == 0] = 1
        data = values / norms[row_of] * self.scale
        shape = (rows, len(self.indices))
        weighted = sparse.csr_matrix((data, position, counts.indptr.copy()), shape=shape)
        weighted.eliminate_zeros()
        return weighted


class SpamModel:
    def __init__(self, data: dict):
        validate(data)
        self.data = data
        self.intercept = float(data["intercept"])
        self.blocks = {
            name: Block(
                indices=np.asarray(block["indices"], dtype=np.int64),
                idf=np.asarray(block["idf"], dtype=np.float64),
                coef=np.asarray(block["coef"], dtype=np.float64),
                scale=float(block["scale"]),
                unit_length=block["unit_length"],
            )
            for name, block in data["blocks"].items()
        }
        self.thresholds = dict(data["thresholds"])

    def probabilities(self, rows: list[dict]) -> np.ndarray:
        score = np.full(len(rows), self.intercept)
        for name, hasher in features.HASHERS.items():
            block = self.blocks[name]
            score += block.weigh(hasher.transform(rows)) @ block.coef
        return 1 / (1 + np.exp(-np.clip(score, -40, 40)))

    def explain(self, row: dict) -> tuple[str, ...]:
        """The comment's own words (and shapes) that pushed hardest towards spam."""
        from blog.comments.moderation.spam_model_explain import spam_terms

        return spam_terms(self, row, MAX_TERMS)


def validate(data) -> None:
    """Refuse anything but the shape `train` writes: a corrupt file fails loudly and early."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SpamModelError(f"not a spam model: expected format {FORMAT!r}")
    if data.get("version") != VERSION:
        raise SpamModelError(f"spam model version {data.get('version')!r}, expected {VERSION}")
    expected = {"format", "version", "corpus", "parameters", "intercept", "thresholds", "blocks"}
    if set(data) != expected | {"spam_terms"} and set(data) != expected:
        raise SpamModelError(f"spam model keys {sorted(data)}, expected {sorted(expected)}")
    if not _is_number(data["intercept"]):
        raise SpamModelError("spam model intercept is not a number")
    thresholds = data["thresholds"]
    if not isinstance(thresholds, dict) or set(thresholds) != {"spam", "hold"}:
        raise SpamModelError("spam model thresholds must be {'spam': p, 'hold': p}")
    if not all(_is_number(value) and 0 <= value <= 1 for value in thresholds.values()):
        raise SpamModelError("spam model thresholds must be probabilities")
    if not isinstance(data["blocks"], dict) or set(data["blocks"]) != set(features.HASHERS):
        raise SpamModelError(f"spam model blocks must be {sorted(features.HASHERS)}")
    for name, block in data["blocks"].items():
        _validate_block(name, block)
    terms = data.get("spam_terms", [])
    if not isinstance(terms, list) or not all(
        isinstance(pair, list)
        and len(pair) == 2
        and type(pair[0]) is int
        and 0 <= pair[0] < features.N_FEATURES
        and isinstance(pair[1], str)
        for pair in terms
    ):
        raise SpamModelError("spam model spam_terms must be [column, n-gram] pairs")


def _validate_block(name: str, block) -> None:
    if not isinstance(block, dict) or set(block) != set(BLOCK_KEYS):
        raise SpamModelError(f"spam model block {name!r} must hold {', '.join(BLOCK_KEYS)}")
    if not isinstance(block["unit_length"], bool):
        raise SpamModelError(f"spam model block {name!r}: unit_length must be true or false")
    indices, idf, coef = block["indices"], block["idf"], block["coef"]
    if not all(isinstance(values, list) for values in (indices, idf, coef)):
        raise SpamModelError(f"spam model block {name!r}: indices, idf and coef must be lists")
    if not len(indices) == len(idf) == len(coef):
        raise SpamModelError(f"spam model block {name!r}: lists of different lengths")
    if not all(type(i) is int and 0 <= i < features.N_FEATURES for i in indices):
        raise SpamModelError(f"spam model block {name!r}: indices must be hashed column numbers")
    if any(a >= b for a, b in itertools.pairwise(indices)):
        raise SpamModelError(f"spam model block {name!r}: indices must be strictly increasing")
    if not all(_is_number(value) for value in (*idf, *coef, block["scale"])):
        raise SpamModelError(f"spam model block {name!r}: weights must be finite numbers")


def _is_number(value) -> bool:
    return type(value) in (int, float) and math.isfinite(value)


def read_model(path: Path) -> SpamModel:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SpamModelError(f"spam model {path} is larger than {MAX_FILE_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SpamModelError(f"spam model {path} cannot be read: {error}") from error
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except ValueError as error:
        raise SpamModelError(f"spam model {path} is not valid JSON: {error}") from error
    return SpamModel(data)


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not allowed in a spam model")


@functools.cache
def load_model() -> SpamModel:
    return read_model(MODEL_PATH)


def judge(*, body: str, name: str = "", email: str = "", website: str = "") -> SpamJudgement:
    model = load_model()
    row = {"body": body, "name": name, "email": email, "website": website}
    probability = float(model.probabilities([row])[0])
    return SpamJudgement(probability=probability, top_terms=model.explain(row))


def strongest_spam_terms(limit: int = 20) -> list[str]:
    """What the model has learned to treat as spam, strongest first: for moderators and docs."""
    terms = load_model().data.get("spam_terms", [])
    readable = (text for _, text in terms if text.partition(":")[2] not in features.ENGLISH_COMMON)
    return [features.describe(text) for text in itertools.islice(readable, limit)]


def thresholds() -> dict[str, float]:
    """The recommended probabilities: above "spam" it is spam, above "hold" a person reads it."""
    return dict(load_model().thresholds)


def train(rows) -> dict:
    """Fit the model on labelled rows and return it as the JSON-able dict the file holds."""
    from blog.comments.moderation.spam_model_training import train as fit

    return fit(rows)
