"""The middleware that answers public API reads from the cache and stores new answers."""

import time

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import set_response_etag

from .generations import (
    _NOT_STORED,
    GENERATION_KEY,
    _cache,
    _current_generation,
    _next_expiry,
    cache_key,
    is_api_read,
    request_is_cacheable,
    response_is_cacheable,
)
from .sites import remember_site


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
        started = time.time()
        response = self.get_response(request)
        if key is not None and response_is_cacheable(response):
            _store(cache, key, generation, response, started)
            response["X-Cache"] = "miss"
        return response


def _store(cache, key: str, generation: int, response, started: float) -> None:
    if not response.has_header("ETag"):
        set_response_etag(response)
    seconds = settings.API_RESPONSE_CACHE_SECONDS
    valid_until = min(time.time() + seconds, _next_expiry(cache, generation, started))
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
