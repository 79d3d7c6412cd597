"""Spam scoring for reader comments.

Each signal adds points with a human-readable reason, so moderators see why a comment was held.
The signals describe kinds of spam (promotion, link dumping, foreign-language filler, bots that
post faster than anyone writes), not particular messages, so they hold for unseen comments.
Thresholds live in settings: COMMENT_SPAM_THRESHOLD and COMMENT_HOLD_THRESHOLD.
"""

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

logger = logging.getLogger(__name__)

URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|info|biz|ru|"
    r"pk|br|es|xyz|top|shop|online|site)(?:/\S*)?\b",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
PHONE_RE = re.compile(r"\+\d[\d\s().-]{7,}\d")
MONEY_RE = re.compile(r"[$€£]\s?\d|\d\s?(?:usd|eur|dollars)\b|\b\d{2,3}\s?%", re.IGNORECASE)

# Off-topic promotion, by kind: each kind found adds 4 points, each further telltale 2 more.
# A clinician may mention a casino or a password once; spam piles the telltales up.
PROMOTION = {
    "password or licence cracking": (
        r"\b(?:unlock|crack|bypass|recover)\w*\b.{0,60}\bpasswords?\b"
        r"|\bpasswords?\b.{0,60}\b(?:unlock|crack|bypass|recover)\w*",
        r"\bpasswords?\b.{0,60}\b(?:tool|software|download|trial)\b"
        r"|\b(?:tool|software|download|trial)\b.{0,60}\bpasswords?\b",
        r"\b(?:product|licen[cs]e|serial|activation)\s+keys?\b",
        r"\blifetime (?:activation|licen[cs]e)\b",
    ),
    "gambling": (
        r"\bcasinos?\b",
        r"\bfree spins?\b|\bspin the wheel\b",
        r"\b(?:slots?|roulette|poker|blackjack)\b.{0,30}\b(?:roulette|poker|jackpot|play)\b",
        r"\bjackpot\b",
        r"\bsports? betting\b|\b(?:welcome|deposit) bonus\b",
    ),
    "pharmacy": (
        r"\bwithout (?:a )?prescription\b",
        r"\bonline pharmacy\b|\b(?:overnight|discreet) (?:delivery|shipping|packaging)\b",
        r"\b(?:buy|cheap|order)\b.{0,30}\b(?:xanax|valium|tramadol|viagra|cialis|oxycodone|"
        r"adderall|ambien|pills?)\b",
    ),
    "crypto or get-rich scheme": (
        r"\b(?:bitcoin|crypto\w*|forex|nft)\b.{0,60}\b(?:trading|bot|profit|earn|invest)\w*",
        r"\bpassive income\b|\bdouble your money\b",
        r"\bguaranteed\b.{0,30}\breturns?\b|\b\d+\s?% (?:monthly|weekly|daily) returns?\b",
        r"\binvestment (?:program|plan|opportunity)\b|\bminimum deposit\b",
    ),
    "loans": (
        r"\b(?:personal|payday|quick|instant) loans?\b|\bloan approval\b",
        r"\bbad credit\b|\bno paperwork\b",
    ),
    "SEO or marketing services": (
        r"\bbacklinks?\b|\bseo\b",
        r"\b(?:google|search) rank\w*|\bfirst page\b.{0,40}\b(?:google|results)\b",
        r"\bwebmaster\b|\bweb traffic\b",
        r"\bfollowers\b.{0,40}\b(?:likes|views|cheap|buy|grow)\b"
        r"|\bgrow your (?:instagram|tiktok|youtube|followers|business)\b",
        r"\bweb design\b.{0,60}\b(?:company|agency|services?)\b|\bapp development company\b",
        r"\bessay writ\w+ service\b|\bplagiarism[- ]free\b",
    ),
    "counterfeit goods": (
        r"\breplica\b",
        r"\bluxury (?:watches|bags|handbags)\b|\bcheap (?:sneakers|watches|jerseys|handbags)\b",
    ),
    "diet pills": (
        r"\blose \d+\s?(?:pounds|lbs|kg)\b",
        r"\b(?:keto|diet|slimming|weight loss) pills?\b|\bweight loss secret\b",
    ),
    "dating or adult": (
        r"\bhot singles\b|\bsingles in your area\b",
        r"\bhot pics\b|\bprivate videos\b|\badult (?:chat|videos)\b",
        r"\blink in (?:my )?bio\b",
    ),
}
PROMOTION_RE = {
    kind: [re.compile(pattern, re.IGNORECASE) for pattern in patterns]
    for kind, patterns in PROMOTION.items()
}
SALES_RE = re.compile(
    r"\b(?:order now|buy now|sign up (?:free|now)|free trial|best price|limited (?:stock|offer|"
    r"time)|discount|visit (?:my|our) (?:site|website|store)|check out my|contact us|apply (?:now|"
    r"today|at)|whatsapp|telegram|guaranteed|act now|free (?:audit|bottle|quote))",
    re.IGNORECASE,
)
SELF_HARM_RE = re.compile(
    r"\bsuicid\w*|\bkill(?:ing)? my ?self\b|\bend(?:ing)? (?:my|it) (?:life|all)\b|\bself[- ]harm"
    r"|\bhurt(?:ing)? my ?self\b|\bcut(?:ting)? my ?self\b|\b(?:don'?t|do not) want to (?:live|"
    r"be alive|wake up)\b|\bwant to die\b|\bbetter off dead\b|\btake my (?:own )?life\b",
    re.IGNORECASE,
)


