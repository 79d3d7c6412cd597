"""Wagtail's own v2 endpoints (pages, images, documents), hardened for a public headless API.

Stock v2 serves login-restricted pages to a logged-in session, ignores unpublished ancestors
and expiry, answers several malformed inputs with a 500, gives CMS-host `html_url`s, and
searches with a backend that scores every match separately. Here: the same visibility check as
every other endpoint, anonymous for everyone, strict parameters, URLs on the frontend or the
host asked (cms.wagtail_serializers), and `search` left to /api/v2/search/.
"""

from typing import TYPE_CHECKING, cast

from django.core.exceptions import FieldError, ValidationError
from django.db import DataError
from django.http import Http404
from django.shortcuts import redirect

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, Site

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers as drf
from rest_framework import status
from rest_framework.authentication import BaseAuthentication
from rest_framework.permissions import BasePermission
from rest_framework.response import Response

from cms.api_common import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    MAX_PARAM_LENGTH,
    ContentAPISchema,
    ErrorSerializer,
    parse_int,
)
from cms.loading import load_shown
from cms.representation import cms_url, remember_links, request_hidden
from cms.selectors import (
    visible,
    with_api_relations,
)
from cms.wagtail_serializers import (
    FrontendDocumentSerializer,
    FrontendImageSerializer,
    FrontendPageSerializer,
)

if TYPE_CHECKING:
    # The mixin's super() calls go to Wagtail's viewset, which it always precedes.
    from wagtail.api.v2.views import BaseAPIViewSet as _WagtailViewSet
else:
    _WagtailViewSet = object

MAX_FIELDS_DEPTH = 3
_BAD_INPUT = (
    BadRequestError,
    ValidationError,
    ValueError,
    TypeError,
    FieldError,
    DataError,
    OverflowError,
    RecursionError,
    LookupError,
)


def check_fields_depth(fields: str) -> None:
    """Wagtail parses `fields` recursively: deep nesting would exhaust the stack (a 500)."""
    if fields.count("(") > MAX_FIELDS_DEPTH or fields.count("(") != fields.count(")"):
        raise BadRequestError(f"fields: nest at most {MAX_FIELDS_DEPTH} levels deep.")


class StrictPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = parse_int("offset", request.GET.get("offset"), 0, 0, MAX_OFFSET)
        limit = parse_int("limit", request.GET.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT)
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]


_LISTING = inline_serializer(
    "WagtailListing",
    fields={
        "meta": inline_serializer("WagtailListingMeta", fields={"total_count": drf.IntegerField()}),
        "items": drf.ListField(child=drf.DictField()),
    },
)
_ERROR = ErrorSerializer


class WagtailEndpointSchema(ContentAPISchema):
    def get_operation_id(self):
        # Only the hardened Wagtail endpoints use this schema; DRF's types know just APIView.
        view = cast("HardenedMixin", self.view)
        kind = view.model._meta.model_name
        return f"{kind}s_{view.action.removesuffix('_view')}"


