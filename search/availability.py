"""A search backend that fails answers 503, and only search does.

With an external backend (OpenSearch, Elasticsearch: docs/search.md) search can fail on its own
while the database and the rest of the API are fine: a cluster restarting, a timeout, a full
queue. Those are the client library's transport and API errors; catching exactly those (not
every exception) keeps a real bug in our code a 500 that someone will look at.
"""

import importlib
import logging
from contextlib import contextmanager
from functools import cache

from rest_framework.exceptions import APIException

logger = logging.getLogger(__name__)

# Base classes of the errors each supported client raises when its cluster misbehaves.
CLIENT_ERRORS = [
    ("opensearchpy.exceptions", "OpenSearchException"),
    ("elasticsearch.exceptions", "ApiError"),
    ("elasticsearch.exceptions", "TransportError"),
    ("elastic_transport", "TransportError"),
]
MESSAGE = "Search is unavailable right now; the rest of the API works. Try again shortly."


class SearchUnavailable(APIException):
    status_code = 503
    default_detail = MESSAGE
    default_code = "search_unavailable"
    wait = 5  # DRF sends it as Retry-After


@cache
def backend_errors() -> tuple[type[BaseException], ...]:
    found = []
    for module_name, class_name in CLIENT_ERRORS:
        try:
            error = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError):
            continue
        if isinstance(error, type) and issubclass(error, BaseException):
            found.append(error)
    return tuple(found)


@contextmanager
def search_backend_guard():
    """Turn the backend's own failures into SearchUnavailable (a 503 with Retry-After)."""
    try:
        yield
    except backend_errors() as error:  # an empty tuple (no client installed) catches nothing
        logger.error("Search backend failed: %s", error, exc_info=True)
        raise SearchUnavailable() from error
