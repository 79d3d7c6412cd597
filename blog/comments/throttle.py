"""Bursts of comment posts from one client are refused, not stored as spam.

A person writes a comment in minutes; a script posts dozens a second. Storing a burst as spam
buries the moderators' spam folder and, behind a proxy that hides client addresses, turned
genuine readers into spam. So a post beyond `COMMENT_RATE_LIMIT` within a fixed window of
`COMMENT_RATE_WINDOW` seconds from one client address (cms.client_address, which follows
`TRUSTED_PROXY_COUNT`) is answered 429 with `Retry-After`, and nothing is stored.

The one exception is a comment the crisis detector flags: it is never refused, because the
person who wrote it may not try again (blog.comments.spam records the burst as a reason instead).

Counts live in the shared cache (Redis or the database cache in production), one key per
address and window, incremented atomically.
"""

import hashlib
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from rest_framework import exceptions


class CommentBurst(exceptions.Throttled):
    default_detail = "Too many comments from this address: please wait before posting again."
    default_code = "comment_burst"
    wait: float | None  # seconds to wait, set by Throttled.__init__ (DRF's types omit it)


@dataclass(frozen=True)
class BurstCheck:
    count: int  # posts from this address in the current window, this one included
    retry_after: int  # seconds until the window ends

    @property
    def over_limit(self) -> bool:
        return self.count > settings.COMMENT_RATE_LIMIT


def _window(now: float) -> tuple[int, int]:
    window = max(int(settings.COMMENT_RATE_WINDOW), 1)
    index = int(now // window)
    return index, max(1, math.ceil((index + 1) * window - now))


def _key(address: str, index: int) -> str:
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    return f"comment-burst:{digest}:{index}"


def count_post(address: str, now: float | None = None) -> BurstCheck:
    """Counts this post against its address and says whether it is over the limit."""
    if not address:
        return BurstCheck(count=0, retry_after=0)
    index, retry_after = _window(time.time() if now is None else now)
    key = _key(address, index)
    timeout = int(settings.COMMENT_RATE_WINDOW) + 5
    if cache.add(key, 1, timeout):
        return BurstCheck(count=1, retry_after=retry_after)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout)
        count = 1
    return BurstCheck(count=count, retry_after=retry_after)


def refuse(check: BurstCheck) -> CommentBurst:
    return CommentBurst(wait=check.retry_after)
