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


def _detail_function(page):
    target = DETAIL_FUNCTIONS.get(page._meta.label)
    if target is None:
        return None
    module_name, function_name = target.split(":")
    return getattr(import_module(module_name), function_name, None)


def generic_fields(page, request) -> dict:
    link = page_link(page, request) or {}
    return {**link, "slug": page.slug, "intro": getattr(page, "intro", "")}


def breadcrumbs(page, request) -> list[dict]:
    ancestors = page.get_ancestors().filter(depth__gt=1)
    ancestors = visible(ancestors, request_hidden(request)).specific().order_by("depth")
    site_root_depth = 2
    links = [
        page_link(ancestor, request) for ancestor in ancestors if ancestor.depth >= site_root_depth
    ]
    return [link for link in links if link is not None]


def page_payload(page: Page, request) -> dict:
    detail = _detail_function(page)
    fields = detail(page, request) if detail else generic_fields(page, request)
    return {
        "page": {"type": page._meta.label, **fields},
        "breadcrumbs": breadcrumbs(page, request),
        "seo": seo_data(page, request),
    }
