"""Safe retries for comment posts: the `Idempotency-Key` header.

A reader's comment is lost, or posted twice, when the answer to a POST never arrives (a dropped
connection, an app server restarted, a database failover after the commit) and the frontend
must guess. With a key of its own choosing (a UUID per comment form) the frontend simply
retries: the first POST to commit stores the key on the comment, and any later POST with the
same key gets that comment's answer back instead of a second comment. The unique constraint on
the column settles two retries racing each other.
"""

import re

from django.db import IntegrityError, transaction

from rest_framework import exceptions

from blog.models import Comment

HEADER = "Idempotency-Key"
KEY_PATTERN = re.compile(r"[A-Za-z0-9_.:\-]{8,100}")


class KeyReused(exceptions.APIException):
    status_code = 409
    default_detail = (
        f"{HEADER} was already used for a different comment: send a new key for each comment."
    )
    default_code = "idempotency_key_reused"


def key_from(request) -> str:
    """The request's key ("" without one); a malformed key is a 400, never ignored."""
    key = request.headers.get(HEADER, "")
    if key and not KEY_PATTERN.fullmatch(key):
        raise exceptions.ValidationError(
            {HEADER: ["8 to 100 letters, digits or the characters _ . : - (a UUID will do)."]}
        )
    return key


def _words(text) -> list[str]:
    return str(text or "").split()


def earlier_post(key: str, data: dict) -> Comment | None:
    """The comment an earlier POST with this key created, if any; a key sent again with
    another article or text is refused rather than answered with someone else's comment."""
    if not key:
        return None
    comment = Comment.objects.filter(idempotency_key=key).first()
    if comment is None:
        return None
    same_text = _words(comment.body) == _words(data.get("body"))
    if str(comment.article_id) != str(data.get("article")) or not same_text:
        raise KeyReused()
    return comment


def save_once(comment: Comment) -> tuple[Comment, bool]:
    """Insert the comment; if a racing retry with the same key committed first, return its
    comment instead. The flag says whether this call created it. Always in a savepoint, so a
    refused insert (a key or form token used twice) leaves the caller's transaction usable."""
    try:
        with transaction.atomic():
            comment.save()
        return comment, True
    except IntegrityError:
        if not comment.idempotency_key:
            raise
        earlier = Comment.objects.filter(idempotency_key=comment.idempotency_key).first()
        if earlier is None:
            raise
        return earlier, False
