"""The crisis detector: measured on its development set and on a probe set it was not tuned on,
then pinned down concept by concept.

A missed crisis leaves a person alone with a held comment, so recall is the figure that must
hold; false holds only cost a moderator a read, except on figures of speech, which must stay
rare. Figures are reported overall, by kind, and for the rules alone (the learned layer off),
because the rules must carry most of the weight. The sentences in the unit tests were written
for these tests and appear in neither corpus.
"""

import json
from collections import defaultdict
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from blog.comments.moderation import crisis
from blog.comments.moderation.crisis import CrisisFinding, detect_crisis

CORPUS = Path(crisis.__file__).parent / "corpus"
CRISIS_KINDS = {
    "ideation",
    "passive_ideation",
    "intent_plan",
    "means",
    "self_harm",
    "farewell",
    "burden_hopelessness",
    "slang",
    "negated",
    "other_person_danger",
}
CALM_KINDS = {"figurative", "clinician_risk", "grief", "overdose_policy", "ordinary"}


def read(name):
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def measure(rows, *, rules_only=False):
    """Recall, false holds and the figurative rate, overall and by kind."""
    crisis._detect.cache_clear()
    if rules_only:
        weak = crisis.WEAK
        crisis.WEAK = 2.0  # above any probability: the learned layer never speaks
    try:
        flagged = [detect_crisis(row["text"]).is_crisis for row in rows]
    finally:
        if rules_only:
            crisis.WEAK = weak
            crisis._detect.cache_clear()
    by_kind = defaultdict(lambda: [0, 0])
    for row, held in zip(rows, flagged, strict=True):
        by_kind[row["kind"]][0] += held
        by_kind[row["kind"]][1] += 1
    crises = [held for row, held in zip(rows, flagged, strict=True) if row["label"] == "crisis"]
    calm = [held for row, held in zip(rows, flagged, strict=True) if row["label"] != "crisis"]
    return {
        "recall": sum(crises) / len(crises),
        "false_holds": sum(calm) / len(calm),
        "figurative": by_kind["figurative"][0] / by_kind["figurative"][1],
        "by_kind": dict(by_kind),
        "text": f"recall {sum(crises)}/{len(crises)}, false holds {sum(calm)}/{len(calm)}, "
        f"figurative held {by_kind['figurative'][0]}/{by_kind['figurative'][1]}",
    }


def report_kinds(report_figure, label, figures):
    for kind, (held, total) in sorted(figures["by_kind"].items()):
        verb = "caught" if kind in CRISIS_KINDS else "held"
        report_figure(f"{label} {kind}: {verb} {held}/{total}")


def test_development_set_is_broad_enough():
    rows = read("crisis-dev.jsonl")
    crises = [row for row in rows if row["label"] == "crisis"]
    calm = [row for row in rows if row["label"] == "not_crisis"]
    assert len(crises) >= 160
    assert len(calm) >= 160
    assert {row["kind"] for row in crises} == CRISIS_KINDS
    assert {row["kind"] for row in calm} == CALM_KINDS
    assert sum(row["lang"] == "es" for row in crises) >= 30
    assert sum(row["lang"] not in ("en", "es") for row in crises) >= 15
    assert len({row["text"] for row in rows}) == len(rows), "no comment is in the set twice"


def test_development_set_figures(report_figure):
    rows = read("crisis-dev.jsonl")
    figures = measure(rows)
    rules = measure(rows, rules_only=True)
    report_figure(f"dev set: {figures['text']}")
    report_figure(f"dev set, rules alone: {rules['text']}")
    report_kinds(report_figure, "dev", figures)
    assert figures["recall"] == 1.0
    assert figures["figurative"] <= 1 / 8
    assert figures["false_holds"] <= 0.15
    assert rules["recall"] >= 0.95, "the concept rules, not the model, must carry the detector"


