"""Production: secrets and hosts come only from the environment, and DEBUG cannot be on."""

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_list, env_required, env_str

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
# Django's own `check --deploy` rule, made a start-up error: a short or repetitive key signs
# sessions, password resets and preview tokens that can be forged.
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-"):
    raise ImproperlyConfigured(
        "SECRET_KEY must be at least 50 characters with at least 5 different ones (and not "
        "Django's generated insecure key): python -c 'import secrets; "
        "print(secrets.token_urlsafe(50))'"
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 600)  # noqa: F405

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
# X-Forwarded-Proto is believed only from the proxies the operator declared: reached directly,
# any client could claim https. Behind a TLS-terminating proxy set TRUSTED_PROXY_COUNT, or the
# HTTPS redirect loops (docs/security.md).
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if TRUSTED_PROXY_COUNT > 0 else None  # noqa: F405
)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Every admin user must enrol a second factor (docs/security.md); set 0 only while migrating.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", True)
# No password has a default here: unset, the demo accounts get an unusable password.
DEMO_EDITOR_PASSWORD = env_str("DEMO_EDITOR_PASSWORD") or None
DEMO_REVIEWER_PASSWORD = env_str("DEMO_REVIEWER_PASSWORD") or None
DEMO_LEARNER_PASSWORD = env_str("DEMO_LEARNER_PASSWORD") or None
# Certificates' credentials are signed with the provider's own Ed25519 key and name their
# issuer's URL for good (lessons/credit/signing_keys.py): a key generated on a server is lost
# with it, and a localhost issuer is no issuer, so production does not start without both.
if not (CREDENTIAL_SIGNING_KEYS or CREDENTIAL_SIGNING_KEY_PEM):  # noqa: F405
    raise ImproperlyConfigured(
        "Set CREDENTIAL_SIGNING_KEYS (PEM files) or CREDENTIAL_SIGNING_KEY_PEM: certificates "
        "are signed with the provider's Ed25519 key."
    )
if not (CREDENTIAL_ISSUER_URL or WAGTAILAPI_BASE_URL).startswith("https://"):  # noqa: F405
    raise ImproperlyConfigured(
        "Set CREDENTIAL_ISSUER_URL (or WAGTAILAPI_BASE_URL) to the site's https:// address: "
        "every credential names it as its issuer."
    )

# Email (urgent comments reach moderators at once: docs/moderation.md) over SMTP.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)  # a slow mail server never holds a comment post
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Scaling out (docs/scaling.md) ---------------------------------------------------------------
# Connections are kept (DB_CONN_MAX_AGE, default 600 s) and checked before reuse: opening a
# PostgreSQL connection per request halves throughput. With many workers, put PgBouncer
# (transaction pooling) in front and set DB_CONN_MAX_AGE=0, or use psycopg's pool
# (DB_POOL=1: OPTIONS["pool"], which needs CONN_MAX_AGE 0).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
if env_bool("DB_POOL", False):
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {  # noqa: F405
        "min_size": env_int("DB_POOL_MIN", 2),
        "max_size": env_int("DB_POOL_MAX", 10),
    }

# A read replica: the content API's reads go there, everything else to the primary.
DATABASE_REPLICA_URL = env_str("DATABASE_REPLICA_URL", "")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(  # noqa: F405
        DATABASE_REPLICA_URL,
        conn_max_age=DATABASES["default"]["CONN_MAX_AGE"],  # noqa: F405
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}  # noqa: F405
    DATABASES["replica"]["OPTIONS"] = {  # noqa: F405
        "connect_timeout": env_int("DB_CONNECT_TIMEOUT", 3)
    }
    # After a change, API reads stay on the primary this long (the replica may lag behind).
    DATABASE_REPLICA_LAG_SECONDS = env_int("DATABASE_REPLICA_LAG_SECONDS", 10)
    DATABASE_ROUTERS = ["cms.db_router.ReplicaRouter"]
    MIDDLEWARE.insert(0, "cms.db_router.replica_reads_middleware")  # noqa: F405

# The cache (and the API response cache) must be one every worker shares, or a publish or an
# unpublish reaches only the worker that saw it and the others serve the old answer for up to
# API_RESPONSE_CACHE_SECONDS. Redis when REDIS_URL is set (base.py); otherwise the database's
# cache table, which migration cms.0005 creates (slower than Redis, shared all the same).
# A per-process cache is refused outright.
SHARED_CACHE_TABLE = "cms_cache"
if not REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": SHARED_CACHE_TABLE,
            "OPTIONS": {"MAX_ENTRIES": env_int("DB_CACHE_MAX_ENTRIES", 10000)},
        }
    }
_PER_PROCESS = ("locmem.LocMemCache", "dummy.DummyCache", "filebased.FileBasedCache")
if any(str(cache["BACKEND"]).endswith(_PER_PROCESS) for cache in CACHES.values()):
    raise ImproperlyConfigured("Production needs a cache every worker shares (REDIS_URL).")

# API throttling is on by default: requests per client address (as TRUSTED_PROXY_COUNT
# defines it) and minute, over the response cache's misses; API_ANON_RATE=off turns it off.
API_ANON_RATE = env_str("API_ANON_RATE", "1200/minute")
REST_FRAMEWORK.update(api_throttle(API_ANON_RATE))  # noqa: F405

# Media (uploaded images and documents) on S3-compatible object storage when a bucket is set;
# credentials come the usual boto3 way (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or a role).
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "") or env_str("MEDIA_BUCKET", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None  # MinIO, R2, Spaces...
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None  # a CDN in front
    AWS_QUERYSTRING_AUTH = False  # public media: stable URLs that CDNs and JSON can cache
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None  # the bucket's policy decides
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=31536000, immutable"}
    if env_bool("STATIC_ON_OBJECT_STORAGE", False):
        STORAGES["staticfiles"] = {  # noqa: F405
            "BACKEND": "storages.backends.s3.S3ManifestStaticStorage",
            "OPTIONS": {"location": "static"},
        }
