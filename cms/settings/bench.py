"""Benchmark settings (`make bench`): production-like serving of the bench site.

DEBUG off, persistent database connections, the bench database (benchmarks/database.py), and
the benchmark's own URLs: the project's, plus stock Wagtail API v2 and a raw-bytes view to
compare against, and a middleware that reports each request's SQL query count.
"""

import warnings

import dj_database_url

from benchmarks import database

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_str

BENCH_SITE = True
DEBUG = False
SECRET_KEY = "bench-only-secret-key"  # noqa: S105 -- a fixed key for a throwaway database
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
BENCH_ARTICLES = database.articles_from_env()
BENCH_DATABASE_URL = env_str("BENCH_DATABASE_URL") or database.bench_database_url(BENCH_ARTICLES)
DATABASES = {
    "default": dj_database_url.parse(
        BENCH_DATABASE_URL,
        conn_max_age=env_int("DB_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"]["OPTIONS"] = {"connect_timeout": env_int("DB_CONNECT_TIMEOUT", 3)}
ROOT_URLCONF = "benchmarks.urls"
MIDDLEWARE = ["benchmarks.middleware.QueryCountMiddleware", *MIDDLEWARE]  # noqa: F405
# The runner measures ours without and with the response cache, restarting the server between.
API_RESPONSE_CACHE = env_bool("API_RESPONSE_CACHE", False)
WAGTAILAPI_BASE_URL = "http://127.0.0.1"
# The bench serves no static files; whitenoise's warning about the missing folder is noise.
warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
