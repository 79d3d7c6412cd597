"""What a request gets when something it depends on is down instead of broken.

Django answers any uncaught exception with `handler500`. A database that cannot be reached (a
restart, a failover, a full connection slot table, SQLite's write lock held too long) is not a
bug in the request: the right answer is a quick 503 with Retry-After, so frontends, CDNs and load
balancers retry instead of caching an error page, and the API keeps its promise of a JSON body.
Anything else is still a 500, but the API's is JSON too, never a stack trace.

Nothing here touches the database or renders a template that might.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.views import defaults

RETRY_AFTER_SECONDS = 5
UNAVAILABLE_HTML = (
    "<!doctype html><html lang=en><meta charset=utf-8><title>Back in a moment</title>"
    "<h1>Back in a moment</h1><p>The site is briefly unavailable. Please try again shortly.</p>"
)


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def _database_down(error: BaseException | None) -> bool:
    while error is not None:
        if isinstance(error, OperationalError | InterfaceError):
            return True
        error = error.__cause__ or error.__context__
    return False


def service_unavailable(request, message: str) -> HttpResponse:
    response: HttpResponse
    if _is_api(request):
        response = JsonResponse({"error": message}, status=503)
    else:
        response = HttpResponse(UNAVAILABLE_HTML, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name: str = defaults.ERROR_500_TEMPLATE_NAME):
    """`handler500`: called by Django while the exception is being handled."""
    error = sys.exc_info()[1]
    if _database_down(error):
        return service_unavailable(
            request, "The content database is unavailable right now; try again shortly."
        )
    if _is_api(request):
        response = JsonResponse({"error": "Internal server error."}, status=500)
        response["Cache-Control"] = "no-store"
        return response
    return defaults.server_error(request, template_name)
