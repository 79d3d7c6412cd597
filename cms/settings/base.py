"""Settings shared by every environment; dev, test and production only override."""

from datetime import timedelta
from pathlib import Path

import dj_database_url

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY", "insecure-development-key-change-me")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "cms",
    "blog",
    "lessons",
    "search.apps.SearchConfig",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "django_tasks_db",
    "axes",  # admin login lockout (docs/security.md)
    "django_otp",  # two-factor authentication for the admin (cms/two_factor)
    "django_otp.plugins.otp_totp",
    "csp",  # Content-Security-Policy (cms/security/csp.py)
    "wagtail.api.v2",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "cms.security.csp.SitePolicyMiddleware",  # Content-Security-Policy (docs/security.md)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Before sessions and auth: a cached API response is answered without them.
    "cms.response_cache.ResponseCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.two_factor.middleware.AdminTwoFactorMiddleware",  # after auth: needs request.user
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # WordPress's /?p=123 addresses, which land on the home page (blog/wordpress/redirects.py)
    "blog.wordpress.redirects.WordPressQueryRedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last: turns a lockout into its response
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # A database that cannot be reached answers a quick 503 (cms/unavailable.py) rather than
    # holding a worker for the operating system's TCP timeout.
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int(
        "DB_CONNECT_TIMEOUT", 3
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Axes first: a locked-out client is refused before its password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Clinical Education CMS")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search (docs/search.md). SEARCH_BACKEND "database" (the default) is Wagtail's database backend
# on this project's database, SQLite FTS5 or PostgreSQL full-text search, queried and ranked in
# SQL by search/engines. Any other value names a Wagtail backend module to scale out, e.g.
# "elasticsearch8" or "opensearch2", reached at SEARCH_URLS. Changing backend or SEARCH_CONFIG
# needs `manage.py update_index`.
SEARCH_BACKEND = env_str("SEARCH_BACKEND", "database")
if SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.database",
            # PostgreSQL text search configuration (stemming language); SQLite ignores it.
            "SEARCH_CONFIG": env_str("SEARCH_CONFIG", "english"),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKEND
            if "." in SEARCH_BACKEND
            else f"wagtail.search.backends.{SEARCH_BACKEND}",
            "URLS": env_list("SEARCH_URLS", ["http://localhost:9200"]),
            "INDEX": env_str("SEARCH_INDEX", "clinical_cms"),
            "TIMEOUT": env_int("SEARCH_TIMEOUT", 5),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
# Readers' search terms are counted for editors in batches, at most this often per process
# (search/hits.py); 0 writes each search at once.
SEARCH_HITS_FLUSH_SECONDS = env_int("SEARCH_HITS_FLUSH_SECONDS", 30)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "pdf", "pptx", "txt", "xlsx"]
# Video blocks build their player URLs themselves: oEmbed would call out to providers at render.
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True

# Where readers' frontends live; the CMS's own host is used when unset.
FRONTEND_URL = env_str("FRONTEND_URL", "")

# Content API
API_CACHE_SECONDS = env_int("API_CACHE_SECONDS", 60)
API_ANON_RATE = env_str("API_ANON_RATE", "")  # e.g. "600/minute"; empty: no throttle
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "cms.api_common.api_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": (
        ["rest_framework.throttling.AnonRateThrottle"] if API_ANON_RATE else []
    ),
    "DEFAULT_THROTTLE_RATES": {"anon": API_ANON_RATE or None},
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
}
WAGTAILAPI_BASE_URL = env_str("WAGTAILAPI_BASE_URL", "http://127.0.0.1:8000")
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")

# Cache and API response cache (cms/response_cache.py, docs/scaling.md). Local memory serves
# one process; with several workers set REDIS_URL so that invalidation reaches them all.
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
API_RESPONSE_CACHE_EXCLUDE = ["/api/v2/preview/"]  # tokened drafts: private by nature
# /api/v2/preview/ is left out here: only the frontends that preview may read drafts from a
# browser (PREVIEW_ALLOWED_ORIGINS below, enabled in cms/models/preview.py).
CORS_URLS_REGEX = r"^/api/(?!v2/preview/).*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]

