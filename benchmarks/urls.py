"""Bench URLs: stock Wagtail API v2 and the raw view first, then every project URL."""

from django.urls import path

from benchmarks import views
from cms.urls import handler500  # noqa: F401 (Django reads it from the root URLconf)
from cms.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    path("bench/stock/", views.stock_router.urls),
    path("bench/raw/", views.raw, name="bench-raw"),
    *project_urlpatterns,
]
