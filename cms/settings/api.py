"""The content API as frontends see it: rendering, throttling, schema, CORS and the caches.

The cache settings live here because the API response cache is their main user: a change to
REDIS_URL or the cache lifetimes is a change to how fresh the API's answers are.
"""

from corsheaders.defaults import default_headers

from .env import env_bool, env_int, env_list, env_str

API_CACHE_SECONDS = env_int("API_CACHE_SECONDS", 60)
API_ANON_RATE = env_str("API_ANON_RATE", "")  # e.g. "600/minute"; empty or "off": no throttle


def api_throttle(rate: str) -> dict:
    """DRF's throttling settings for a rate ("1200/minute"); "", "off" or "0" turn it off.

    Clients are told apart as cms.client_address does: behind TRUSTED_PROXY_COUNT proxies, by
    the address the outermost one saw (DRF's NUM_PROXIES). Left unset, DRF would key on the
    whole X-Forwarded-For header, which a client can change on every request.
    """
    rate = "" if rate.strip().lower() in {"", "off", "0"} else rate.strip()
    return {
        "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"] if rate else [],
        "DEFAULT_THROTTLE_RATES": {"anon": rate or None},
        "NUM_PROXIES": env_int("TRUSTED_PROXY_COUNT", 0),
    }


REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "cms.api_common.api_exception_handler",
    **api_throttle(API_ANON_RATE),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Clinical education content API",
    "DESCRIPTION": "Articles, categories, experts, courses and lessons for any frontend.",
    "VERSION": "2",
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v2",
    "PREPROCESSING_HOOKS": ["cms.api.public_endpoints_only"],
    # Strict objects, every status the API answers, JSON-LD (cms/schema.py).
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "cms.schema.strict_schema",
    ],
}
WAGTAILAPI_BASE_URL = env_str("WAGTAILAPI_BASE_URL", "http://127.0.0.1:8000")
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")

# Cache and API response cache (cms/response_cache, docs/scaling.md). Local memory serves one
# process (development, tests); production uses Redis or the database cache, which every
# worker shares (cms/settings/production.py).
REDIS_URL = env_str("REDIS_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    )
}
API_RESPONSE_CACHE = env_bool("API_RESPONSE_CACHE", True)
API_RESPONSE_CACHE_SECONDS = env_int("API_RESPONSE_CACHE_SECONDS", 300)
API_RESPONSE_CACHE_ALIAS = "default"
API_RESPONSE_CACHE_PREFIX = "/api/v2/"
# Tokened drafts and learners' own records are private by nature; certificate lookups must
# show a revocation at once.
API_RESPONSE_CACHE_EXCLUDE = ["/api/v2/preview/", "/api/v2/me/", "/api/v2/certificates/"]
# /api/v2/preview/ is left out here: only the frontends that preview may read drafts from a
# browser (PREVIEW_ALLOWED_ORIGINS, cms/settings/content.py, enabled in cms/preview/cors.py).
CORS_URLS_REGEX = r"^/api/(?!v2/preview/).*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
# Browsers may send the documented request headers (a comment's Idempotency-Key, conditional
# GETs) and read the response headers the API documents (tests/api/test_cors.py).
CORS_ALLOW_HEADERS = (*default_headers, "idempotency-key", "if-none-match", "if-modified-since")
CORS_EXPOSE_HEADERS = ["ETag", "Idempotent-Replayed", "Retry-After"]
