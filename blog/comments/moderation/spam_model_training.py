"""Fitting the spam model from the labelled corpus, deterministically.

Same corpus, same parameters, same file, byte for byte: `train_spam_model --check` relies on it
to prove the committed weights are the ones the corpus produces. Weights are rounded before
they are written and the model is evaluated from that rounded form, so what cross-validation
measures is exactly what production loads.
"""

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from blog.comments.moderation import spam_model_features as features
from blog.comments.moderation.spam_model import FORMAT, VERSION, SpamModel
from blog.comments.moderation.spam_model_explain import hash_each

CORPUS_PATH = Path(__file__).with_name("corpus") / "comments.jsonl"
PROBE_PATH = Path(__file__).with_name("corpus") / "comments-probe.jsonl"
LABELS = ("spam", "ham")
# Stored with the weights (JSON), so a model says how it was trained.
PARAMETERS: dict[str, Any] = {
    "classifier": "LogisticRegression(solver=liblinear, class_weight=balanced, random_state=0)",
    "C": 30.0,
    "min_df": {"words": 1, "chars": 2, "shapes": 1},
    "scale": {"words": 1.0, "chars": 1.0, "shapes": 0.6},
    "unit_length": {"words": True, "chars": True, "shapes": True},
    "word_ngrams": list(features.WORD_NGRAMS),
    "char_ngrams": list(features.CHAR_NGRAMS),
    "n_features": features.N_FEATURES,
    "max_body_chars": features.MAX_BODY_CHARS,
    "weighting": "1 + log(count), times smoothed idf, unit length per block",
    "spam_terms": 2000,
}
# Chosen from the cross-validated and probe figures (docs/spam-model.md), not fitted.
THRESHOLDS = {"spam": 0.5, "hold": 0.3}
SIGNIFICANT_DIGITS = 6


def read_rows(path: Path = CORPUS_PATH) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for number, row in enumerate(rows, 1):
        if row.get("label") not in LABELS or not isinstance(row.get("body"), str):
            raise ValueError(f"{path}:{number}: each row needs a body and a label spam/ham")
    return rows


def corpus_sha256(path: Path = CORPUS_PATH) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def train(rows, corpus: dict | None = None) -> dict:
    rows = list(rows)
    labels = np.array([row["label"] == "spam" for row in rows], dtype=int)
    if len(set(labels)) < 2:
        raise ValueError("training needs both spam and genuine comments")
    blocks, matrices = {}, []
    for name, hasher in features.HASHERS.items():
        counts = sparse.csr_matrix(hasher.transform(rows))
        seen = np.bincount(counts.indices, minlength=features.N_FEATURES)
        kept = np.flatnonzero(seen >= PARAMETERS["min_df"][name])
        idf = _round(np.log((1 + len(rows)) / (1 + seen[kept])) + 1)
        block = {
            "indices": kept,
            "idf": idf,
            "scale": PARAMETERS["scale"][name],
            "unit_length": PARAMETERS["unit_length"][name],
        }
        blocks[name] = block
        matrices.append(_block(block).weigh(counts))
    classifier = LogisticRegression(
        C=PARAMETERS["C"], class_weight="balanced", solver="liblinear", random_state=0
    )
    classifier.fit(sparse.hstack(matrices, format="csr"), labels)
    coef = _round(classifier.coef_.ravel())
    start = 0
    for block in blocks.values():
        block["coef"] = coef[start : start + len(block["indices"])]
        start += len(block["indices"])
    return {
        "format": FORMAT,
        "version": VERSION,
        "corpus": corpus or {"rows": len(rows), "spam": int(labels.sum())},
        "parameters": PARAMETERS,
        "intercept": float(_round(classifier.intercept_)[0]),
        "thresholds": THRESHOLDS,
        "blocks": {
            name: {
                "indices": [int(i) for i in block["indices"]],
                "idf": [float(v) for v in block["idf"]],
                "coef": [float(v) for v in block["coef"]],
                "scale": float(block["scale"]),
                "unit_length": block["unit_length"],
            }
            for name, block in blocks.items()
        },
        "spam_terms": _spam_terms(rows, blocks["words"]),
    }


def train_from_corpus(path: Path = CORPUS_PATH) -> dict:
    rows = read_rows(path)
    spam = sum(row["label"] == "spam" for row in rows)
    corpus = {"path": f"corpus/{path.name}", "sha256": corpus_sha256(path), "rows": len(rows)}
    return train(rows, corpus | {"spam": spam, "ham": len(rows) - spam})


def serialise(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def cross_validated_probabilities(rows: list[dict], folds: int = 5) -> np.ndarray:
    """Each row scored by a model that never saw it."""
    labels = [row["label"] for row in rows]
    probabilities = np.zeros(len(rows))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    for fitted_on, held_out in splitter.split(rows, labels):
        model = SpamModel(train([rows[i] for i in fitted_on]))
        probabilities[held_out] = model.probabilities([rows[i] for i in held_out])
    return probabilities


def scores(rows: list[dict], probabilities, threshold: float) -> dict:
    spam = np.array([row["label"] == "spam" for row in rows])
    caught = np.asarray(probabilities) >= threshold
    true_positive = int((caught & spam).sum())
    return {
        "precision": true_positive / max(int(caught.sum()), 1),
        "recall": true_positive / max(int(spam.sum()), 1),
        "genuine_marked_spam": int((caught & ~spam).sum()),
        "genuine": int((~spam).sum()),
        "spam_missed": int((~caught & spam).sum()),
    }


def _spam_terms(rows: list[dict], words: dict) -> list[list]:
    """[column, an n-gram seen in training] for the strongest spam columns, strongest first."""
    example: dict[int, str] = {}
    for row in rows:
        strings = features.word_features(row)
        for text, column in zip(strings, hash_each(strings), strict=True):
            example.setdefault(int(column), text)
    order = np.argsort(-words["coef"], kind="stable")[: PARAMETERS["spam_terms"]]
    return [
        [int(words["indices"][i]), example[int(words["indices"][i])]]
        for i in order
        if words["coef"][i] > 0 and int(words["indices"][i]) in example
    ]


def _block(block: dict):
    from blog.comments.moderation.spam_model import Block

    return Block(
        indices=block["indices"],
        idf=np.asarray(block["idf"]),
        coef=np.zeros(0),
        scale=block["scale"],
        unit_length=block["unit_length"],
    )


def _round(values) -> np.ndarray:
    values = np.asarray(values, dtype=np.float64)
    return np.array([float(f"{value:.{SIGNIFICANT_DIGITS}g}") for value in values.ravel()])
