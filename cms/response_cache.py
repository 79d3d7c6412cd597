"""A server-side cache of public content-API responses, answered before sessions, auth and DRF.

A content API response depends only on its URL (cms.api_common promises it), so a hit can skip
everything: the stored body and headers are sent as they were. Entries are never deleted one by
one; every entry carries the *generation* it was built in, and any change a reader could see
(publishing, an approved comment, an expert, a setting, a redirect...) bumps the generation, so
all older entries stop matching at once. One `get_many` round trip fetches the generation and
the entry together.

Pages also appear and disappear on their own when a live row's `go_live_at` or `expire_at`
passes: an entry never outlives the next such moment among live pages (computed once per
generation), so the cache neither serves an expired page nor hides one that went live.

The cache must be shared by every worker for invalidation to reach them all: local memory (the
default) suits one process; production sets REDIS_URL (docs/scaling.md).
"""

import hashlib
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import set_response_etag

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


def _next_expiry(cache, generation: int) -> float:
    """When a live page next goes on or off air (a timestamp), remembered per generation."""
    key = EXPIRY_KEY.format(generation)
    stored = cache.get(key)
    if stored is None:
        from wagtail.models import Page

        now = timezone.now()
        changes = Page.objects.filter(live=True).aggregate(
            expiry=Min("expire_at", filter=Q(expire_at__gt=now)),
            going_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
        )
        soonest = min((moment for moment in changes.values() if moment), default=None)
        stored = soonest.timestamp() if soonest else NO_EXPIRY
        cache.set(key, stored, settings.API_RESPONSE_CACHE_SECONDS)
    return stored


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


def response_is_cacheable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("application/json"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in _UNCACHEABLE_DIRECTIVES):
        return False
    vary = response.get("Vary", "").lower()
    return "cookie" not in vary and "authorization" not in vary


class ResponseCacheMiddleware:
    """Serve stored public API responses; store new ones. Adds `X-Cache: hit|miss`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_api_read(request):
            return self.get_response(request)
        cache = _cache()
        cacheable = request_is_cacheable(request)
        key = cache_key(request) if cacheable else None
        found = cache.get_many([GENERATION_KEY, key] if cacheable else [GENERATION_KEY])
        generation = _current_generation(cache, found)
        entry = found.get(key)
        if entry is not None and entry[0] == generation and entry[1] > time.time():
            return _replay(entry)
        remember_site(request, generation)
        response = self.get_response(request)
        if cacheable and response_is_cacheable(response):
            _store(cache, key, generation, response)
            response["X-Cache"] = "miss"
        return response


_SITES: dict[tuple, tuple] = {}
_MAX_SITES = 100


def remember_site(request, generation: int) -> None:
    """Wagtail looks the site (and each site setting) up with a query on every request; they
    change rarely, and bump the generation when they do, so each process keeps them per host
    and generation."""
    from wagtail.models import Site

    host = (request._get_raw_host(), request.get_port())
    known = _SITES.get(host)
    if known is None or known[0] != generation:
        if len(_SITES) >= _MAX_SITES:  # raw hosts come from clients: keep the table small
            _SITES.clear()
        site = Site._find_for_request(request)
        known = _SITES[host] = (generation, site, _site_settings(site))
    request._wagtail_site = known[1]
    for setting in known[2]:
        setattr(request, type(setting).get_cache_attr_name(), setting)


def _site_settings(site) -> list:
    """The organisation settings every page's SEO reads."""
    from cms.models import OrganisationSettings

    found = OrganisationSettings.objects.filter(site=site).first() if site else None
    return [found] if found is not None else []  # none yet: Wagtail creates it when first read


def _store(cache, key: str, generation: int, response) -> None:
    if not response.has_header("ETag"):
        set_response_etag(response)
    seconds = settings.API_RESPONSE_CACHE_SECONDS
    valid_until = min(time.time() + seconds, _next_expiry(cache, generation))
    headers = [(name, value) for name, value in response.items() if name.lower() not in _NOT_STORED]
    entry = (generation, valid_until, response.status_code, response.content, headers)
    cache.set(key, entry, seconds)


def _replay(entry) -> HttpResponse:
    _, _, status, body, headers = entry
    response = HttpResponse(body, status=status)
    for name, value in headers:
        response[name] = value
    response["X-Cache"] = "hit"
    return response


# Invalidation --------------------------------------------------------------------------------

# A page saved with only these fields has a new draft, which readers do not see.
_DRAFT_BOOKKEEPING = {
    "comments",
    "wagtail_admin_comments",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _watched_models() -> tuple:
    """Everything a public response can show besides pages themselves."""
    from django.apps import apps

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    names = [
        "wagtailcore.PageViewRestriction",
        "wagtailcore.Site",
        "wagtailcore.Locale",
        "wagtailredirects.Redirect",
        "wagtailsearchpromotions.SearchPromotion",
        "taggit.Tag",
        "cms.Expert",
        "cms.OrganisationSettings",
        "cms.NavigationSettings",
        "lessons.CreditType",
    ]
    return (
        *(apps.get_model(name) for name in names),
        get_image_model(),
        get_document_model(),
    )


def _on_change(sender, **kwargs) -> None:
    invalidate()


def _on_save(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    from wagtail.models import Page

    from blog.models import Comment

    if isinstance(instance, Page):
        draft_only = (created and not instance.live) or (
            update_fields is not None and set(update_fields) <= _DRAFT_BOOKKEEPING
        )
        if not draft_only:
            invalidate()
    elif isinstance(instance, Comment):
        # A new comment shows only once approved; any later change may (un)publish it.
        if not created or instance.status == Comment.Status.APPROVED:
            invalidate()
    elif isinstance(instance, _WATCHED) and not (created and _is_setting(instance)):
        # Settings are created with their defaults on first read: nothing changed then.
        invalidate()


def _is_setting(instance) -> bool:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return isinstance(instance, BaseSiteSetting | BaseGenericSetting)


def _on_delete(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    from blog.models import Comment

    if isinstance(instance, (Page, Comment, *_WATCHED)):
        invalidate()


_WATCHED: tuple = ()


def connect() -> None:
    """Called from CmsConfig.ready, so that every process (workers, `publish_scheduled`, the
    shell) invalidates, not only those that served a request."""
    from django.db.models.signals import post_delete, post_save

    from wagtail.signals import page_published, page_unpublished, post_page_move

    global _WATCHED
    _WATCHED = _watched_models()
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_change, dispatch_uid=f"response_cache_{id(signal)}")
    post_save.connect(_on_save, dispatch_uid="response_cache_save")
    post_delete.connect(_on_delete, dispatch_uid="response_cache_delete")
