from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from search.selectors import search_pages


def search(request):
    query = request.GET.get("q", "")
    paginator = Paginator(search_pages(query), 10)
    results = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"query": query, "results": results})
