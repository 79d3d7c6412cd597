"""The one content-API router, mounted at /api/v2/.

Wagtail's own endpoints (pages, images, documents) are registered hardened, beside the
purpose-built DRF viewsets that frontends use day to day.
"""

from django.urls import include, path

from wagtail.api.v2.router import WagtailAPIRouter

from rest_framework.routers import SimpleRouter

from blog.views import ArticleViewSet, CategoryViewSet
from cms.site_api import RedirectViewSet, RouteViewSet, SiteViewSet
from cms.wagtail_api import (
    ContentDocumentsAPIViewSet,
    ContentImagesAPIViewSet,
    ContentPagesAPIViewSet,
)

wagtail_router = WagtailAPIRouter("wagtailapi")
wagtail_router.register_endpoint("pages", ContentPagesAPIViewSet)
wagtail_router.register_endpoint("images", ContentImagesAPIViewSet)
wagtail_router.register_endpoint("documents", ContentDocumentsAPIViewSet)

router = SimpleRouter(trailing_slash=True)
router.register("articles", ArticleViewSet, basename="articles")
router.register("categories", CategoryViewSet, basename="categories")
router.register("site", SiteViewSet, basename="site")
router.register("route", RouteViewSet, basename="route")
router.register("redirects", RedirectViewSet, basename="redirects")

urlpatterns = [
    path("", include(router.urls)),
    path("", wagtail_router.urls),
]
