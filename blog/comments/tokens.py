"""Signed form tokens: proof a submission follows a real page or token request, and how long
after. The issue time travels inside the signed value, so it cannot be forged or back-dated.

A token posts one comment: the comment keeps its digest under a unique constraint, so a script
that fetched one token cannot post forty comments with it."""

import hashlib
import time

from django.conf import settings
from django.core import signing

SALT = "blog.comments.token"
USED_TOKEN_MESSAGE = "This form token was already used: fetch a new one for each comment."  # noqa: S105 -- a message, not a secret


class TokenError(ValueError):
    pass


def make_token(article_id: int) -> str:
    return signing.TimestampSigner(salt=SALT).sign_object({"a": article_id, "t": time.time()})


def token_age(token: str, article_id: int) -> float:
    """Seconds since the token was issued for this article; TokenError if bad or expired."""
    signer = signing.TimestampSigner(salt=SALT)
    try:
        data = signer.unsign_object(token, max_age=settings.COMMENT_TOKEN_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise TokenError("The form token has expired: reload the page and try again.") from exc
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise TokenError("The form token is not valid.") from exc
    if not isinstance(data, dict) or data.get("a") != article_id:
        raise TokenError("The form token belongs to another article.")
    try:
        age = max(0.0, time.time() - float(data["t"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise TokenError("The form token is not valid.") from exc
    if age > settings.COMMENT_TOKEN_MAX_AGE:
        raise TokenError("The form token has expired: reload the page and try again.")
    return age


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest() if token else ""


def token_used(token: str) -> bool:
    from blog.models import Comment

    return Comment.objects.filter(form_token_digest=token_digest(token)).exists()
