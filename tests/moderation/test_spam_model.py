"""The learned spam model: measured on data it never saw, reproducible, and safe to load.

Cross-validation scores each corpus comment with a model trained without it; the probe set and
the publisher's labelled set were never trained on at all. The texts in the unit tests below
were written for these tests and appear in neither corpus.
"""

import ast
import json
import pickle
import time
from pathlib import Path

from django.conf import settings
from django.core.management import CommandError, call_command

import numpy as np
import pytest

from blog.comments.moderation import spam_model, spam_model_features, spam_model_training
from blog.comments.moderation.spam_model import SpamModelError, judge, load_model, read_model

DEV_SET = Path(settings.BASE_DIR).parent / "shared" / "comments-dev.jsonl"
SPAM = spam_model_training.THRESHOLDS["spam"]
HOLD = spam_model_training.THRESHOLDS["hold"]


def measured(rows, probabilities, label):
    figures = spam_model_training.scores(rows, probabilities, SPAM)
    held = spam_model_training.scores(rows, probabilities, HOLD)
    return figures, (
        f"{label}, {len(rows)} comments, spam at p>={SPAM}: precision {figures['precision']:.3f},"
        f" recall {figures['recall']:.3f}, genuine marked spam {figures['genuine_marked_spam']}/"
        f"{figures['genuine']}; held or spam at p>={HOLD}: recall {held['recall']:.3f}"
    )


def test_cross_validated_precision_and_recall(report_figure):
    rows = spam_model_training.read_rows()
    probabilities = spam_model_training.cross_validated_probabilities(rows, folds=5)
    figures, text = measured(rows, probabilities, "corpus, 5-fold stratified CV")
    report_figure(text)
    assert figures["precision"] >= 0.95
    assert figures["recall"] >= 0.90


def test_publishers_labelled_set(report_figure):
    if not DEV_SET.exists():
        pytest.skip(f"labelled set not found at {DEV_SET} (it lives beside the repository)")
    rows = [json.loads(line) for line in DEV_SET.read_text().splitlines() if line.strip()]
    probabilities = load_model().probabilities(rows)
    figures, text = measured(rows, probabilities, "publisher's labelled set")
    report_figure(text)
    assert figures["recall"] >= 0.9
    genuine = [p for row, p in zip(rows, probabilities, strict=True) if row["label"] == "ham"]
    assert max(genuine) < SPAM


def test_probe_set_of_unseen_families(report_figure):
    rows = spam_model_training.read_rows(spam_model_training.PROBE_PATH)
    figures, text = measured(rows, load_model().probabilities(rows), "probe set")
    report_figure(text)
    assert figures["recall"] >= 0.85
    assert figures["genuine_marked_spam"] <= 1


def test_training_reproduces_the_stored_model():
    fresh = spam_model_training.serialise(spam_model_training.train_from_corpus())
    assert fresh == spam_model.MODEL_PATH.read_text(encoding="utf-8")
    stored = json.loads(fresh)
    assert stored["corpus"]["sha256"] == spam_model_training.corpus_sha256()
    call_command("train_spam_model", "--check")


def test_check_fails_when_the_stored_model_is_stale(tmp_path, monkeypatch):
    stale = json.loads(spam_model.MODEL_PATH.read_text(encoding="utf-8"))
    stale["intercept"] += 0.5
    path = tmp_path / "spam-model.json"
    path.write_text(spam_model_training.serialise(stale), encoding="utf-8")
    monkeypatch.setattr(spam_model, "MODEL_PATH", path)
    with pytest.raises(CommandError, match="not what the corpus trains to"):
        call_command("train_spam_model", "--check")
    assert json.loads(path.read_text())["intercept"] == stale["intercept"]  # --check wrote nothing


def test_model_is_read_from_the_package_directory_and_cached():
    assert spam_model.MODEL_PATH.parent == Path(spam_model.__file__).parent
    assert load_model() is load_model()


def test_a_copy_of_the_stored_model_loads_and_scores_the_same(tmp_path):
    path = tmp_path / "copy.json"
    path.write_bytes(spam_model.MODEL_PATH.read_bytes())
    rows = [{"body": "Buy cheap backlinks today"}, {"body": "Thank you for the lesson."}]
    assert np.array_equal(read_model(path).probabilities(rows), load_model().probabilities(rows))


def _corrupt(change):
    data = json.loads(spam_model.MODEL_PATH.read_text(encoding="utf-8"))
    change(data)
    return json.dumps(data)


CORRUPTIONS = {
    "not JSON": lambda: "{'format': nope",
    "a pickle stream": lambda: "cos\nsystem\n(S'echo owned'\ntR.",
    "a list": lambda: "[1, 2, 3]",
    "NaN weight": lambda: _corrupt(lambda d: d.__setitem__("intercept", 1)).replace(
        '"intercept": 1', '"intercept": NaN'
    ),
    "other format": lambda: _corrupt(lambda d: d.__setitem__("format", "sklearn-pickle")),
    "newer version": lambda: _corrupt(lambda d: d.__setitem__("version", 99)),
    "missing block": lambda: _corrupt(lambda d: d["blocks"].pop("chars")),
    "extra key": lambda: _corrupt(lambda d: d.__setitem__("__reduce__", "os.system")),
    "unsorted columns": lambda: _corrupt(lambda d: d["blocks"]["words"]["indices"].reverse()),
    "column out of range": lambda: _corrupt(
        lambda d: d["blocks"]["words"]["indices"].__setitem__(-1, 2**40)
    ),
    "lists of different lengths": lambda: _corrupt(lambda d: d["blocks"]["chars"]["coef"].pop()),
    "weight as text": lambda: _corrupt(
        lambda d: d["blocks"]["words"]["coef"].__setitem__(0, "1.0")
    ),
    "threshold above one": lambda: _corrupt(lambda d: d["thresholds"].__setitem__("spam", 7)),
}


