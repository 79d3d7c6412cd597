"""The one content-API router, mounted at /api/v2/.

Wagtail's own endpoints (pages, images, documents) are registered hardened, beside the
purpose-built DRF viewsets that frontends use day to day.
"""

from django.http import JsonResponse
from django.urls import include, path, re_path, reverse

from wagtail.api.v2.router import WagtailAPIRouter

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.routers import SimpleRouter

from blog.article_api import ArticleViewSet, CategoryViewSet
from blog.comments.comment_api import CommentViewSet
from cms import schema  # noqa: F401 - registers the schema extensions before generation
from cms.api_common import ContentAPIViewSet, SingleObjectSchema
from cms.expert_api import ExpertViewSet
from cms.preview.preview_api import PreviewViewSet
from cms.site_api import RedirectViewSet, RouteViewSet, SiteViewSet
from cms.wagtail_api import (
    ContentDocumentsAPIViewSet,
    ContentImagesAPIViewSet,
    ContentPagesAPIViewSet,
)
from lessons import captions_api
from lessons.course_api import CourseViewSet, LessonViewSet
from lessons.credit import me_urls
from lessons.credit.verification_api import CertificateVerificationViewSet
from search.search_api import SearchViewSet, SuggestViewSet

wagtail_router = WagtailAPIRouter("wagtailapi")
wagtail_router.register_endpoint("pages", ContentPagesAPIViewSet)
wagtail_router.register_endpoint("images", ContentImagesAPIViewSet)
wagtail_router.register_endpoint("documents", ContentDocumentsAPIViewSet)

router = SimpleRouter(trailing_slash=True)
router.register("articles", ArticleViewSet, basename="articles")
router.register("categories", CategoryViewSet, basename="categories")
router.register("comments", CommentViewSet, basename="comments")
router.register("search/suggest", SuggestViewSet, basename="search-suggest")
router.register("search", SearchViewSet, basename="search")
router.register("courses", CourseViewSet, basename="courses")
router.register("lessons", LessonViewSet, basename="lessons")
router.register("experts", ExpertViewSet, basename="experts")
router.register("site", SiteViewSet, basename="site")
router.register("route", RouteViewSet, basename="route")
router.register("redirects", RedirectViewSet, basename="redirects")
router.register("preview", PreviewViewSet, basename="preview")
router.register("certificates", CertificateVerificationViewSet, basename="certificates")


# The endpoints the index lists, by name: each a URL a frontend starts from.
INDEX_ENDPOINTS = [
    "articles", "categories", "courses", "lessons", "experts", "search", "search/suggest",
    "site", "route", "redirects", "comments", "preview", "pages", "images", "documents",
    "certificates", "me",
]  # fmt: skip


class APIIndexSchema(serializers.Serializer):
    name = serializers.CharField()
    schema = serializers.URLField(help_text="The OpenAPI 3.1 schema (JSON with ?format=json)")
    docs = serializers.URLField(help_text="Interactive docs (Swagger UI)")
    endpoints = serializers.DictField(
        child=serializers.URLField(), help_text="Each endpoint's absolute URL, by name"
    )


@extend_schema_view(list=extend_schema(summary="The API's index", responses=APIIndexSchema))
class APIIndexViewSet(ContentAPIViewSet):
    """Where the content API starts: its endpoints, its schema and its docs."""

    pagination_class = None
    schema = SingleObjectSchema()

    def list(self, request):
        absolute = request.build_absolute_uri
        return Response(
            {
                "name": "Clinical education content API",
                "schema": absolute(reverse("api-schema")),
                "docs": absolute(reverse("api-docs")),
                "endpoints": {name: absolute(f"{request.path}{name}/") for name in INDEX_ENDPOINTS},
            }
        )


def api_not_found(request, *args, **kwargs):
    return JsonResponse({"error": f"No API endpoint at {request.path}."}, status=404)


urlpatterns = [
    path("", APIIndexViewSet.as_view({"get": "list"}), name="api-index"),
    path("me/", include(me_urls)),  # the learner's own records: private (lessons/credit)
    path("", include(captions_api.urlpatterns)),  # text/vtt tracks of lessons
    path("", include(router.urls)),
    path("", wagtail_router.urls),
    # Not `.*`: a path with an encoded newline in it is still the API's, answered in JSON.
    re_path(r"^[\s\S]*$", api_not_found),
]


def public_endpoints_only(endpoints):
    """The schema documents the public content API, not Wagtail's admin API."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v2/")]
