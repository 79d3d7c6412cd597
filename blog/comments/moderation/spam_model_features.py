"""What the spam model sees in a comment: hashed word and character n-grams, plus a few shapes.

Hashing keeps the features stateless: the same text always lands on the same columns, so the
model file needs only weights, never a pickled vocabulary. Every feature is a readable string
before it is hashed ("b:guest post", "e:seo", "x:several links"), which is what lets a moderator
be told why a comment was held. Fields carry prefixes so "casino" in a name and in a body are
different evidence.
"""

import functools
import re
import unicodedata

from sklearn.feature_extraction.text import HashingVectorizer

N_FEATURES = 2**20
MAX_BODY_CHARS = 5000  # a pasted novel costs no more than a long comment
MAX_WORD_CHARS = 60  # nor does one endless "word"
WORD_NGRAMS = (1, 2)
CHAR_NGRAMS = (2, 5)
TOKEN_PATTERN = r"(?u)\b\w\w+\b"  # noqa: S105 -- a word pattern, not a secret

_TLDS = (
    "com|net|org|info|biz|io|co|uk|us|ca|au|de|fr|es|it|pt|br|ru|pl|nl|be|ch|at|in|pk|ng|gh|za|"
    "cn|jp|kr|vn|id|tr|mx|ar|xyz|top|shop|store|online|site|club|vip|app|tech|me|tv|cc|ly|gg|fm|"
    "love|ai|blog|live|pro|cloud|agency|studio|services|support|tools|academy|ph|edu|gov"
)
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"']+"
    rf"|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:{_TLDS})\b(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)
