"""Comments keep their moderation state, dates and threading.

WordPress marks approval with "1", "0", "spam" or "trash"; trashed comments were deleted in all
but name and are skipped, pingbacks and trackbacks are not reader comments. Email addresses are
kept for moderators, as the Comment model promises, and never served.
"""

from django.utils import timezone

from blog.comments.spam import hash_ip, mentions_self_harm
from blog.models import Comment, WordPressImport
from blog.models.comments import BODY_MAX_LENGTH
from blog.models.wordpress import imported_object

from .sanitise import comment_text

Kind = WordPressImport.Kind
STATUSES = {
    "1": Comment.Status.APPROVED,
    "approve": Comment.Status.APPROVED,
    "0": Comment.Status.PENDING,
    "hold": Comment.Status.PENDING,
    "spam": Comment.Status.SPAM,
}
NOT_COMMENTS = {"pingback", "trackback"}


def import_comments(ctx, item, page) -> None:
    imported: dict[str, Comment] = {}
    for data in item.comments:
        label = f"comment {data.comment_id} on {item.label}"
        if data.comment_type in NOT_COMMENTS:
            ctx.report.count("comments", "skipped")
            continue
        status = STATUSES.get(data.approved)
        if status is None:
            ctx.warn(label, data.line, f"comment state {data.approved!r}: skipped")
            ctx.report.count("comments", "skipped")
            continue
        record = WordPressImport.objects.find(ctx.source, Kind.COMMENT, data.comment_id)
        comment = imported_object(record, Comment)
        outcome = "updated" if comment is not None else "created"
        comment = comment or Comment()
        body = comment_text(data.content)
        if len(body) > BODY_MAX_LENGTH:
            ctx.warn(label, data.line, f"longer than {BODY_MAX_LENGTH} characters: shortened")
            body = body[:BODY_MAX_LENGTH]
        comment.article = page
        comment.name = (data.author or "Anonymous")[:100]
        comment.email = data.email[:254]
        comment.body = body
        comment.status = status
        comment.created = data.date or timezone.now()
        comment.ip_hash = hash_ip(data.ip)
        comment.urgent = mentions_self_harm(body)
        comment.save()
        WordPressImport.objects.remember(
            ctx.source, Kind.COMMENT, data.comment_id, comment, item.checksum
        )
        imported[data.comment_id] = comment
        ctx.report.count("comments", outcome)
    _thread(ctx, item, imported)


def _thread(ctx, item, imported: dict[str, Comment]) -> None:
    """Replies point at their parents once every comment of the post exists."""
    for data in item.comments:
        comment = imported.get(data.comment_id)
        if comment is None:
            continue
        parent = None
        if data.parent_id not in {"", "0"}:
            parent = imported.get(data.parent_id)
            if parent is None:
                ctx.warn(
                    f"comment {data.comment_id} on {item.label}",
                    data.line,
                    f"replies to comment {data.parent_id}, which is not imported: kept unthreaded",
                )
        if comment.parent_id != (parent.pk if parent else None):
            comment.parent = parent
            comment.save(update_fields=["parent"])
