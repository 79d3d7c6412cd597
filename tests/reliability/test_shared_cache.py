"""Production's cache is one every worker shares: after an unpublish no worker serves the old
answer from its own memory (with a per-process cache and gunicorn -w 2, 14 of 24 reads after
an unpublish still returned the article for up to 300 s).

Two real processes under cms.settings.production, without REDIS_URL, share one database (a
file of their own: the test database is invisible to other processes). Each answers API reads
through the response cache middleware; one of them unpublishes (what the `page_unpublished`
receiver does: cms.response_cache.invalidate) and the other must miss at once.
"""

import os
import subprocess
import sys

from django.conf import settings
from django.core.cache.backends.db import DatabaseCache
from django.db import connection

import pytest

from cms.backup.inventory import backed_up_models, cleared_tables

WORKER = """
import sys
import django
django.setup()
from django.core.management import call_command
from django.http import JsonResponse
from django.test import RequestFactory
from cms.response_cache import NO_EXPIRY, invalidate, middleware

# This database has only the cache table (no pages, no sites): what is under test is whether
# a stored answer and the generation that makes it stale are seen by both processes.
middleware.remember_site = lambda request, generation: None
middleware._next_expiry = lambda cache, generation, after: NO_EXPIRY
if sys.argv[1] == "first":
    call_command("createcachetable", verbosity=0)  # for the configured caches, as cms.0005
handler = middleware.ResponseCacheMiddleware(lambda request: JsonResponse({"count": 1}))
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() == "read":
        print(handler(RequestFactory().get("/api/v2/articles/"))["X-Cache"], flush=True)
    elif line.strip() == "unpublish":
        invalidate()
        print("unpublished", flush=True)
"""


class Worker:
    def __init__(self, role: str, environment: dict):
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER, role],
            cwd=settings.BASE_DIR,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.answer() == "ready"

    def answer(self) -> str:
        line = self.process.stdout.readline().strip()
        if not line:  # the worker died: say why
            self.process.wait()
            pytest.fail(self.process.stderr.read())
        return line

    def send(self, command: str) -> str:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait()
        self.process.stdout.close()
        self.process.stderr.close()


@pytest.fixture
def two_workers(tmp_path):
    unset = ("DATABASE_", "REDIS_", "SECRET_KEY", "DJANGO_", "API_")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(unset)}
    environment |= {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "shared-cache-test-" + "0123456789abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "cms.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'workers.sqlite3'}",
        "CREDENTIAL_SIGNING_KEYS": "/run/secrets/credential.pem",
        "WAGTAILAPI_BASE_URL": "https://cms.example.org",
    }
    first = Worker("first", environment)
    second = Worker("second", environment)
    yield first, second
    first.stop()
    second.stop()


def test_an_unpublish_in_one_worker_is_seen_by_the_other_at_once(two_workers):
    first, second = two_workers
    assert first.send("read") == "miss"
    assert first.send("read") == "hit"
    assert second.send("read") == "hit"  # one cache: the first worker's answer

    assert second.send("unpublish") == "unpublished"

    assert first.send("read") == "miss"  # never the old answer from its own memory
    assert second.send("read") == "hit"


@pytest.mark.django_db
def test_migrations_create_the_shared_cache_table_and_backups_leave_it_out():
    assert "cms_cache" in connection.introspection.table_names()
    shared = DatabaseCache("cms_cache", {})  # production's cache without Redis
    shared.set("probe", {"works": True})
    assert shared.get("probe") == {"works": True}
    assert "cms_cache" not in {model._meta.db_table for model in backed_up_models()}
    assert "cms_cache" not in cleared_tables()  # emptied by the restore's caches.clear()