_LINK = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?/*(?:[^@/?#]*@)?([^/?#:\s]*)[^/?#]*([^?#]*)")
# Chinese and Japanese put no spaces between words: their punctuation is where "words" end.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_BREAK = re.compile(rf"[\u3000-\u303f\uff01-\uff65]|(?<=[{_CJK}])[^\w\s]|[^\w\s](?=[{_CJK}])")
_PIECES = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_MONEY = re.compile(r"[$€£¥₹]\s?\d|\d\s?(?:usd|eur|gbp|dollars|euros?|k)\b", re.IGNORECASE)
_PERCENT = re.compile(r"\d\s?%")
_PHONE = re.compile(r"\+?\d[\d\s().-]{8,}\d")
_CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{5,}")  # "thoughtful" has 4
_VOWEL = re.compile(r"[aeiouy]")
_REPEAT = re.compile(r"(\w)\1{3,}")
# The commonest English words: prose that uses none of them is not written for these readers.
_ENGLISH_TEXT = (
    "the a an and or but of to in on at for with from by as is are was were be been it its this "
    "that i you he she we they my your our their me us them not no do does did have has had can "
    "could would should will what which who how when where why if so than then there here very "
    "more all any some about after just also one"
)
ENGLISH_COMMON = frozenset(_ENGLISH_TEXT.split())
# Mailbox providers anyone can use, spammer or clinician: which one says nothing about the writer,
# so they all read as one token and only a domain of the writer's own is evidence.
_FREEMAIL_TEXT = (
    "gmail googlemail yahoo ymail outlook hotmail live msn aol icloud me mac protonmail proton "
    "pm gmx web mail email yandex rambler qq 163 126 naver daum libero virgilio orange free "
    "laposte sfr wanadoo btinternet sky comcast verizon att sbcglobal bigpond telia ziggo "
    "t-online bol uol terra sapo wp o2 seznam rediffmail zoho fastmail tutanota"
)
FREEMAIL = frozenset(_FREEMAIL_TEXT.split())
SCRIPTS = ("CYRILLIC", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "ARABIC", "HEBREW", "THAI", "GREEK")

_words = HashingVectorizer(
    analyzer="word", ngram_range=WORD_NGRAMS, token_pattern=TOKEN_PATTERN
).build_analyzer()
_chars = HashingVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS).build_analyzer()
_hasher_options = {"n_features": N_FEATURES, "alternate_sign": False, "norm": None}
WORD_HASHER = HashingVectorizer(analyzer=lambda row: word_features(row), **_hasher_options)
CHAR_HASHER = HashingVectorizer(analyzer=lambda row: char_features(row), **_hasher_options)
SHAPE_HASHER = HashingVectorizer(analyzer=lambda row: shape_features(row), **_hasher_options)
HASHERS = {"words": WORD_HASHER, "chars": CHAR_HASHER, "shapes": SHAPE_HASHER}


def clean(row: dict) -> dict:
    """The four fields as the model reads them: normalised, lower case, body cut to length."""

    def text(key):
        raw = str(row.get(key) or "")[:MAX_BODY_CHARS]
        return unicodedata.normalize("NFKC", raw).lower().strip()[:MAX_BODY_CHARS]

    return {
        "body": " ".join(
            word[:MAX_WORD_CHARS] for word in _CJK_BREAK.sub(" ", text("body")).split()
        ),
        "name": text("name"),
        "email": text("email"),
        "website": text("website"),
    }


def word_features(row: dict) -> list[str]:
    row = clean(row)
    body, links = row["body"], URL_RE.findall(row["body"])
    prose = URL_RE.sub(" ", body)
    features = ["b:" + gram for gram in _words(prose)]
    features += ["n:" + piece for piece in _PIECES.findall(row["name"])]
    local, _, domain = row["email"].rpartition("@")
    if is_freemail(domain):
        features += ["e:freemail", "e:" + domain.rpartition(".")[2]]
    else:
        features += ["e:" + piece for piece in _PIECES.findall(domain)]
    features += ["el:" + piece for piece in _PIECES.findall(local)]
    features += ["w:" + piece for link in [row["website"]] if link for piece in _link_pieces(link)]
    return features + ["u:" + piece for link in links for piece in _link_pieces(link)]


def char_features(row: dict) -> list[str]:
    row = clean(row)
    features = _chars(row["body"])
    domains = [own_domain(row["email"]), _host(row["website"])]
    features += ["d|" + gram for domain in domains if domain for gram in _chars(domain)]
    return features + ["n|" + gram for gram in _chars(row["name"])]


def shape_features(row: dict) -> list[str]:
    """Kinds of comment rather than words: links, length, script, money, keyboard mash."""
    row = clean(row)
    body, links = row["body"], URL_RE.findall(row["body"])
    prose = URL_RE.sub(" ", body)
    shapes = []
    if row["website"]:
        shapes.append("x:gives a website")
    if links:
        shapes.append("x:a link" if len(links) == 1 else "x:several links")
        if len(prose.split()) < 3:
            shapes.append("x:nothing but a link")
    length = len(body)
    shapes.append(
        "x:empty"
        if not length
        else next(
            f"x:under {limit} characters" for limit in (20, 80, 300, 1000, 10**9) if length < limit
        )
    )
    letters = [char for char in prose if char.isalpha()]
    scripts = [_script(char) for char in letters]
    for script in set(scripts) - {"LATIN"}:
        if scripts.count(script) > len(letters) / 2:
            shapes.append(f"x:written in {script.lower()}")
    latin_words = re.findall(r"[a-z']+", prose)
    if (
        len(latin_words) >= 5
        and sum(w in ENGLISH_COMMON for w in latin_words) < len(latin_words) / 12
    ):
        shapes.append("x:no common English words")
    long_words = [word for word in latin_words if len(word) >= 4]
    mashed = sum(1 for word in long_words if _CONSONANT_RUN.search(word) or not _VOWEL.search(word))
    if mashed >= 2 and mashed > len(long_words) / 4:  # one "thoughtful" is not a keyboard
        shapes.append("x:keyboard mash")
    if _REPEAT.search(prose):
        shapes.append("x:repeated letters")
    for flag, pattern in (
        ("prices", _MONEY),
        ("percentages", _PERCENT),
        ("a phone number", _PHONE),
    ):
        if pattern.search(prose):
            shapes.append(f"x:{flag}")
    if prose.count("!") >= 2:
        shapes.append("x:exclamation marks")
    return shapes


def is_freemail(domain: str) -> bool:
    return domain.split(".")[0] in FREEMAIL


def own_domain(email: str) -> str:
    """The address's domain, unless it is a mailbox provider anyone can sign up to."""
    domain = email.rpartition("@")[2]
    return "" if is_freemail(domain) else domain


def _split_link(link: str) -> tuple[str, str]:
    """Host and path of whatever a reader typed as a link; never raises, whatever the text."""
    match = _LINK.match(link.strip()[:500])
    return (match.group(1), match.group(2)) if match else ("", "")


def _link_pieces(link: str) -> list[str]:
    host, path = _split_link(link)
    return _PIECES.findall(f"{host} {path}")


def _host(link: str) -> str:
    return _split_link(link)[0]


@functools.lru_cache(maxsize=8192)
def _script(char: str) -> str:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return "OTHER"
    return next((script for script in ("LATIN", *SCRIPTS) if name.startswith(script)), "OTHER")


def describe(feature: str) -> str:
    """A feature string as a moderator reads it."""
    prefix, _, rest = feature.partition(":")
    return {
        "b": rest,
        "x": rest,
        "n": f"name: {rest}",
        "e": "free mailbox" if rest == "freemail" else f"email domain: {rest}",
        "el": f"email: {rest}",
        "w": f"website: {rest}",
        "u": f"link: {rest}",
    }.get(prefix, feature)