# Preview in the frontend (docs/api.md, Preview). With FRONTEND_URL set, the admin's Preview
# opens FRONTEND_URL/preview?content_type=...&token=...; a token lasts PREVIEW_TOKEN_MINUTES.
# Browsers may read /api/v2/preview/ only from FRONTEND_URL's origin and PREVIEW_ALLOWED_ORIGINS,
# whatever CORS_ALLOWED_ORIGINS allows for the public API.
PREVIEW_TOKEN_MINUTES = env_int("PREVIEW_TOKEN_MINUTES", 60)
PREVIEW_ALLOWED_ORIGINS = env_list("PREVIEW_ALLOWED_ORIGINS", [])

# Demo editor account created by `make run` (overridable for shared demo machines).
DEMO_EDITOR_USERNAME = env_str("DEMO_EDITOR_USERNAME", "editor")
DEMO_EDITOR_PASSWORD = env_str("DEMO_EDITOR_PASSWORD", "editor-demo-2026")

# Clinical review workflow (README, "Clinical review workflow"; cms/workflow.py). Approval
# publishes and stamps last_reviewed / reviewed_by; the next review falls due this many days on.
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.workflow.publish_after_review"
CLINICAL_REVIEW_INTERVAL_DAYS = env_int("CLINICAL_REVIEW_INTERVAL_DAYS", 365)
# The demo clinical reviewer `manage.py ensure_demo_reviewer` creates (Dr Daniel Reyes's email,
# so that an approval stamps him as the reviewer).
DEMO_REVIEWER_USERNAME = env_str("DEMO_REVIEWER_USERNAME", "reviewer")
DEMO_REVIEWER_PASSWORD = env_str("DEMO_REVIEWER_PASSWORD", "reviewer-demo-2026")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Reader comments (docs/moderation.md). Points from the learned spam model (0 to 10) and the
# behavioural signals add up: COMMENT_SPAM_THRESHOLD or more is kept as spam; a trusted author's
# comment scoring COMMENT_HOLD_THRESHOLD or more waits for a moderator (anonymous comments always
# do). A comment the crisis detector flags is held and urgent whatever its score.
COMMENT_SPAM_THRESHOLD = env_int("COMMENT_SPAM_THRESHOLD", 5)
COMMENT_HOLD_THRESHOLD = env_int("COMMENT_HOLD_THRESHOLD", 3)
COMMENT_MIN_SECONDS = env_int("COMMENT_MIN_SECONDS", 5)  # faster than a person writes
COMMENT_TOKEN_MAX_AGE = env_int("COMMENT_TOKEN_MAX_AGE", 2 * 60 * 60)
COMMENT_MAX_LINKS = env_int("COMMENT_MAX_LINKS", 1)
COMMENT_LINK_RATIO = 0.3  # share of the text taken by links
COMMENT_OTHER_SCRIPT_RATIO = 0.3  # share of letters outside the Latin script
COMMENT_ENGLISH_MIN_RATIO = 0.08  # share of common English words in longer comments
COMMENT_DUPLICATE_WINDOW = env_int("COMMENT_DUPLICATE_WINDOW", 7 * 24 * 60 * 60)
# A burst: more than COMMENT_RATE_LIMIT posts from one client address (as TRUSTED_PROXY_COUNT
# defines it) within COMMENT_RATE_WINDOW seconds is refused with 429 and Retry-After.
COMMENT_RATE_LIMIT = env_int("COMMENT_RATE_LIMIT", 5)
COMMENT_RATE_WINDOW = env_int("COMMENT_RATE_WINDOW", 10 * 60)
# Who is emailed about held comments: these addresses, or when unset the active members of the
# Moderators group (COMMENT_MODERATORS_GROUP). Urgent comments are always emailed at once;
# other held comments only with COMMENT_NOTIFY_PENDING (the dashboard lists them anyway).
COMMENT_MODERATORS = env_list("COMMENT_MODERATORS", [])
COMMENT_MODERATORS_GROUP = env_str("COMMENT_MODERATORS_GROUP", "Moderators")
COMMENT_NOTIFY_PENDING = env_bool("COMMENT_NOTIFY_PENDING", False)
AKISMET_API_KEY = env_str("AKISMET_API_KEY", "")

