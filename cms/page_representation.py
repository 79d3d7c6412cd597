"""Any page as the `route/` endpoint serves it: its full fields, breadcrumbs and SEO.

Each app exposes a detail function for its page types (the same one its own detail endpoint
uses), so a page looks the same whether a frontend asks by slug or by path.
"""

from importlib import import_module

from wagtail.models import Page

from cms.selectors import visible
from cms.seo import seo_data
from cms.serializers import page_link, request_hidden

DETAIL_FUNCTIONS = {
    "blog.ArticlePage": "blog.views:article_detail_data",
    "blog.CategoryPage": "blog.views:category_detail_data",
    "lessons.CoursePage": "lessons.views:course_detail_data",
    "lessons.LessonPage": "lessons.views:lesson_detail_data",
}


def specific_for_api(page: Page, hidden) -> Page:
    """The specific page with what its detail function reads already prefetched (by that app's
    selectors), so neither the detail nor SEO fetches it again one relation at a time."""
    label = page.specific_class._meta.label if page.specific_class else None
    if label == "blog.ArticlePage":
        from blog.selectors import api_article_listing

        return api_article_listing(hidden).filter(pk=page.pk).first() or page.specific
    if label == "lessons.CoursePage":
        from lessons.selectors import course_detail

        return course_detail(hidden, pk=page.pk) or page.specific
    if label == "lessons.LessonPage":
        from lessons.selectors import lesson_detail

        return lesson_detail(page.pk, hidden) or page.specific
    return page.specific


def _detail_function(page):
    target = DETAIL_FUNCTIONS.get(page._meta.label)
    if target is None:
        return None
    module_name, function_name = target.split(":")
    return getattr(import_module(module_name), function_name, None)


def generic_fields(page, request) -> dict:
    link = page_link(page, request) or {}
    return {**link, "slug": page.slug, "intro": getattr(page, "intro", "")}


def breadcrumbs(page, request, ancestors=None) -> list[dict]:
    """Links to the visible ancestors; `ancestors` when the caller already has them (route/
    fetches them with the page). A link needs no specific page: its type comes from the
    content type."""
    if ancestors is None:
        ancestors = visible(page.get_ancestors().filter(depth__gt=1), request_hidden(request))
        ancestors = ancestors.order_by("depth")
    site_root_depth = 2
    links = [
        page_link(ancestor, request) for ancestor in ancestors if ancestor.depth >= site_root_depth
    ]
    return [link for link in links if link is not None]


def page_payload(page: Page, request, ancestors=None, fields_function=None) -> dict:
    """The page's fields, breadcrumbs and SEO. `fields_function` replaces the page type's
    detail function (a preview builds a draft's fields in memory)."""
    detail = fields_function or _detail_function(page) or generic_fields
    fields = detail(page, request)
    return {
        "page": {"type": page._meta.label, **fields},
        "breadcrumbs": breadcrumbs(page, request, ancestors),
        "seo": seo_data(page, request),
    }


def pages_on_path(site, path: str, hidden) -> list[Page]:
    """The visible pages from the site root down to `path` ("/blog/some-article"), in one
    query by their stored URL paths; the last is the page at `path` when it is visible.

    A page under a hidden branch is hidden too (cms.selectors), so a visible page always comes
    with all its ancestors: they are its breadcrumbs.
    """
    root_path = site.root_page.url_path
    parts = [part for part in path.split("/") if part]
    url_paths = [
        root_path + "".join(f"{part}/" for part in parts[:n]) for n in range(len(parts) + 1)
    ]
    pages = list(visible(Page.objects.filter(url_path__in=url_paths), hidden).order_by("depth"))
    if not pages or pages[-1].url_path != url_paths[-1]:
        return []
    return pages
