"""Reader search over what the public may see.

This is the simple first version on Wagtail's search backend; step 3 replaces its query path
with one that ranks and paginates inside the database.
"""

from wagtail.models import Page

from blog.models import ArticlePage
from cms.selectors import visible
from lessons.models import LessonPage

MAX_QUERY_LENGTH = 200


def search_pages(query: str):
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    if not query:
        return Page.objects.none()
    # The search backend filters only on indexed fields, so visibility goes in as a pk subquery.
    allowed = visible(Page.objects.type(ArticlePage, LessonPage)).values("pk")
    return Page.objects.filter(pk__in=allowed).specific().search(query, operator="and")