class HardenedMixin(_WagtailViewSet):
    """Anonymous, strict and JSON-erroring, whatever the request carries."""

    schema = WagtailEndpointSchema()
    authentication_classes: list[type[BaseAuthentication]] = []
    permission_classes: list[type[BasePermission]] = []
    pagination_class = StrictPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for key, values in request.GET.lists():
            for value in [key, *values]:
                if "\x00" in value or len(value) > MAX_PARAM_LENGTH:
                    raise BadRequestError(f"{key[:50]}: value too long or contains NUL.")
        check_fields_depth(request.GET.get("fields", ""))

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            return Response({"error": str(exc) or "Not found."}, status=status.HTTP_404_NOT_FOUND)
        if isinstance(exc, BadRequestError) and str(exc).endswith(" page doesn't exist"):
            # child_of, descendant_of, ancestor_of or translation_of names no page a reader may
            # see: well formed, nothing there (Wagtail's message is its only signal of this).
            return Response({"error": str(exc)}, status=status.HTTP_404_NOT_FOUND)
        if isinstance(exc, _BAD_INPUT):
            message = str(exc) if isinstance(exc, BadRequestError) else "Invalid parameter value."
            return Response({"error": message}, status=status.HTTP_400_BAD_REQUEST)
        response = super().handle_exception(exc)
        if isinstance(response.data, dict) and "message" in response.data:
            response.data = {"error": response.data["message"]}
        return response

    @extend_schema(
        summary="List (Wagtail API v2)",
        parameters=[
            OpenApiParameter("limit", int),
            OpenApiParameter("offset", int),
            OpenApiParameter("fields", str),
            OpenApiParameter("order", str),
            OpenApiParameter("type", str),
        ],
        responses={200: _LISTING, 400: _ERROR},
    )
    def listing_view(self, request):
        return super().listing_view(request)

    @extend_schema(
        summary="One item (Wagtail API v2)",
        parameters=[OpenApiParameter("id", int, OpenApiParameter.PATH)],
        responses={200: OpenApiTypes.OBJECT, 404: _ERROR},
    )
    def detail_view(self, request, pk):
        return super().detail_view(request, pk)

    @extend_schema(
        summary="Find one item; redirects to its detail URL",
        parameters=[OpenApiParameter("id", int), OpenApiParameter("html_path", str)],
        responses={302: None, 400: _ERROR, 404: _ERROR},
    )
    def find_view(self, request):
        # Wagtail's find, redirecting to the detail on the host that was asked (Wagtail's own
        # uses WAGTAILAPI_BASE_URL, whatever host serves the API).
        try:
            found = self.find_object(self.get_queryset(), request)
        except self.model.DoesNotExist:
            found = None
        if found is None:
            raise Http404("Not found.")
        path = request.wagtailapi_router.get_object_detail_urlpath(self.model, found.pk)
        query = request.GET.copy()
        for param in self.find_query_parameters:
            query.pop(param, None)
        url = cms_url(path, request)
        return redirect(f"{url}?{query.urlencode()}" if query else url)

    def find_object(self, queryset, request):
        if "id" in request.GET:
            raw = request.GET["id"]
            if not raw.isascii() or not raw.isdigit() or len(raw) > 18:
                raise BadRequestError("id must be a positive integer.")
        return super().find_object(queryset, request)


class ContentPagesAPIViewSet(HardenedMixin, PagesAPIViewSet):
    base_serializer_class = FrontendPageSerializer
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
        "_",
    }

    def get_base_queryset(self):
        site = Site.find_for_request(self.request)
        pages = Page.objects.all()
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        return visible(pages, request_hidden(self.request))

    def get_queryset(self):
        return with_api_relations(super().get_queryset())

    def get_object(self):
        """The specific page with its relations joined and prefetched, as in lists (Wagtail's
        own `.specific` would fetch each relation separately)."""
        base = super(PagesAPIViewSet, self).get_object()
        model = base.specific_class
        page = None
        if model is not None:
            page = with_api_relations(model.objects.filter(pk=base.pk)).first()
        page = page or base.specific
        parent_path = page.path[: -page.steplen]
        page.api_parent = self.get_base_queryset().filter(path=parent_path).first()
        return page

    def get_serializer(self, instance=None, *args, **kwargs):
        """Fetch what a whole page of results shows in a few batches: the pages it links to
        (with their visibility), the blocks' chosen objects and every image's renditions."""
        items = list((instance if kwargs.get("many") else [instance]) or [])
        remember_links(load_shown(items, request_hidden(self.request)), self.request)
        return super().get_serializer(instance, *args, **kwargs)

    def check_query_parameters(self, queryset):
        if "search" in self.request.GET:
            raise BadRequestError("Full-text search lives at /api/v2/search/?q=...")
        super().check_query_parameters(queryset)


class ContentImagesAPIViewSet(HardenedMixin, ImagesAPIViewSet):
    base_serializer_class = FrontendImageSerializer
    known_query_parameters = ImagesAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
    }


class ContentDocumentsAPIViewSet(HardenedMixin, DocumentsAPIViewSet):
    base_serializer_class = FrontendDocumentSerializer
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters - {
        "search",
        "search_operator",
    }
