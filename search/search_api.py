"""The search endpoints (/api/v2/search/, /api/v2/search/suggest/): thin views over
search.selectors."""

from typing import cast

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions
from rest_framework.response import Response

from cms.api_common import (
    MAX_LIMIT,
    ContentAPIViewSet,
    ContentPagination,
    SingleObjectSchema,
)
from cms.representation import request_hidden
from search.availability import search_backend_guard
from search.hits import record_search
from search.results import ResultWindow
from search.selectors import UnknownFilter, site_search, suggestions
from search.serializers import (
    FacetsSerializer,
    SearchFilterSerializer,
    SearchResponseSerializer,
    SearchResultSerializer,
    SuggestFilterSerializer,
    SuggestionSerializer,
    SuggestResponseSerializer,
)

DEFAULT_SUGGESTIONS = 8
# The response is one object (a page of results plus facets), so the schema describes it whole
# rather than wrapping it as a list; limit and offset are then declared here.
PAGE_PARAMETERS = [
    OpenApiParameter("limit", OpenApiTypes.INT, description=f"1 to {MAX_LIMIT}, default 20"),
    OpenApiParameter("offset", OpenApiTypes.INT, description="0 or more, default 0"),
]


@extend_schema_view(
    list=extend_schema(
        summary="Search articles, lessons, courses and experts",
        description="Ranked by relevance (editors' promoted pages first); an empty `q` with a "
        "filter lists what the filter selects, newest first. `facets` count the matches per "
        "category and per type for the same query.",
        parameters=[SearchFilterSerializer, *PAGE_PARAMETERS],
        responses=SearchResponseSerializer,
    )
)
class SearchViewSet(ContentAPIViewSet):
    filter_serializer = SearchFilterSerializer
    schema = SingleObjectSchema()

    def list(self, request):
        filters = self.get_filters()
        # Validated before anything runs, so a bad request counts no search term.
        paginator = cast(ContentPagination, self.paginator)  # ContentAPIViewSet's own
        offset = paginator.get_offset(request)
        limit = paginator.get_limit(request)
        try:
            search = site_search(filters, request_hidden(request))
        except UnknownFilter as error:  # a 404, as cms.api_common.reject_unknown says why
            raise exceptions.NotFound(str(error)) from error
        with search_backend_guard():
            search.prepare(offset, limit)
            response = self.paginated(
                ResultWindow(search),
                lambda results: (
                    SearchResultSerializer(results, many=True, context={"request": request}).data
                ),
            )
            response.data["facets"] = FacetsSerializer(
                {"categories": search.category_facets(), "types": search.type_facets()}
            ).data
        if offset == 0 and search.query:
            record_search(filters.get("q", ""))
        response.data["query"] = {
            "q": search.query.text,
            "synonyms": search.query.synonyms,
            "original": search.query.text,
            "corrected": search.corrected,
            "partial": search.partial_count > 0,
        }
        return response


@extend_schema_view(
    list=extend_schema(
        summary="Autocomplete: titles, categories and experts starting with the words typed",
        parameters=[SuggestFilterSerializer],
        responses=SuggestResponseSerializer,
    )
)
class SuggestViewSet(ContentAPIViewSet):
    filter_serializer = SuggestFilterSerializer
    schema = SingleObjectSchema()
    pagination_class = None

    def allowed_query_params(self) -> set[str]:
        return super().allowed_query_params() - {"offset"}

    def list(self, request):
        filters = self.get_filters()
        with search_backend_guard():
            found = suggestions(
                filters.get("q", ""),
                filters.get("limit") or DEFAULT_SUGGESTIONS,
                request_hidden(request),
            )
        data = SuggestionSerializer(found, many=True, context={"request": request}).data
        return Response({"results": data})
