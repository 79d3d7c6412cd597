"""The two yardsticks served next to our API: stock Wagtail API v2 and a raw-bytes view.

The raw view answers with the bytes of our own `articles/?limit=20` response, rendered once per
worker on its first request: the ceiling for any Python view on this server (routing and
middleware included), which a warm response cache should approach.
"""

from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import resolve

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

RAW_SOURCE = "/api/v2/articles/"

stock_router = WagtailAPIRouter("benchstockapi")
stock_router.register_endpoint("pages", PagesAPIViewSet)

_raw_body: bytes | None = None


def _render_raw_body() -> bytes:
    request = RequestFactory().get(RAW_SOURCE, {"limit": "20"}, HTTP_HOST="127.0.0.1")
    match = resolve(RAW_SOURCE)
    response = match.func(request, *match.args, **match.kwargs)
    if hasattr(response, "render"):
        response.render()
    return response.content


def raw(request):
    global _raw_body
    if _raw_body is None:
        _raw_body = _render_raw_body()
    return HttpResponse(_raw_body, content_type="application/json")
