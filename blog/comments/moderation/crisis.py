"""Crisis detector for reader comments: is the writer (or someone near them) in danger?

Built for recall. A missed crisis is a person left alone with a held comment; a false alarm is
a moderator reading a comment a few minutes sooner. So the detector errs towards flagging,
and its reasons tell the moderator what it saw ("mentions gathered means (pills or
medication)"), never the pattern that saw it.

How a comment is read:
1. normalise (crisis_text): lower case, no accents, contractions spelled out, leetspeak,
   censoring, spacing and stretched letters undone, chat shorthand expanded;
2. blank figures of speech (crisis_guard): "this bug is killing me" loses only those words;
3. match concept rules (crisis_lexicon*): ideation, passive ideation, plans, means, self-harm,
   farewells, burden and hopelessness, danger from or to another person, in English, Spanish
   and the core phrasings of other languages; warning signs with no death word (preparations,
   a date, sudden calm). Negation never cancels a rule;
4. a bare topic word (suicide, self-harm, overdose) is not counted in a sentence that is about
   other people (a clinician's patients, a policy, a bereavement) with no first-person
   experience in it;
5. if no rule is sure, a character n-gram model (crisis_model) trained on the development set
   may hold the comment alone, or add one weak sign;
6. one strong sign, or two different weak ones (two passages), make a crisis.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from blog.comments.moderation import (
    crisis_lexicon_acts,
    crisis_lexicon_danger,
    crisis_lexicon_es,
    crisis_lexicon_europe,
    crisis_lexicon_farewell,
    crisis_lexicon_hints,
    crisis_lexicon_ideation,
    crisis_lexicon_intl,
    crisis_lexicon_loose_ends,
    crisis_lexicon_oblique,
    crisis_lexicon_signs,
)
from blog.comments.moderation.crisis_guard import blank_idioms, is_topic_not_experience
from blog.comments.moderation.crisis_lexicon import WT, C, S, T, W, expand
from blog.comments.moderation.crisis_model import STRONG, WEAK, probability
from blog.comments.moderation.crisis_text import concept, normalise, squashed

# Words people break apart to get past filters ("sui cide", "un-alive"): found in the comment
# with every separator removed, and only counted where they were actually broken up.
DISGUISED = ("suicid", "unalive", "sewerslide")
_SENTENCE_END = re.compile(r" [.!?;] ")


@dataclass(frozen=True)
class Rule:
    kind: str
    tier: str
    reason: str
    pattern: re.Pattern

    @property
    def weak(self) -> bool:
        return self.tier in (W, WT)

    @property
    def topical(self) -> bool:
        return self.tier in (T, WT)


@dataclass(frozen=True)
class CrisisFinding:
    kinds: tuple[str, ...] = ()  # which concepts fired, e.g. ("intent_plan", "means")
    reasons: tuple[str, ...] = ()  # what a moderator should look for, in plain words

    @property
    def is_crisis(self) -> bool:
        return bool(self.kinds)


def _compile(*modules) -> tuple[Rule, ...]:
    return tuple(
        Rule(kind, tier, reason, concept(expand(source)))
        for module in modules
        for kind, tier, reason, source in module.RULES
    )


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every concept rule, compiled once per process on first use: compiling them takes about
    half a second, which a worker should not spend before it can answer anything."""
    return _compile(
        crisis_lexicon_ideation,
        crisis_lexicon_acts,
        crisis_lexicon_farewell,
        crisis_lexicon_danger,
        crisis_lexicon_es,
        crisis_lexicon_intl,
        crisis_lexicon_europe,
        crisis_lexicon_signs,
        crisis_lexicon_oblique,
        crisis_lexicon_hints,
        crisis_lexicon_loose_ends,
    )


def detect_crisis(text: str) -> CrisisFinding:
    """Read one comment and say whether a person should read it now, and why."""
    return _detect(text or "")


@lru_cache(maxsize=2048)
def _detect(text: str) -> CrisisFinding:
    normalised = normalise(text)
    if not normalised.strip():
        return CrisisFinding()
    guarded = blank_idioms(f" {normalised} ")
    found: dict[str, Rule] = {}
    weak_signs: set[tuple[int, int]] = set()
    about_others = False
    for rule in rules():
        if rule.reason in found and not rule.weak:
            continue
        signs, silenced = _signs(rule, guarded)
        about_others = about_others or silenced
        if signs:
            found.setdefault(rule.reason, rule)
            if rule.weak:
                weak_signs.update(signs)
    if not any(not rule.weak for rule in found.values()):
        if _disguised(guarded):
            found["spells suicide in a disguised way"] = Rule(
                "ideation", S, "spells suicide in a disguised way", _NEVER
            )
        elif not about_others:  # the rules found it is about someone else: the model agrees
            _learned(guarded, found, weak_signs)
    strong = [rule for rule in found.values() if not rule.weak]
    weak = [rule for rule in found.values() if rule.weak]
    if not strong and _separate(weak_signs) < 2:
        return CrisisFinding()
    chosen = strong + weak
    kinds = tuple(dict.fromkeys(rule.kind for rule in chosen))
    return CrisisFinding(kinds=kinds, reasons=tuple(rule.reason for rule in chosen))


def _separate(spans: set[tuple[int, int]]) -> int:
    """How many passages the weak signs make: two signs sharing most of their words are one."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: span[1] - span[0]):
        if not any(min(end, e) - max(start, s) >= 0.5 * min(end - start, e - s) for s, e in kept):
            kept.append((start, end))
    return len(kept)


def _learned(text: str, found: dict[str, Rule], weak_signs: set[tuple[int, int]]) -> None:
    """The second net: the model alone holds a comment, or counts as one weak sign."""
    chance = probability(text)
    if chance < WEAK:
        return
    reason = f"reads like the crisis comments the model learned from ({chance:.0%})"
    found[reason] = Rule("resembles_crisis", S if chance >= STRONG else W, reason, _NEVER)
    if chance < STRONG:
        weak_signs.add((len(text), len(text) + 1))  # a passage of its own, after the text


def _signs(rule: Rule, text: str) -> tuple[set[tuple[int, int]], bool]:
    """The passages where a rule holds (a weak rule needs two separate ones), and whether a
    topic rule was silenced because its sentence was about someone else."""
    signs: set[tuple[int, int]] = set()
    silenced = False
    if rule.tier == C:
        return signs, rule.pattern.search(text) is not None
    for match in rule.pattern.finditer(text):
        if rule.topical and is_topic_not_experience(_sentence(text, match)):
            silenced = True
            continue
        signs.add(match.span())
        if not rule.weak:
            break
    return signs, silenced


def _sentence(text: str, match: re.Match) -> str:
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())]
    end = _SENTENCE_END.search(text, match.end())
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _disguised(text: str) -> bool:
    whole = squashed(text)
    words = [squashed(word) for word in text.split()]
    return any(whole.count(term) > sum(word.count(term) for word in words) for term in DISGUISED)


_NEVER = re.compile(r"(?!)")
