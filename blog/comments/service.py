"""Creating a comment from a validated submission: score it, save it, tell the moderators.

The comment is saved before anything that can fail (email, logging), so an accepted comment
is never lost. A comment that may come from a person in crisis is saved even when the post
would otherwise be refused (a burst, a used or expired form token): that person may not try
again, so it is held, marked urgent and answered with crisis resources.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse

from rest_framework import exceptions

from blog.comments import spam
from blog.comments import throttle as comment_throttle
from blog.comments.idempotency import save_once
from blog.comments.moderation.crisis import detect_crisis
from blog.comments.tokens import USED_TOKEN_MESSAGE, token_digest
from blog.models import Comment
from cms.client_address import client_ip
from cms.models.site_settings import OrganisationSettings

logger = logging.getLogger(__name__)

# Shown when the site's own crisis settings are blank: a person in danger is never answered
# with an empty notice.
DEFAULT_CRISIS_TEXT = (
    "If you are thinking about ending your life, hurting yourself, or you are in danger from "
    "someone, please reach out now. Call your local emergency number if you are in immediate "
    "danger. In the United States you can call or text 988 at any hour; elsewhere, your local "
    "crisis line or emergency department can help. You do not have to face this alone."
)
DEFAULT_CRISIS_PHONE = "988"


class TokenAlreadyUsed(exceptions.ValidationError):
    def __init__(self):
        super().__init__({"token": [USED_TOKEN_MESSAGE]})


def create_comment(
    cleaned: dict, request, user=None, idempotency_key: str = "", overridden: str = ""
) -> tuple[Comment, spam.Verdict]:
    """`user`: a signed-in member of staff writing through the reader page (trusted, and gets
    the editor badge). `idempotency_key`: see blog.comments.idempotency. `overridden`: what was
    wrong with a crisis comment accepted in spite of it (CommentForm.crisis_overrides)."""
    address = client_ip(request)
    crisis = detect_crisis(cleaned["body"])
    burst = comment_throttle.count_post(address)
    if burst.over_limit and not crisis.is_crisis:
        raise comment_throttle.refuse(burst)
    # Stored for moderators; PostgreSQL refuses NUL in text, so it never reaches the row.
    user_agent = request.META.get("HTTP_USER_AGENT", "")[:500].replace("\x00", "")
    verdict = spam.assess(
        body=cleaned["body"],
        name=cleaned["name"],
        email=cleaned["email"],
        website=cleaned.get("website", ""),
        honeypot=cleaned.get("phone", ""),
        seconds_to_submit=cleaned.get("seconds_to_submit"),
        ip_hash=spam.hash_ip(address),
        ip_address=address,
        user_agent=user_agent,
        article=cleaned["article_page"],
        trusted=user is not None,
        burst=burst.over_limit,
        extra_reasons=(overridden,) if overridden else (),
        crisis=crisis,
    )
    digest = token_digest(cleaned.get("token", ""))  # "" when the token was refused
    comment = Comment(
        article=cleaned["article_page"],
        parent=cleaned.get("parent_comment"),
        name=cleaned["name"].strip(),
        email=cleaned["email"],
        affiliation=cleaned.get("affiliation", "").strip(),
        country=cleaned.get("country", "").strip(),
        body=cleaned["body"],
        status=verdict.status,
        spam_score=verdict.score,
        spam_reasons=verdict.reasons,
        urgent=verdict.urgent,
        ip_hash=spam.hash_ip(address),
        user_agent=user_agent,
        user=user,
        idempotency_key=idempotency_key,
        form_token_digest=digest or None,
    )
    comment, created = _save(comment)
    if created:
        transaction.on_commit(lambda: notify_moderators(comment))
    return comment, verdict


def _save(comment: Comment) -> tuple[Comment, bool]:
    """Saves once per form token; a token used twice at the same moment loses the race here."""
    try:
        return save_once(comment)
    except IntegrityError:
        digest = comment.form_token_digest
        if not digest or not Comment.objects.filter(form_token_digest=digest).exists():
            raise
        if not comment.urgent:
            raise TokenAlreadyUsed() from None
        comment.form_token_digest = None
        comment.spam_reasons = [*comment.spam_reasons, f"form token: {USED_TOKEN_MESSAGE}"]
        return save_once(comment)


def moderator_emails() -> list[str]:
    """COMMENT_MODERATORS, or the active members of the moderators group with an email."""
    if settings.COMMENT_MODERATORS:
        return list(settings.COMMENT_MODERATORS)
    users = get_user_model().objects.filter(
        is_active=True, groups__name=settings.COMMENT_MODERATORS_GROUP
    )
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def notify_moderators(comment: Comment) -> None:
    """Urgent comments are emailed at once; other held comments only when asked for."""
    wanted = comment.urgent or (
        settings.COMMENT_NOTIFY_PENDING and comment.status == Comment.Status.PENDING
    )
    if not wanted:
        return
    recipients = moderator_emails()
    if not recipients:
        logger.warning("No moderator to email about comment %s", comment.pk)
        return
    subject = (
        "URGENT: a reader may be in crisis" if comment.urgent else "A comment awaits moderation"
    )
    try:
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "wagtailsnippets_blog_comment:edit", args=[comment.pk]
        )
    except Exception:  # The admin URL is a convenience; the email goes out without it.
        url = ""
    article = comment.article.title if comment.article else "(deleted article)"
    lead = (
        "This comment may come from a person in crisis. It is held, and the writer was shown "
        "the site's crisis resources. Please read it and respond now.\n\n"
        if comment.urgent
        else ""
    )
    body = (
        f"{lead}{comment.name} commented on “{article}”.\n\n{comment.body}\n\n"
        f"Reasons: {comment.reasons_display()}\n{url}\n"
    )
    try:
        send_mail(subject, body, None, recipients)
    except Exception:
        logger.exception("Could not email moderators about comment %s", comment.pk)


def crisis_resources(request) -> dict:
    org = OrganisationSettings.for_request(request)
    return {
        "text": org.crisis_text or DEFAULT_CRISIS_TEXT,
        "phone": org.crisis_phone or DEFAULT_CRISIS_PHONE,
    }
