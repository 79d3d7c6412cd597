"""The crisis detector's learned layer: its JSON weights are the ones the development set
gives, its pure-Python scoring agrees with scikit-learn, and it stays silent when it should."""

import json

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from blog.comments.moderation import crisis_model
from blog.comments.moderation.crisis_model import model_text, probability


@pytest.fixture(scope="module")
def rows():
    return crisis_model.training_rows()


def test_stored_weights_are_those_the_development_set_gives(rows):
    """Fails when examples were added to crisis-dev.jsonl without retraining
    (`python -m blog.comments.moderation.crisis_model`)."""
    stored = json.loads(crisis_model.WEIGHTS.read_text(encoding="utf-8"))
    fresh = crisis_model.train(rows)
    assert stored["features"].keys() == fresh["features"].keys()
    assert stored["intercept"] == pytest.approx(fresh["intercept"], abs=1e-3)
    drift = max(
        abs(stored["features"][gram][1] - fresh["features"][gram][1]) for gram in fresh["features"]
    )
    assert drift < 1e-3


def test_pure_python_scoring_agrees_with_scikit_learn(rows):
    texts = [model_text(row["text"]) for row in rows]
    vectoriser = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=crisis_model.NGRAMS,
        sublinear_tf=True,
        min_df=2,
        lowercase=False,
    )
    matrix = vectoriser.fit_transform(texts)
    classifier = LogisticRegression(C=30, max_iter=5000, class_weight="balanced")
    classifier.fit(matrix, [row["label"] == "crisis" for row in rows])
    probe = crisis_model.load_rows(crisis_model.CORPUS / "crisis-probe.jsonl")
    # The comments the model speaks on: long enough, and in a language it was trained on.
    long_enough = [model_text(row["text"]) for row in probe if probability(model_text(row["text"]))]
    assert len(long_enough) >= 60
    expected = classifier.predict_proba(vectoriser.transform(long_enough))[:, 1]
    for text, sklearn_probability in zip(long_enough, expected, strict=True):
        assert probability(f" {text} ") == pytest.approx(sklearn_probability, abs=1e-3)


@pytest.mark.parametrize("text", ["", "I agree.", "...", "Me too!"])
def test_the_model_is_silent_on_comments_too_short_to_judge(text):
    assert probability(model_text(text)) == 0.0


def test_the_model_leaves_languages_it_was_not_trained_on_to_the_rules():
    text = "Wir haben die Übung am Wochenende mit der ganzen Familie gemacht, sehr schön."
    assert probability(model_text(text)) == 0.0


def test_weights_are_plain_json_never_pickle():
    raw = crisis_model.WEIGHTS.read_bytes()
    assert raw.lstrip().startswith(b"{")
    assert set(json.loads(raw)) >= {"features", "intercept", "ngram_range"}
