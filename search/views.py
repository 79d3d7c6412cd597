"""The reader search page (/search/): works without JavaScript, every state in the query
string. The API's endpoints are search.search_api."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from cms.selectors import hidden_q
from cms.unavailable import service_unavailable
from search.availability import SearchUnavailable, search_backend_guard
from search.hits import record_search
from search.results import ResultWindow
from search.selectors import KINDS, UnknownFilter, site_search

READER_PAGE_SIZE = 10


def _original_url(request) -> str:
    """This search with its filters, forcing the words as typed (no correction)."""
    params = request.GET.copy()
    params.pop("page", None)
    params["exact"] = "1"
    return "?" + params.urlencode()


def search(request):
    """The reader page: works without JavaScript, every state is in the query string."""
    filters = {
        # NUL cannot be stored by PostgreSQL; the API refuses it, the page just drops it.
        "q": request.GET.get("q", "")[:1000].replace("\x00", ""),
        "category": request.GET.getlist("category"),
        "type": [kind for kind in request.GET.getlist("type") if kind in KINDS],
        # "Search instead for": the words as typed, without corrections.
        "exact": request.GET.get("exact") == "1",
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
            # Django's Paginator asks only len() and slices, all ResultWindow answers.
            paginator: Paginator = Paginator(ResultWindow(found), READER_PAGE_SIZE)  # type: ignore[arg-type]
            results = paginator.get_page(page)
            context.update(
                {
                    "search": found,
                    "results": results if found.active else [],
                    "category_facets": found.category_facets(),
                    "type_facets": found.type_facets(),
                    "original_url": _original_url(request),
                }
            )
    except SearchUnavailable as error:
        return service_unavailable(request, str(error.detail))
    if results.number == 1 and found.query:
        record_search(filters["q"])
    return TemplateResponse(request, "search/search.html", context)
