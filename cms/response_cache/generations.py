"""The cache's generations and keys: what makes a stored API response current or stale.

Entries are never deleted one by one: each carries the generation it was built in, and any
change a reader could see bumps the generation, so all older entries stop matching at once.
"""

import hashlib
import time
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import Min, Q

GENERATION_KEY = "api-response:generation"
EXPIRY_KEY = "api-response:next-expiry:{}"
ENTRY_KEY = "api-response:{}"
CHANGED_AT_KEY = "api-response:changed-at"  # when readers last saw a change (cms.db_router)
NO_EXPIRY = float("inf")
# Headers that belong to one exchange, never replayed from the cache.
_NOT_STORED = {"set-cookie", "x-cache", "date"}
_UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")


def _cache():
    return caches[settings.API_RESPONSE_CACHE_ALIAS]


def bump_generation() -> None:
    """Make every stored response stale (cheap: one increment)."""
    cache = _cache()
    cache.set(CHANGED_AT_KEY, time.time(), None)
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there (first change, or evicted): any new value will do
        cache.set(GENERATION_KEY, time.time_ns(), None)


def invalidate() -> None:
    """Bump now, and again once the transaction commits.

    The second bump discards what a concurrent request built from the data as it was before
    the commit; the first one is what a test (whose transaction never commits) relies on.
    """
    bump_generation()
    transaction.on_commit(bump_generation, robust=True)


def _current_generation(cache, found: dict) -> int:
    generation = found.get(GENERATION_KEY)
    if generation is None:
        # A fresh value no stored entry can carry: an evicted counter never revives old entries.
        cache.add(GENERATION_KEY, time.time_ns(), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def _next_expiry(cache, generation: int, after: float) -> float:
    """The first moment after `after` (a timestamp: when the request began) at which a page goes
    on or off air by its own dates, remembered per generation.

    Once that moment has passed it is looked up again, so the cache goes cold exactly when a
    page's date comes, and not for the remembered value's whole lifetime. Counting from the
    request's start, an answer built while a moment passed is stored already stale.
    """
    key = EXPIRY_KEY.format(generation)
    stored = cache.get(key)
    if stored is None or stored <= after:
        stored = _soonest_change(datetime.fromtimestamp(after, tz=UTC))
        cache.set(key, stored, settings.API_RESPONSE_CACHE_SECONDS)
    return stored


def _soonest_change(now: datetime) -> float:
    """A live page expiring or (written so by an import) going on air, or a revision approved
    to go live: whichever comes first after `now`. The scheduler's publish bumps the
    generation; an entry also ends at the scheduled moment, so the cache adds no delay of its
    own to a scheduled page however the publish is told."""
    from wagtail.models import Page, Revision

    changes = Page.objects.filter(live=True).aggregate(
        expiry=Min("expire_at", filter=Q(expire_at__gt=now)),
        going_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
    )
    changes["scheduled"] = Revision.objects.filter(approved_go_live_at__gt=now).aggregate(
        soonest=Min("approved_go_live_at")
    )["soonest"]
    soonest = min((moment for moment in changes.values() if moment), default=None)
    return soonest.timestamp() if soonest else NO_EXPIRY


def cache_key(request) -> str:
    """Host, path, query string in a stable order and Accept: what the response can vary on,
    hashed (a query string can be long and hold any character).

    Parameters are ordered by name only, so repeated values keep their order.
    """
    params = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    params.sort(key=lambda pair: pair[0])
    parts = (
        request.META.get("HTTP_HOST", ""),
        request.META.get("SERVER_PORT", ""),
        request.path,
        urlencode(params),
        request.META.get("HTTP_ACCEPT", ""),
    )
    return ENTRY_KEY.format(hashlib.sha256("|".join(parts).encode()).hexdigest())


def is_api_read(request) -> bool:
    return request.method in ("GET", "HEAD") and (
        request.path.startswith(settings.API_RESPONSE_CACHE_PREFIX)
        and not any(
            request.path.startswith(prefix) for prefix in settings.API_RESPONSE_CACHE_EXCLUDE
        )
    )


def request_is_cacheable(request) -> bool:
    return (
        settings.API_RESPONSE_CACHE
        and is_api_read(request)
        and "HTTP_AUTHORIZATION" not in request.META
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


# JSON, and the lessons' WebVTT tracks (text built from the same pages, invalidated alike).
CACHED_CONTENT_TYPES = ("application/json", "text/vtt")


def response_is_cacheable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith(CACHED_CONTENT_TYPES):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in _UNCACHEABLE_DIRECTIVES):
        return False
    vary = response.get("Vary", "").lower()
    return "cookie" not in vary and "authorization" not in vary
