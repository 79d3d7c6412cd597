"""Deciding what happens to a reader's comment: published, held for a person, or kept as spam.

Three sources of evidence, in order of authority:
1. The crisis detector (blog.comments.moderation.crisis). A comment that may come from a person in
   danger is held for a person and marked urgent, whatever else is true of it: no spam score,
   no trust, no rate limit overrides it.
2. The learned spam model (blog.comments.moderation.spam_model): what the words give away,
   learned from a labelled corpus instead of a pattern list per spam family, so a family it
   was never shown in those words is still recognised by its vocabulary and shape.
3. Behaviour: the honeypot, how fast the form was filled in, links, duplicates, the editors'
   blocklist, and Akismet when a key is configured.

Each adds points with a reason a moderator can read. Trust comes from a person, never an email
address: only signed-in staff (and experts writing through the admin) are published without a
moderator reading first; every other comment is held or, past COMMENT_SPAM_THRESHOLD, spam.
"""

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from blog.comments.moderation.crisis import CrisisFinding, detect_crisis

logger = logging.getLogger(__name__)

URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|info|biz|ru|"
    r"pk|br|es|xyz|top|shop|online|site)(?:/\S*)?\b",
    re.IGNORECASE,
)
WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
PHONE_RE = re.compile(r"\+\d[\d\s().-]{7,}\d")
MODEL_POINTS = 10  # the model's probability of spam, scaled to points

_ENGLISH_TEXT = (
    "the a an and or but of to in on at for with from by as is are was were be been it its "
    "this that these those i you he she we they my your our their me us them not no do does "
    "did have has had can could would should will what which who how when where why if so "
    "than then there here very more most all any some about after before just also much many "
    "one"
)
ENGLISH_COMMON = frozenset(_ENGLISH_TEXT.split())


@dataclass
class Verdict:
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    urgent: bool = False
    status: str = "pending"
    crisis: CrisisFinding | None = None

    def add(self, points: float, reason: str) -> None:
        self.score += points
        self.reasons.append(f"{reason} (+{points:g})")


def hash_ip(ip: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest() if ip else ""


def mentions_self_harm(text: str) -> bool:
    """Kept for callers of the old name: any crisis the detector sees, not only self-harm."""
    return detect_crisis(text).is_crisis


def text_signals(
    verdict: Verdict, body: str, name: str = "", website: str = "", email: str = ""
) -> None:
    """What the words themselves give away, without looking at the database."""
    model_signal(verdict, body, name, email, website)
    link_signals(verdict, body, website)
    language_signals(verdict, " ".join(body.split()))


def model_signal(verdict: Verdict, body: str, name: str, email: str, website: str) -> None:
    # numpy, scipy and scikit-learn's hasher take about a second to import: loaded with the
    # first comment, not by every worker at start-up (which the database outage probe times).
    from blog.comments.moderation.spam_model import judge

    judgement = judge(body=body, name=name, email=email, website=website)
    points = round(MODEL_POINTS * judgement.probability, 1)
    if points >= 0.5:
        terms = f" (words like: {', '.join(judgement.top_terms)})" if judgement.top_terms else ""
        verdict.add(points, f"spam model {judgement.probability:.2f}{terms}")


def link_signals(verdict: Verdict, body: str, website: str) -> None:
    text = " ".join(body.split())
    links = URL_RE.findall(text)
    if len(links) > settings.COMMENT_MAX_LINKS:
        extra = len(links) - settings.COMMENT_MAX_LINKS
        verdict.add(1 + 0.5 * extra, f"{len(links)} links")
    elif links:
        verdict.add(0.5, "a link")
    if links and sum(map(len, links)) / max(len(text), 1) > settings.COMMENT_LINK_RATIO:
        verdict.add(2, "mostly links")
    if website.strip():
        verdict.add(0.5, "gives a website")
    if PHONE_RE.search(text):
        verdict.add(1, "phone number")


def language_signals(verdict: Verdict, text: str) -> None:
    """Text in another script, or longer Latin-script text with none of English's common
    words: the filler spam arrives in (the blog is written in English)."""
    letters = [char for char in text if char.isalpha()]
    if letters:
        other = sum(1 for char in letters if not _is_latin(char))
        if other / len(letters) > settings.COMMENT_OTHER_SCRIPT_RATIO:
            verdict.add(2, "mostly in another script")
            return
    words = [word.lower() for word in WORD_RE.findall(URL_RE.sub(" ", text))]
    if len(words) >= 8:
        common = sum(1 for word in words if word in ENGLISH_COMMON)
        if common / len(words) < settings.COMMENT_ENGLISH_MIN_RATIO:
            verdict.add(2, "not in English")


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
    burst: bool = False,
    extra_reasons: tuple[str, ...] = (),
    crisis: CrisisFinding | None = None,
) -> Verdict:
    """Score a submission and decide its status: approved, pending or spam.

    `trusted`: written by a signed-in member of staff. `burst`: posted beyond the address's
    rate limit (only crisis comments get this far; others were refused with 429). `crisis`:
    the detector's finding when the caller has it already."""
    verdict = Verdict(crisis=crisis or detect_crisis(body))
    if honeypot.strip():
        verdict.add(10, "hidden honeypot field filled in")
    if seconds_to_submit is not None and seconds_to_submit < settings.COMMENT_MIN_SECONDS:
        verdict.add(2, f"submitted {seconds_to_submit:.0f}s after the form was shown")
    text_signals(verdict, body, name, website, email)
    blocklist_signals(verdict, f"{name} {email} {website} {body}".lower())
    duplicate_signal(verdict, body)
    if burst:
        verdict.add(2, f"more than {settings.COMMENT_RATE_LIMIT} posts from this address")
    verdict.reasons.extend(extra_reasons)
    if settings.AKISMET_API_KEY:
        akismet_signal(verdict, body, name, email, website, ip_address, user_agent)
    verdict.status = decide(verdict, trusted)
    return verdict


def decide(verdict: Verdict, trusted: bool) -> str:
    from blog.models import Comment

    if verdict.crisis is not None and verdict.crisis.is_crisis:
        verdict.urgent = True
        verdict.reasons.insert(
            0,
            "may come from a person in crisis: held for a person, answered with crisis "
            f"resources ({'; '.join(verdict.crisis.reasons)})",
        )
        return Comment.Status.PENDING
    if verdict.score >= settings.COMMENT_SPAM_THRESHOLD:
        return Comment.Status.SPAM
    if trusted and verdict.score < settings.COMMENT_HOLD_THRESHOLD:
        return Comment.Status.APPROVED
    if not trusted:
        verdict.reasons.append("not signed in: held until a moderator reads it")
    return Comment.Status.PENDING


def duplicate_signal(verdict: Verdict, body: str) -> None:
    from blog.models import Comment

    normalised = " ".join(body.lower().split())
    since = timezone.now() - timedelta(seconds=settings.COMMENT_DUPLICATE_WINDOW)
    recent = Comment.objects.filter(created__gte=since).values_list("body", flat=True)[:500]
    if any(" ".join(other.lower().split()) == normalised for other in recent):
        verdict.add(5, "duplicate of a recent comment")


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
        if found:  # the editors' own rule: enough on its own to keep a comment as spam
            verdict.add(settings.COMMENT_SPAM_THRESHOLD, f"blocklisted {kind}: {value}")


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
