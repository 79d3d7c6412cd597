"""The learned layer of the crisis detector: a character n-gram logistic regression.

The concept rules carry the detector; this layer is a second net for wordings no rule
foresaw. Fresh comments written after the rules were tuned showed why it earns its place: the
rules alone caught about half of them, the model about nine in ten. It reads the same
normalised text as the rules, with figures of speech already blanked, so "this bug is killing
me" gives it nothing to learn from.

Scoring is pure Python over weights stored as JSON (never pickle): one dictionary lookup per
character n-gram. scikit-learn is needed only to retrain:

    .venv/bin/python -m blog.comments.moderation.crisis_model

which refits on corpus/crisis-dev.jsonl (plus the spam corpus as non-crises, see
`training_rows`) and rewrites corpus/crisis-model.json. Retrain after adding examples to
either.
"""

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from blog.comments.moderation.crisis_guard import blank_idioms
from blog.comments.moderation.crisis_text import normalise

CORPUS = Path(__file__).parent / "corpus"
WEIGHTS = CORPUS / "crisis-model.json"
DEV_SET = CORPUS / "crisis-dev.jsonl"
SPAM_CORPUS = CORPUS / "comments.jsonl"  # the spam model's labelled comments
NGRAMS = (2, 5)
# The model reads the start of a comment; the rules read all of it.
MAX_CHARS = 4000
# Probability at which the model holds a comment alone, and at which it counts as one weak sign.
STRONG, WEAK = 0.75, 0.5
# Below this many words a comment gives the model too little to go on ("I agree." is all
# pronoun), so it stays silent and only the rules speak.
MIN_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+")
# The model was trained on English and Spanish; other languages are left to the rules, or it
# would learn that a foreign language is itself a sign ("Kinder" and "Hund" are not).
_KNOWN_TEXT = (
    "i me my you your he she it we they the a an and or but to of in on at for with is am are "
    "was were be been do not no so just that this what all can will would have had get feel "
    "want know like yo mi me te se el la los las de del que y en un una es no por para con lo "
    "su estoy quiero tengo pero muy ya todo nada como mas"
)
_KNOWN = frozenset(_KNOWN_TEXT.split())


def model_text(text: str) -> str:
    """What the model sees: the rules' normalised text, figures of speech blanked."""
    return words_only(blank_idioms(f" {normalise(text)} "))


def words_only(guarded_text: str) -> str:
    return " ".join(_WORD.findall(guarded_text))


def char_ngrams(text: str) -> list[str]:
    """The same n-grams as scikit-learn's analyzer="char_wb": within words padded by spaces."""
    grams: list[str] = []
    for word in text[:MAX_CHARS].split():
        padded = f" {word} "
        for n in range(NGRAMS[0], NGRAMS[1] + 1):
            if len(padded) < n:
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


@lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, tuple[float, float]], float]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return {gram: (idf, coef) for gram, (idf, coef) in data["features"].items()}, data["intercept"]


def probability(guarded_text: str) -> float:
    """Probability that the comment is a crisis, from the rules' normalised, guarded text.

    Zero for a comment too short to judge."""
    text = words_only(guarded_text)
    words = text.split()
    if len(words) < MIN_WORDS or sum(word in _KNOWN for word in words) < 0.25 * len(words):
        return 0.0
    features, intercept = _weights()
    counts: dict[str, int] = {}
    for gram in char_ngrams(text):
        if gram in features:
            counts[gram] = counts.get(gram, 0) + 1
    if not counts:
        return 1 / (1 + math.exp(-intercept))
    values = {gram: (1 + math.log(n)) * features[gram][0] for gram, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values()))
    z = intercept + sum(v / norm * features[gram][1] for gram, v in values.items())
    return 1 / (1 + math.exp(-z))


def train(rows: list[dict]) -> dict:
    """Fit the model on labelled rows and return its weights as plain JSON data."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(
        analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True, min_df=2, lowercase=False
    )
    matrix = vectoriser.fit_transform([model_text(row["text"])[:MAX_CHARS] for row in rows])
    labels = [row["label"] == "crisis" for row in rows]
    classifier = LogisticRegression(C=30, max_iter=5000, class_weight="balanced")
    classifier.fit(matrix, labels)
    features = {
        gram: [round(float(vectoriser.idf_[index]), 6), round(float(classifier.coef_[0][index]), 6)]
        for gram, index in sorted(vectoriser.vocabulary_.items())
    }
    return {
        "about": "crisis detector learned layer; regenerate with "
        "`python -m blog.comments.moderation.crisis_model`",
        "ngram_range": list(NGRAMS),
        "intercept": round(float(classifier.intercept_[0]), 6),
        "features": features,
    }


def load_rows(path: Path = DEV_SET) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def training_rows() -> list[dict]:
    """The development set, plus every comment of the spam model's corpus as a non-crisis.

    Trained on crisis and near-crisis comments alone, the model had never seen an advert or
    word salad, and called 12 of 381 spam comments (weight-loss pills, work-from-home
    schemes, foreign filler) a crisis: text unlike anything it knew landed on either side at
    random. Ordinary spam and reader comments teach it what is simply not a crisis."""
    others = [
        {"text": row["body"], "label": "not_crisis", "kind": f"comment_{row['label']}"}
        for row in load_rows(SPAM_CORPUS)
    ]
    return load_rows() + others


if __name__ == "__main__":
    WEIGHTS.write_text(json.dumps(train(training_rows()), ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {WEIGHTS}")  # noqa: T201 -- the command's one line of output