@pytest.mark.parametrize("corruption", CORRUPTIONS, ids=list(CORRUPTIONS))
def test_loader_refuses_anything_but_the_expected_shape(tmp_path, corruption):
    path = tmp_path / "spam-model.json"
    path.write_text(CORRUPTIONS[corruption](), encoding="utf-8")
    with pytest.raises(SpamModelError, match="spam model"):
        read_model(path)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(SpamModelError, match="cannot be read"):
        read_model(tmp_path / "absent.json")


def test_no_module_of_the_model_can_unpickle():
    unsafe = {"pickle", "_pickle", "joblib", "dill", "cloudpickle", "shelve", "marshal"}
    for path in Path(spam_model.__file__).parent.glob("spam_model*.py"):
        imported = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
        assert not imported & unsafe, f"{path.name} imports {imported & unsafe}"


def test_loading_never_unpickles(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the spam model must not be unpickled")

    for name in ("load", "loads", "Unpickler"):
        monkeypatch.setattr(pickle, name, refuse)
    model = read_model(spam_model.MODEL_PATH)
    assert model.probabilities([{"body": "hello"}]).shape == (1,)


def test_obvious_spam_and_genuine_comments_written_for_this_test():
    advert = judge(
        body="We sell verified backlinks and sponsored guest posts on 200 health blogs, cheap.",
        name="Rank Boost Team",
        email="sales@rankboost-links.example.net",
        website="https://rankboost-links.example.net",
    )
    assert advert.probability >= SPAM
    assert "backlinks" in advert.top_terms
    reader = judge(
        body="Our trauma team read this together; the part about pacing disclosure was useful.",
        name="Dr. Aoife Brennan",
        email="aoife.brennan@gmail.com",
    )
    assert reader.probability < HOLD


@pytest.mark.parametrize(
    "body",
    [
        "Good summary. The trial on sleep and rumination is here: https://doi.org/10.1037/abn0000111",
        "My password for the course portal stopped working after the update, can someone help?",
        "My patient moved from sertraline to escitalopram; the breathing exercise still helps.",
        "I forgot my password and the reset link in the email has expired. Please advise.",
    ],
)
def test_genuine_comments_with_a_research_link_password_or_medication_are_safe(body):
    assert (
        judge(body=body, name="Morgan Ellis", email="morgan.ellis@outlook.com").probability < SPAM
    )


def test_empty_body():
    judgement = judge(body="")
    assert 0 <= judgement.probability <= 1
    assert isinstance(judgement.top_terms, tuple)
    assert judge(body="   \n\t ").probability == judgement.probability


def test_huge_body_is_cut_and_stays_cheap():
    start = "Cheap replica watches and designer bags, wholesale prices, order on WhatsApp. "
    huge = start + "filler text " * 200_000
    began = time.perf_counter()
    judgement = judge(body=huge)
    assert time.perf_counter() - began < 1.0
    cut = judge(body=huge[: spam_model_features.MAX_BODY_CHARS])
    assert judgement.probability == pytest.approx(cut.probability)
    assert judge(body="x" * 300_000).probability >= 0


@pytest.mark.parametrize(
    ("body", "is_spam"),
    [
        ("正品高仿名牌手表批发，一比一复刻，全国包邮，加微信下单享受最低价格。", True),  # noqa: RUF001
        ("Спасибо большое, очень полезная статья для моей работы с пациентами.", False),  # noqa: RUF001
        ("非常感谢这篇文章，我会把呼吸练习介绍给我的来访者。", False),  # noqa: RUF001
    ],
)
def test_non_latin_scripts(body, is_spam):
    judgement = judge(body=body)
    assert (judgement.probability >= SPAM) is is_spam
    assert all(isinstance(term, str) and term for term in judgement.top_terms)


def test_a_body_that_is_only_a_url():
    judgement = judge(body="https://cheap-pills-online.example.com/order-now")
    assert judgement.probability >= SPAM
    assert "nothing but a link" in judgement.top_terms


def test_reasons_come_from_the_comment_itself():
    row = {
        "body": "Earn $500 a day from home with my simple online system, message me on WhatsApp",
        "website": "https://easy-money-home.example.com",
    }
    judgement = judge(**row)
    assert 1 <= len(judgement.top_terms) <= spam_model.MAX_TERMS
    shapes = {spam_model_features.describe(f) for f in spam_model_features.shape_features(row)}
    for term in judgement.top_terms:
        text = term.partition(": ")[2] if ": " in term else term
        assert term in shapes or text in row["body"].lower() or text in row["website"]


@pytest.mark.parametrize(
    ("body", "mashed"),
    [
        ("asdkjh fjhgty nbvcx qwe", True),
        ("kfjdk slslsl pwpwp", True),
        ("Brightly written and thoughtful.", False),
        ("Strengths-based work, straightforward and insightful.", False),
    ],
)
def test_keyboard_mash_is_told_from_english_consonant_clusters(body, mashed):
    assert ("x:keyboard mash" in spam_model_features.shape_features({"body": body})) is mashed
