"""Reads of the public content API go to a read replica (DATABASE_REPLICA_URL); everything
else, writes and the admin included, stays on the primary.

Only anonymous GETs under /api/v2/ are routed, so an editor never reads their own change from
a replica that has not caught up. The API itself can be behind too: for
DATABASE_REPLICA_LAG_SECONDS after any change readers can see (the response cache's
invalidation records when), API reads stay on the primary, so a response cached right after a
publish is never built from the replica's older copy.
"""

import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches

from cms.response_cache import CHANGED_AT_KEY, is_api_read

REPLICA = "replica"
_reading_from_replica: ContextVar[bool] = ContextVar("reading_from_replica", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if model._meta.app_label == "django_cache":  # the database cache: shared state, read
            return "default"  # where it is written (a replica's copy lags behind a bump)
        return REPLICA if _reading_from_replica.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica is a copy of the primary: same rows, same ids

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


def replica_reads_middleware(get_response):
    def middleware(request):
        if not _may_use_replica(request):
            return get_response(request)
        token = _reading_from_replica.set(True)
        try:
            return get_response(request)
        finally:
            _reading_from_replica.reset(token)

    return middleware


def _may_use_replica(request) -> bool:
    if not getattr(settings, "DATABASE_REPLICA_URL", "") or not is_api_read(request):
        return False
    if "HTTP_AUTHORIZATION" in request.META or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    changed_at = caches[settings.API_RESPONSE_CACHE_ALIAS].get(CHANGED_AT_KEY) or 0
    # Defined where a replica is (cms.settings.production); mypy reads the test settings.
    lag = settings.DATABASE_REPLICA_LAG_SECONDS  # type: ignore[misc]
    return time.time() - changed_at > lag
