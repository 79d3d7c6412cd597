"""`preview/`: a draft for the frontend that the admin's Preview sent the editor to.

The endpoint is the one way a draft leaves the CMS, so it answers only a valid, unexpired token
for the named page type, and it answers everything else with the same plain 404: a frontend (or
anyone probing) learns nothing from a wrong guess, and no input reaches a 500. Responses are
private and never stored by a cache or indexed by a search engine.
"""

import re

from django.apps import apps
from django.utils.cache import patch_vary_headers

from wagtail.models import Page

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from cms.api_common import BadRequest, ContentAPIViewSet, SingleObjectSchema
from cms.preview.models import PagePreview, PreviewUnavailable
from cms.preview.representation import preview_payload
from cms.route_schema import PreviewAnswer

# "app_label.modelname", as Django names a model (`blog.articlepage`).
CONTENT_TYPE_PATTERN = re.compile(r"[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*")


def _page_type(raw: str) -> str:
    label = raw.strip().lower()
    if not label:
        raise NotFound("content_type is required, e.g. ?content_type=blog.articlepage&token=...")
    if not CONTENT_TYPE_PATTERN.fullmatch(label):
        raise NotFound(
            "content_type must name a page type as app_label.model, e.g. blog.articlepage."
        )
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError) as error:
        raise NotFound(f"No page type {label!r}.") from error
    if not issubclass(model, Page) or model is Page:
        raise NotFound(f"No page type {label!r}.")
    return label


@extend_schema_view(
    list=extend_schema(
        summary="A draft, for the frontend's preview page",
        description=(
            "The draft the editor previewed, in the shape `route/` gives a live page. "
            "The token lasts PREVIEW_TOKEN_MINUTES; anything wrong is a 404."
        ),
        parameters=[
            OpenApiParameter(
                "content_type", str, required=True, description="e.g. blog.articlepage"
            ),
            OpenApiParameter("token", str, required=True, description="From the preview URL"),
        ],
        responses={200: PreviewAnswer},
    )
)
class PreviewViewSet(ContentAPIViewSet):
    """A previewed draft, for a valid token only."""

    pagination_class = None
    schema = SingleObjectSchema()
    extra_query_params = frozenset({"content_type", "token"})

    def allowed_query_params(self) -> set[str]:
        return {*self.extra_query_params, "format"}

    def initial(self, request, *args, **kwargs):
        try:
            super().initial(request, *args, **kwargs)
        except BadRequest as error:
            raise NotFound(str(error.detail)) from error

    def list(self, request):
        label = _page_type(request.query_params.get("content_type", ""))
        token = request.query_params.get("token", "").strip()
        if not token:
            raise NotFound("token is required: open the preview from the admin.")
        try:
            preview = PagePreview.from_token(token, label)
        except PreviewUnavailable as error:
            raise NotFound(str(error)) from error
        page = preview.as_page()
        if page is None:
            raise NotFound(f"No page type {label!r}.")
        return Response(preview_payload(page, request))

    def finalize_response(self, request, response, *args, **kwargs):
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        patch_vary_headers(response, ["Origin"])
        return super().finalize_response(request, response, *args, **kwargs)