# Webhooks (docs/webhooks.md). Wagtail's own background tasks keep django-tasks' default,
# immediate backend. Webhook deliveries get a backend of their own: a queue in the database that
# `manage.py db_worker --backend webhooks` works through, so publishing never waits on a
# frontend and a retry can be scheduled for later (`run_after`).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {
        "BACKEND": env_str("WEBHOOK_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
    },
}
WEBHOOK_TIMEOUT = env_int("WEBHOOK_TIMEOUT", 5)  # seconds to connect and to wait for an answer
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 5)
# Only public addresses receive events (cms/webhooks/destinations.py: no requests into the private
# network on an admin's say-so); development and tests deliver to local receivers.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env_bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", False)
# Seconds to wait after the 1st, 2nd, ... failed attempt; the last one repeats if needed.
WEBHOOK_RETRY_DELAYS = [30, 2 * 60, 10 * 60, 60 * 60]

# Security (docs/security.md) -----------------------------------------------------------------
# Uploads. Wagtail refuses bigger files, more pixels (all frames of an animation counted) and
# other extensions before anything is stored; its format check also refuses a file whose
# content does not match its extension. SVG is refused: it can carry scripts.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_MB", 10) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("IMAGE_MAX_MEGAPIXELS", 40) * 1000 * 1000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Documents go through Django (even from object storage) so that every one is sent with its
# own content type, nosniff and, except PDFs, as an attachment the browser will not render.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
SECURE_CONTENT_TYPE_NOSNIFF = True

# Admin sign-in: django-axes locks a username from an address after AXES_FAILURE_LIMIT
# failures, and an address after AXES_IP_FAILURE_LIMIT failures whatever the usernames (a
# password spray), for AXES_COOLOFF_TIME; `manage.py axes_reset` unlocks.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_IP_FAILURE_LIMIT = env_int("AXES_IP_FAILURE_LIMIT", 20)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_HANDLER = "cms.security.login_attempts.LoginAttemptHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "security/locked_out.html"
# Behind N reverse proxies the client is the Nth address from the right of X-Forwarded-For.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "cms.client_address.client_ip"

# Two-factor authentication (cms/two_factor): any admin user may enrol an authenticator app;
# with ADMIN_2FA_REQUIRED every admin user must before reaching any other admin page.
ADMIN_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Content-Security-Policy (cms/security/csp.py): a strict one for reader pages, a looser one
# for the Wagtail admin (its inline panels and widgets use inline scripts and styles).
_VIDEO_PLAYERS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
_MEDIA_SOURCES = env_list("CSP_MEDIA_SOURCES", [])  # e.g. the CDN or bucket serving media
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_MEDIA_SOURCES],
        "media-src": ["'self'", "https:", *_MEDIA_SOURCES],  # video blocks may link any file
        "frame-src": _VIDEO_PLAYERS,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *_MEDIA_SOURCES],
        "font-src": ["'self'", "data:"],
        # The preview panel shows drafts from this server (and FRONTEND_URL's origin, which
        # the middleware adds).
        "frame-src": ["'self'", *_VIDEO_PLAYERS],
    }
}
ADMIN_CSP_PATH_PREFIXES = ["/admin/", "/django-admin/", "/api/docs/"]
# The admin's browser talks to this server only: no avatars from Gravatar, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
