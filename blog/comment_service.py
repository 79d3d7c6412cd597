"""Creating a comment from a validated submission: score it, save it, tell the moderators.

The comment is saved before anything that can fail (email, logging), so an accepted comment
is never lost.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from blog import spam
from blog.comment_idempotency import save_once
from blog.models import Comment

logger = logging.getLogger(__name__)


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or ""


def create_comment(
    cleaned: dict, request, user=None, idempotency_key: str = ""
) -> tuple[Comment, spam.Verdict]:
    """`user`: a signed-in editor writing through the reader page (gets the editor badge).
    `idempotency_key`: see blog.comment_idempotency; a racing retry returns the first comment."""
    ip_hash = spam.hash_ip(client_ip(request))
    # Stored for moderators; PostgreSQL refuses NUL in text, so it never reaches the row.
    user_agent = request.META.get("HTTP_USER_AGENT", "")[:500].replace("\x00", "")
    verdict = spam.assess(
        body=cleaned["body"],
        name=cleaned["name"],
        email=cleaned["email"],
        website=cleaned.get("website", ""),
        honeypot=cleaned.get("phone", ""),
        seconds_to_submit=cleaned.get("seconds_to_submit"),
        ip_hash=ip_hash,
        ip_address=client_ip(request),
        user_agent=user_agent,
        article=cleaned["article_page"],
        trusted=user is not None,
    )
    comment, created = save_once(
        Comment(
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
            ip_hash=ip_hash,
            user_agent=user_agent,
            user=user,
            idempotency_key=idempotency_key,
        )
    )
    if created and comment.status == Comment.Status.PENDING:
        notify_moderators(comment)
    return comment, verdict


def notify_moderators(comment: Comment) -> None:
    if not settings.COMMENT_MODERATORS:
        return
    subject = ("URGENT (self-harm) " if comment.urgent else "") + "A comment awaits moderation"
    try:
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "wagtailsnippets_blog_comment:edit", args=[comment.pk]
        )
    except Exception:  # The admin URL is a convenience; the email goes out without it.
        url = ""
    article = comment.article.title if comment.article else "(deleted article)"
    body = (
        f"{comment.name} commented on “{article}”.\n\n{comment.body}\n\n"
        f"Spam score {comment.spam_score:g}: {comment.reasons_display()}\n{url}\n"
    )
    try:
        send_mail(subject, body, None, settings.COMMENT_MODERATORS)
    except Exception:
        logger.exception("Could not email moderators about comment %s", comment.pk)


def crisis_resources(request) -> dict:
    from cms.models.site_settings import OrganisationSettings

    org = OrganisationSettings.for_request(request)
    return {"text": org.crisis_text, "phone": org.crisis_phone}