_ENGLISH_TEXT = (
    "the a an and or but of to in on at for with from by as is are was were be been it its "
    "this that these those i you he she we they my your our their me us them not no do does "
    "did have has had can could would should will what which who how when where why if so "
    "than then there here very more most all any some about after before just also much many "
    "one"
)
ENGLISH_COMMON = frozenset(_ENGLISH_TEXT.split())
# Frequent short words of other languages readers' spam arrives in (Romance, German, Dutch).
_OTHER_TEXT = (
    "el la los las del que y en un una con por para es son se al lo su sus o e do da dos das "
    "os em um uma com não sobre como muy le les des et est une du au il ne pas sur dans qui "
    "der das und ist nicht ein eine mit von zu che di non per sono het een van niet ook"
)
OTHER_COMMON = frozenset(_OTHER_TEXT.split())


@dataclass
class Verdict:
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    urgent: bool = False
    status: str = "pending"

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(f"{reason} (+{points:g})")


def hash_ip(ip: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest() if ip else ""


def mentions_self_harm(text: str) -> bool:
    return bool(SELF_HARM_RE.search(text))


def text_signals(verdict: Verdict, body: str, name: str = "", website: str = "") -> None:
    """What the words themselves give away, without looking at the database."""
    text = " ".join(body.split())
    links = URL_RE.findall(text)
    if links:
        verdict.add(1 if len(links) <= settings.COMMENT_MAX_LINKS else 3, f"{len(links)} link(s)")
        if sum(len(link) for link in links) / max(len(text), 1) > settings.COMMENT_LINK_RATIO:
            verdict.add(2, "mostly links")
    if website.strip():
        verdict.add(1, "gives a website")
    for kind, patterns in PROMOTION_RE.items():
        found = sum(1 for pattern in patterns if pattern.search(f"{name} {text}"))
        if found:
            verdict.add(4 + 2 * (found - 1), f"promotion: {kind}")
    sales = {match.lower() for match in SALES_RE.findall(text)}
    if sales:
        verdict.add(min(4, 2 * len(sales)), f"sales talk: {', '.join(sorted(sales))}")
    if MONEY_RE.search(text):
        verdict.add(1, "prices or percentages")
    if PHONE_RE.search(text):
        verdict.add(2, "phone number")
    if "!!" in text:
        verdict.add(1, "repeated exclamation marks")
    language_signals(verdict, text)


def language_signals(verdict: Verdict, text: str) -> None:
    """Text in another script, or Latin-script text with none of English's common words."""
    letters = [char for char in text if char.isalpha()]
    if letters:
        other = sum(1 for char in letters if not _is_latin(char))
        if other / len(letters) > settings.COMMENT_OTHER_SCRIPT_RATIO:
            verdict.add(5, "mostly in another script")
            return
    words = [word.lower() for word in WORD_RE.findall(URL_RE.sub(" ", text))]
    if len(words) >= 8:
        common = sum(1 for word in words if word in ENGLISH_COMMON)
        other = sum(1 for word in words if word in OTHER_COMMON)
        if common / len(words) < settings.COMMENT_ENGLISH_MIN_RATIO or other > common:
            verdict.add(5, "not in English")


def _is_latin(char: str) -> bool:
    try:
        return unicodedata.name(char).startswith("LATIN")
    except ValueError:
        return False


def assess(
    *,
    body: str,
    name: str = "",
    email: str = "",
    website: str = "",
    honeypot: str = "",
    seconds_to_submit: float | None = None,
    ip_hash: str = "",
    ip_address: str = "",
    user_agent: str = "",
    article=None,
    trusted: bool = False,
) -> Verdict:
    """Score a submission and decide its status: approved, pending or spam."""
    from blog.models import Comment

    verdict = Verdict()
    if honeypot.strip():
        verdict.add(10, "hidden honeypot field filled in")
    if seconds_to_submit is not None and seconds_to_submit < settings.COMMENT_MIN_SECONDS:
        verdict.add(4, f"submitted {seconds_to_submit:.0f}s after the form was shown")
    text_signals(verdict, body, name, website)
    blocklist_signals(verdict, f"{name} {email} {website} {body}".lower())
    normalised = " ".join(body.lower().split())
    since = timezone.now() - timedelta(seconds=settings.COMMENT_DUPLICATE_WINDOW)
    recent = Comment.objects.filter(created__gte=since).values_list("body", flat=True)[:500]
    if any(" ".join(other.lower().split()) == normalised for other in recent):
        verdict.add(5, "duplicate of a recent comment")
    rate_signals(verdict, ip_hash, email)
    if settings.AKISMET_API_KEY:
        akismet_signal(verdict, body, name, email, website, ip_address, user_agent)
    verdict.urgent = mentions_self_harm(body)
    verdict.status = decide(verdict, email, trusted)
    return verdict


def decide(verdict: Verdict, email: str, trusted: bool) -> str:
    from blog.models import Comment

    if verdict.score >= settings.COMMENT_SPAM_THRESHOLD:
        return Comment.Status.SPAM
    if verdict.urgent:
        verdict.reasons.append("speaks of self-harm or suicide: held for a person to read")
        return Comment.Status.PENDING
    if verdict.score >= settings.COMMENT_HOLD_THRESHOLD:
        return Comment.Status.PENDING
    known = email and Comment.objects.approved().filter(email__iexact=email).exists()
    if trusted or known:
        return Comment.Status.APPROVED
    verdict.reasons.append("first comment from this address: held for moderation")
    return Comment.Status.PENDING


def blocklist_signals(verdict: Verdict, haystack: str) -> None:
    from blog.models import BlocklistEntry

    for kind, value in BlocklistEntry.objects.values_list("kind", "value"):
        value = value.strip().lower()
        if not value:
            continue
        if kind == BlocklistEntry.Kind.DOMAIN:
            found = value in haystack
        else:
            found = re.search(rf"\b{re.escape(value)}\b", haystack) is not None
        if found:
            verdict.add(5, f"blocklisted {kind}: {value}")


def rate_signals(verdict: Verdict, ip_hash: str, email: str) -> None:
    """Count submissions per IP and per email in a sliding cache window."""
    window = settings.COMMENT_RATE_WINDOW
    for label, key in (("address", ip_hash), ("email", email.lower())):
        if not key:
            continue
        cache_key = "comment-rate:" + hashlib.sha256(f"{label}:{key}".encode()).hexdigest()
        cache.add(cache_key, 0, window)
        try:
            count = cache.incr(cache_key)
        except ValueError:
            cache.set(cache_key, 1, window)
            count = 1
        if count > settings.COMMENT_RATE_LIMIT:
            verdict.add(5, f"more than {settings.COMMENT_RATE_LIMIT} comments from this {label}")


def akismet_signal(verdict, body, name, email, website, ip_address, user_agent) -> None:
    """Ask Akismet as one more signal; an outage never blocks or loses a comment."""
    try:
        import akismet

        client = akismet.SyncClient.validated_client(
            config=akismet.Config(key=settings.AKISMET_API_KEY, url=settings.WAGTAILADMIN_BASE_URL)
        )
        result = client.comment_check(
            user_ip=ip_address or "127.0.0.1",
            user_agent=user_agent,
            comment_type="comment",
            comment_author=name,
            comment_author_email=email,
            comment_author_url=website,
            comment_content=body,
        )
    except Exception:  # Akismet is advisory: log and carry on without it.
        logger.warning("Akismet check failed", exc_info=True)
        return
    if result != akismet.CheckResponse.HAM:
        verdict.add(5, "Akismet says spam")
