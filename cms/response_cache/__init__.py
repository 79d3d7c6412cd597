"""A server-side cache of public content-API responses, answered before sessions, auth and DRF.

A content API response depends only on its URL (cms.api_common promises it), so a hit can skip
everything: the stored body and headers are sent as they were. Entries are never deleted one by
one; every entry carries the *generation* it was built in, and any change a reader could see
(publishing, an approved comment, an expert, a setting, a redirect...) bumps the generation, so
all older entries stop matching at once. One `get_many` round trip fetches the generation and
the entry together.

Pages also appear and disappear on their own when a live row's `go_live_at` or `expire_at`
passes: an entry never outlives the next such moment among live pages and scheduled revisions
(remembered per generation, looked up again as soon as it passes), so the cache neither serves
an expired page nor hides one that went live, and is cold only at the moment itself.

The cache must be shared by every worker for invalidation to reach them all: local memory (the
development default) suits one process; production uses Redis (REDIS_URL) or, without it, the
database cache, never a per-process one (cms/settings/production.py, docs/scaling.md).
"""

from .generations import (
    CHANGED_AT_KEY,
    ENTRY_KEY,
    EXPIRY_KEY,
    GENERATION_KEY,
    NO_EXPIRY,
    bump_generation,
    cache_key,
    invalidate,
    is_api_read,
    request_is_cacheable,
    response_is_cacheable,
)
from .middleware import ResponseCacheMiddleware
from .sites import remember_site

__all__ = [
    "CHANGED_AT_KEY",
    "ENTRY_KEY",
    "EXPIRY_KEY",
    "GENERATION_KEY",
    "NO_EXPIRY",
    "ResponseCacheMiddleware",
    "bump_generation",
    "cache_key",
    "invalidate",
    "is_api_read",
    "remember_site",
    "request_is_cacheable",
    "response_is_cacheable",
]
