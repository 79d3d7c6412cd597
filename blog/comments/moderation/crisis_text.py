"""Text normalisation for the crisis detector.

People in distress rarely type the way a dictionary spells: they drop apostrophes, stretch
letters ("diiie"), swap letters for digits ("su1c1de"), space words out ("k i l l"), censor them
("s*icide") or use chat shorthand ("wanna", "2nite"). Rather than teach every rule each spelling,
the comment is reduced to one canonical form (lower case, no accents, contractions spelled out,
leetspeak, censoring and spacing undone, shorthand expanded, one typo in a key word corrected),
and every rule passes through `concept()`, which lets each letter stretch or a doubled letter be
typed once. Rules are written in ordinary spelling and never need to know about either.
"""

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018`\u00b4\u02bc\uff07\u2032", "'"))
_LIGATURES = str.maketrans({"\u0153": "oe", "\u00e6": "ae", "\u00f8": "o", "\u0142": "l"})
_LAUGHTER = re.compile("[\U0001f602\U0001f923\U0001f480\U0001f639\u2620]")

# Contractions first (apostrophe optional only where the bare form is not another word).


def _pairs(text: str) -> dict[str, str]:
    """A word list written compactly as "short=long, short=long"."""
    return dict(pair.strip().split("=", 1) for pair in text.split(",") if pair.strip())


_CONTRACTIONS = [
    (r"\bcan'?t\b", "can not"),
    (r"\bwon'?t\b", "will not"),
    (r"\bain'?t\b", "is not"),
    (
        r"\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need|might)n'?t\b",
        r"\1 not",
    ),
    (r"\bi'?m\b", "i am"),
    (r"\b(i|you|we|they)'?ve\b", r"\1 have"),
    (r"\b(i|you|we|they|he|she|it|that|there|everyone|nobody)'ll\b", r"\1 will"),
    (r"\b(i|you|we|they|he|she|it|that|there|everyone|nobody)'d\b", r"\1 would"),
    (r"\b(you|they)'?re\b", r"\1 are"),
    (r"\bwe're\b", "we are"),
    (r"\b(it|that|what|there|here|who|he|she|where|everything|nothing|life|today)'?s\b", r"\1 is"),
    (
        r"\b(\w+)'s (?=(?:the|a|an|not|so|gone|over|been|going|too|just|really|all|never|always|"
        r"no|nothing|my|getting|coming|done|finished|happening|time)\b)",
        r"\1 is ",
    ),
    (r"\blet'?s\b", "let us"),
]
_CONTRACTION_RULES = [(re.compile(pattern), repl) for pattern, repl in _CONTRACTIONS]

# Chat shorthand, whole tokens only (and before leetspeak, so "any1" is not read as "anyi").
_SHORTHAND = _pairs(
    "wanna=want to, wana=want to, wanto=want to, gonna=going to, gona=going to, "
    "gotta=got to, hafta=have to, kinda=kind of, tryna=trying to, dunno=do not know, "
    "idk=i do not know, idc=i do not care, cuz=because, coz=because, cos=because, "
    "bc=because, u=you, ur=your, r=are, ppl=people, rn=right now, tn=tonight, "
    "2nite=tonight, 2night=tonight, tonite=tonight, tnite=tonight, tmrw=tomorrow, "
    "tmrrw=tomorrow, tmr=tomorrow, tmw=tomorrow, 2moro=tomorrow, 2morrow=tomorrow, "
    "tomoz=tomorrow, b4=before, pls=please, plz=please, bf=boyfriend, gf=girlfriend, "
    "hubby=husband, noone=no one, no1=no one, every1=everyone, some1=someone, any1=anyone, "
    "4ever=forever, 4eva=forever, anymore=anymore, nemore=anymore, alot=a lot, "
    "w/o=without, smth=something, sth=something, xq=porque, pq=porque, q=que, k=que, "
    "kiero=quiero, kieres=quieres, tb=tambien, b=be, abt=about, ded=dead, 2day=today, "
    "x=por, s/h=sh, od'd=overdosed, od'ing=overdosing, sh'd=self harmed, sh'ed=self harmed, "
    "sh-ed=self harmed, sh'ing=self harming, sh-ing=self harming, ykwim=you know what i mean, "
    "iykwim=if you know what i mean, ykwm=you know what i mean, iykyk=if you know what i mean"
)
_TOKEN = re.compile(r"\S+")
_TO_BEFORE = re.compile(
    r"\b(want|wanted|wants|going|need|needed|like|love|try|trying|tried|ready|about|able|used|"
    r"decided|plan|planning|deserve|hate|afraid|scared|wish|time) 2 "
)
_TO_AFTER = re.compile(r" 2 (die|live|end|kill|cut|be|go|sleep|wake|disappear|hurt|exist)\b")

_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "@": "a",
        "$": "s",
        "!": "i",
        "|": "l",
        "€": "e",
    }
)
_LEETABLE = re.compile(r"[a-z][0-9@$!|€]|[0-9@$!|€][a-z]")
_MEASURE = re.compile(r"^\d+(?:am|pm|st|nd|rd|th|mg|ml|g|kg|km|kms|lbs?|h|hrs?|min|mins|x|s)$")
_CENSORED = re.compile(r"[a-z]*[*#]+[a-z*#]*")
_CENSOR_VOCAB = (
    "suicide",
    "suicidal",
    "kill",
    "killing",
    "myself",
    "die",
    "dying",
    "dead",
    "death",
    "cut",
    "cutting",
    "hang",
    "unalive",
    "overdose",
    "life",
    "hurt",
    "harm",
    "self",
)

# Single letters split by spaces or punctuation ("k i l l", "s.u.i.c.i.d.e") are joined up.
_SPACED = re.compile(
    r"(?<![a-z0-9])(?:[a-z013457@$][ .\-_*·•|/]{1,3}){2,}[a-z013457@$](?![a-z0-9])"
)
# "s/h", "s/h-y", "s/h'ing": self-harm, before letters split by slashes are joined up.
_SELF_HARM_SLASH = re.compile(r"(?<![a-z0-9])s ?/ ?h(?![a-z0-9])")
_NOT_TEXT = re.compile(r"[^\w.,!?;:]+|_")
_PUNCT = re.compile(r"([.,!?;:])")

_BARE_CONTRACTIONS = _pairs(
    "dont=do not, doesnt=does not, didnt=did not, isnt=is not, arent=are not, "
    "wasnt=was not, werent=were not, havent=have not, hasnt=has not, hadnt=had not, "
    "couldnt=could not, wouldnt=would not, shouldnt=should not, cant=can not, "
    "wont=will not, ive=i have, youre=you are, theyre=they are, whats=what is, "
    "thats=that is, theres=there is, its=it is, id=i would"
)

# "im" without its apostrophe is "I'm" before the words English puts there; German "im Garten"
# (in the garden) is left alone.
_BARE_IM = re.compile(
    r"(?:(?<=^)|(?<=[\s.,!?;:]))im (?=(?:so|not|going|gonna|done|tired|fine|ok|okay|just|a|an|the|"
    r"sorry|scared|afraid|sad|feeling|in|on|at|really|very|always|never|still|here|there|"
    r"literally|lowkey|honestly|ready|thinking|trying|about|alone|over|dead|dying|suicidal|"
    r"depressed|worthless|good|sick|exhausted|numb|broken|lost|stuck|getting|having|starting|"
    r"being|nothing|no|sure|such|too|gonna|like|kind|kinda|only|pretty|completely|totally|"
    r"writing|posting|reading|leaving|giving|planning|saving|cutting|hurting|struggling|"
    r"a|also|actually|probably|definitely|seriously|fucking|tryna|finally|constantly|"
    r"at|with|from|to|this|that|your|you|my|all|both|okay|better|worse|useless|hopeless)\b)"
)

# Words worth recognising through one typo (edit distance 1): long enough to be unambiguous.
_FUZZY_VOCAB = (
    "suicide",
    "suicidal",
    "myself",
    "overdose",
    "unalive",
    "hopeless",
    "worthless",
    "goodbye",
    "anymore",
    "sewerslide",
    "suicidio",
    "suicidarme",
    "tonight",
    "burden",
)


def normalise(text: str) -> str:
    """The canonical form every crisis rule is matched against."""
    text = unicodedata.normalize("NFKC", text or "").casefold().translate(_APOSTROPHES)
    text = _LAUGHTER.sub(" lol ", text).translate(_LIGATURES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    for pattern, repl in _CONTRACTION_RULES:
        text = pattern.sub(repl, text)
    text = _SELF_HARM_SLASH.sub(" self harm ", text)
    text = _SPACED.sub(lambda m: re.sub(r"[ .\-_*·•|/]", "", m.group()), text)
    text = _TOKEN.sub(lambda m: _token(m.group()), text)
    text = _TO_BEFORE.sub(r"\1 to ", text)
    text = _TO_AFTER.sub(r" to \1", text)
    text = _PUNCT.sub(r" \1 ", _NOT_TEXT.sub(" ", text))
    text = " ".join(_BARE_CONTRACTIONS.get(word) or _fuzzy(word) for word in text.split())
    return _BARE_IM.sub("i am ", text)


def skeleton(text: str) -> str:
    """Collapse every run of a repeated letter: "kiiilll" and "kill" meet at "kil"."""
    return re.sub(r"([a-z])\1+", r"\1", text)


def squashed(text: str) -> str:
    """The normalised text with every separator removed, for words broken up to dodge filters."""
    return skeleton(re.sub(r"[^a-z]", "", text))


def _token(token: str) -> str:
    bare = token.strip(".,!?;:\"'()[]")
    if bare in _SHORTHAND:
        return token.replace(bare, _SHORTHAND[bare])
    if _LEETABLE.search(token) and not _MEASURE.match(bare):
        core = bare.translate(_LEET)
        token = token.replace(bare, core)
        bare = core
    if ("*" in bare or "#" in bare) and _CENSORED.fullmatch(bare):
        return token.replace(bare, _uncensor(bare))
    return token


@lru_cache(maxsize=4096)
def _uncensor(token: str) -> str:
    shape = re.compile("".join(".{1,2}" if c in "*#" else re.escape(c) for c in token))
    return next((word for word in _CENSOR_VOCAB if shape.fullmatch(word)), token)


@lru_cache(maxsize=16384)
def _fuzzy(word: str) -> str:
    if len(word) < 6 or not word.isalpha():
        return word
    for target in _FUZZY_VOCAB:
        if word[:6] == target[:6]:
            return word
        if abs(len(target) - len(word)) <= 1 and word[0] == target[0] and _one_edit(word, target):
            return target
    return word


def _one_edit(a: str, b: str) -> bool:
    """Damerau distance at most one: one letter added, dropped, changed or two swapped."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1 :] for i in range(len(b)))


def concept(source: str) -> re.Pattern:
    """Compile a rule written in ordinary spelling so that each letter may be stretched or a
    doubled letter typed once: "kill" matches "kil", "kill" and "kiiilll".

    A space stands for any run of spaces. Inside lookbehinds (which must keep a fixed width) and
    character classes, text is literal.
    """
    out, previous, i, depth, literal = [], "", 0, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            out.append(source[i : i + 2])
            previous, i = "", i + 2
            continue
        if source.startswith(("(?<=", "(?<!"), i):
            literal = 1
            out.append(source[i : i + 4])
            i += 4
            continue
        if literal and char in "()":
            literal += 1 if char == "(" else -1
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == " " and not (depth or literal):
            out.append("\\s" if source[i + 1 : i + 2] in ("?", "*", "+", "{") else "\\s+")
            previous = ""
        elif depth or literal or not char.isalpha():
            out.append(char)
            previous = ""
        elif char != previous:
            following = source[i + 1 : i + 2]
            out.append(
                char
                if following == "+"
                else f"(?:{char}+)"
                if following in "?*{" and (following)
                else f"{char}+"
            )
            previous = char
        i += 1
    return re.compile("".join(out))
