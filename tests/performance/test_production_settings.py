"""Production settings scale out from the environment alone: a replica, Redis, object storage,
kept connections; and the replica only ever serves anonymous content-API reads."""

import json
import os
import subprocess
import sys
import time

from django.core.cache import cache
from django.test import RequestFactory

from wagtail.models import Page

import pytest

from cms.db_router import ReplicaRouter, replica_reads_middleware
from cms.response_cache import CHANGED_AT_KEY, bump_generation

SHOW = """
import json
from django.conf import settings as s
print(json.dumps({
    "databases": sorted(s.DATABASES),
    "conn_max_age": s.DATABASES["default"]["CONN_MAX_AGE"],
    "health_checks": s.DATABASES["default"]["CONN_HEALTH_CHECKS"],
    "routers": s.DATABASE_ROUTERS,
    "cache": s.CACHES["default"]["BACKEND"],
    "cache_location": s.CACHES["default"].get("LOCATION"),
    "media": s.STORAGES["default"]["BACKEND"],
    "middleware": s.MIDDLEWARE[0],
}))
"""


def production(**env) -> dict:
    base = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "performance-test-" + "0123456789abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "cms.example.org",
        "DATABASE_URL": "postgres://cms@db.example.org:5432/cms",
        "CREDENTIAL_SIGNING_KEYS": "/run/secrets/credential.pem",  # required (credentials)
        "WAGTAILAPI_BASE_URL": "https://cms.example.org",
    }
    kept = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    environment = {**kept, **base, **env}
    script = f"import django; django.setup(); {SHOW}"
    result = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_defaults_keep_connections_and_use_one_database():
    found = production()
    assert found["databases"] == ["default"]
    assert found["conn_max_age"] == 600
    assert found["health_checks"] is True
    assert found["routers"] == []
    assert found["media"] == "django.core.files.storage.FileSystemStorage"


@pytest.mark.parametrize("redis", [{}, {"REDIS_URL": ""}])
def test_without_redis_every_worker_shares_the_database_cache(redis):
    found = production(**redis)
    # Never a per-process cache (LocMemCache): an unpublish would reach one worker only.
    assert found["cache"] == "django.core.cache.backends.db.DatabaseCache"
    assert found["cache_location"] == "cms_cache"  # the table migration cms.0005 creates


def test_replica_redis_and_object_storage_from_the_environment():
    found = production(
        DATABASE_REPLICA_URL="postgres://cms@replica.example.org:5432/cms",
        REDIS_URL="redis://127.0.0.1:6379/15",
        AWS_STORAGE_BUCKET_NAME="cms-media",
    )
    assert found["databases"] == ["default", "replica"]
    assert found["routers"] == ["cms.db_router.ReplicaRouter"]
    assert found["middleware"] == "cms.db_router.replica_reads_middleware"
    assert found["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert found["media"] == "storages.backends.s3.S3Storage"


@pytest.fixture
def replica_settings(settings):
    settings.DATABASE_REPLICA_URL = "postgres://cms@replica.example.org:5432/cms"
    settings.DATABASE_REPLICA_LAG_SECONDS = 10
    cache.set(CHANGED_AT_KEY, time.time() - 60)
    return settings


def read_database(request) -> str:
    chosen = {}

    def view(request):
        chosen["db"] = ReplicaRouter().db_for_read(Page)
        return None

    replica_reads_middleware(view)(request)
    return chosen["db"]


def test_anonymous_api_reads_go_to_the_replica(replica_settings):
    assert read_database(RequestFactory().get("/api/v2/articles/")) == "replica"
    assert ReplicaRouter().db_for_write(Page) == "default"
    assert ReplicaRouter().db_for_read(Page) == "default"  # outside an API request


@pytest.mark.parametrize(
    ("method", "path", "headers"),
    [
        ("post", "/api/v2/comments/", {}),
        ("get", "/admin/pages/", {}),
        ("get", "/api/v2/preview/", {}),
        ("get", "/api/v2/articles/", {"HTTP_AUTHORIZATION": "Bearer x"}),
    ],
)
def test_writes_admin_previews_and_signed_requests_stay_on_the_primary(
    replica_settings, method, path, headers
):
    request = getattr(RequestFactory(), method)(path, **headers)
    assert read_database(request) == "default"


def test_right_after_a_change_reads_stay_on_the_primary(replica_settings):
    bump_generation()
    assert read_database(RequestFactory().get("/api/v2/articles/")) == "default"