def test_probe_set_figures(report_figure):
    rows = read("crisis-probe.jsonl")
    assert sum(row["label"] == "crisis" for row in rows) == 60
    assert sum(row["kind"] == "figurative" for row in rows) >= 16
    figures = measure(rows)
    rules = measure(rows, rules_only=True)
    report_figure(f"probe set: {figures['text']}")
    report_figure(f"probe set, rules alone: {rules['text']}")
    report_kinds(report_figure, "probe", figures)
    assert figures["recall"] >= 0.95
    assert figures["figurative"] <= 1 / 8


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, I just keep picturing how calm the house would be without me in it",
        "I would never take my life... but I've started counting the sleeping pills in the drawer",
        "No, I don't want to die. I just don't want to wake up on Monday or any day after",
        "Not that I'd do it, but I've been standing at the edge of the station platform lately",
    ],
)
def test_a_denial_does_not_cancel_a_danger(text):
    assert detect_crisis(text).is_crisis


@pytest.mark.parametrize(
    "text",
    [
        "honestly i want 2 d1e after this week",
        "k i l l  m y s e l f, that's where my head is",
        "feeling so s.u.i.c.i.d.a.l tonight",
        "thinking about su*cide again",
        "i just wanna diiiiie",
        "gonna unalive myself if this keeps up",
        "cant stop thinking abt sewer slide",
    ],
)
def test_leetspeak_spacing_and_slang(text):
    assert detect_crisis(text).is_crisis


@pytest.mark.parametrize(
    "text",
    [
        "Ya no quiero vivir, todo me pesa demasiado",
        "Tengo guardadas las pastillas de mi abuela y pienso en tomármelas",
        "Ojalá pudiera dormirme y no despertar nunca más",
        "Mi familia estaría mejor sin mí, lo tengo clarísimo",
        "Mi marido me pega cuando bebe y tengo miedo de volver a casa",
    ],
)
def test_spanish(text):
    assert detect_crisis(text).is_crisis


@pytest.mark.parametrize(
    "text",
    [
        "My partner says he will kill me if I try to take the children",
        "my boyfriend slapped me again last night and took my keys",
        "I'm terrified to go home, he's been drinking since noon",
    ],
)
def test_danger_from_a_partner(text):
    finding = detect_crisis(text)
    assert finding.is_crisis
    assert "other_person_danger" in finding.kinds


@pytest.mark.parametrize(
    "text",
    [
        "The closing keynote absolutely killed it",
        "I'd kill for a nap after that module",
        "The drive to the clinic is murder in the rain",
        "I'm dying to try the new exercise with my group",
        "dead tired but it was worth it",
        "Shoot me an email when the slides are up",
        "This login bug is killing me",
        "The speaker slayed the Q&A",
        "Drop-dead gorgeous photography in this issue",
        "I was bored to death until the case study started",
        "When is the deadline for the quiz?",
    ],
)
def test_an_idiom_does_not_flag(text):
    assert not detect_crisis(text).is_crisis


@pytest.mark.parametrize(
    "text",
    [
        "This bug is killing me, and honestly so is life, I want to die",
        "I'd kill for a coffee. I'd also like to stop existing, if I'm honest",
        "Dying to read part two, but I've saved up enough tablets that I may not be here for it",
    ],
)
def test_an_idiom_next_to_a_real_signal_still_flags(text):
    assert detect_crisis(text).is_crisis


@pytest.mark.parametrize("text", ["", "   ", "\n\t ", None])
def test_empty_text_is_no_crisis(text):
    finding = detect_crisis(text)
    assert finding == CrisisFinding()
    assert not finding.is_crisis


def test_a_very_long_comment_is_read_to_the_end():
    """100 KB of ordinary talk with one sentence of danger at the very end (no time limit is
    asserted: the run itself shows it finishes)."""
    filler = "The lesson on breath and heart rate was clear and useful for my clients. "
    calm = filler * (100_000 // len(filler) + 1)
    assert len(calm) > 100_000
    assert detect_crisis(calm + "I have decided to end my life on Sunday.").is_crisis
    assert not detect_crisis(calm).is_crisis


def test_reasons_are_plain_words_for_moderators():
    finding = detect_crisis("I've been hoarding my meds and I know which bridge I'd use")
    assert finding.is_crisis
    assert "means" in finding.kinds
    for reason in finding.reasons:
        assert not set(reason) & set("\\[]{}|*?^$"), reason


def test_the_finding_is_immutable_and_repeatable():
    text = "thank you all for everything, I won't be around much longer"
    first, second = detect_crisis(text), detect_crisis(text)
    assert first == second
    assert first.kinds == ("farewell",)
    with pytest.raises(FrozenInstanceError):
        first.kinds = ()
