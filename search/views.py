"""Search endpoints (/api/v2/search/, /api/v2/search/suggest/) and the reader page (/search/):
thin views over search.selectors."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.response import Response

from cms.api_common import MAX_LIMIT, BadRequest, ContentAPIViewSet, SingleObjectSchema
from cms.selectors import hidden_q
from cms.serializers import request_hidden
from cms.unavailable import service_unavailable
from search.availability import SearchUnavailable, search_backend_guard
from search.hits import record_search
from search.results import ResultWindow
from search.selectors import KINDS, SiteSearch, UnknownFilter, suggestions
from search.serializers import (
    FacetsSerializer,
    SearchFilterSerializer,
    SearchResponseSerializer,
    SearchResultSerializer,
    SuggestFilterSerializer,
    SuggestionSerializer,
    SuggestResponseSerializer,
)

READER_PAGE_SIZE = 10
DEFAULT_SUGGESTIONS = 8
# The response is one object (a page of results plus facets), so the schema describes it whole
# rather than wrapping it as a list; limit and offset are then declared here.
PAGE_PARAMETERS = [
    OpenApiParameter("limit", OpenApiTypes.INT, description=f"1 to {MAX_LIMIT}, default 20"),
    OpenApiParameter("offset", OpenApiTypes.INT, description="0 or more, default 0"),
]


def site_search(filters: dict, hidden) -> SiteSearch:
    return SiteSearch(
        q=filters.get("q", ""),
        categories=filters.get("category", []),
        types=filters.get("type", []),
        tags=filters.get("tag", []),
        authors=filters.get("author", []),
        hidden=hidden,
    )


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
        offset = self.paginator.get_offset(request)
        limit = self.paginator.get_limit(request)
        try:
            search = site_search(filters, request_hidden(request))
        except UnknownFilter as error:
            raise BadRequest(str(error)) from error
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
        response.data["query"] = {"q": search.query.text, "synonyms": search.query.synonyms}
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


def search(request):
    """The reader page: works without JavaScript, every state is in the query string."""
    filters = {
        # NUL cannot be stored by PostgreSQL; the API refuses it, the page just drops it.
        "q": request.GET.get("q", "")[:1000].replace("\x00", ""),
        "category": request.GET.getlist("category"),
        "type": [kind for kind in request.GET.getlist("type") if kind in KINDS],
    }
    context = {"query": filters["q"], "kinds": KINDS}
    try:
        found = site_search(filters, hidden_q())
    except UnknownFilter as error:
        context["error"] = str(error)
        return TemplateResponse(request, "search/search.html", context, status=400)
    page = request.GET.get("page", "")
    number = int(page) if page.isascii() and page.isdigit() and 0 < len(page) < 6 else 1
    try:
        with search_backend_guard():
            found.prepare((max(number, 1) - 1) * READER_PAGE_SIZE, READER_PAGE_SIZE)
            results = Paginator(ResultWindow(found), READER_PAGE_SIZE).get_page(page)
            context.update(
                {
                    "search": found,
                    "results": results if found.active else [],
                    "category_facets": found.category_facets(),
                    "type_facets": found.type_facets(),
                }
            )
    except SearchUnavailable as error:
        return service_unavailable(request, str(error.detail))
    if results.number == 1 and found.query:
        record_search(filters["q"])
    return TemplateResponse(request, "search/search.html", context)
