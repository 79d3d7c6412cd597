"""What the tags and the structured data both read from a page, computed the same way."""

from dataclasses import dataclass

from wagtail.models import Page

from cms.selectors import hidden_q, visible
from cms.serializers import page_is_visible, request_hidden

# What a course's or lesson's detail endpoint loads (see lessons.selectors), by page type.
DETAIL_LOADERS = {
    "coursepage": ("api_lessons", "with_course_lessons"),
    "lessonpage": ("api_course", "with_lesson_listing_data"),
}


@dataclass(frozen=True)
class PageFacts:
    """The page's SEO basics, worked out once by `meta` and handed to `json_ld`."""

    canonical: str
    title: str
    description: str
    image_url: str | None
    site_name: str


def isoformat(value) -> str | None:
    return value.isoformat() if value else None


def visible_categories(page, request) -> list:
    """The page's categories that readers may see: a hidden one is never named. (The API's
    serializers check the same categories, so the per-request visibility cache answers.)"""
    categories = getattr(page, "categories", None)
    if categories is None:
        return []
    categories = list(categories.all())
    if request is None:  # no per-request cache to share: ask once for all of them
        pks = [category.pk for category in categories]
        allowed = set(
            visible(Page.objects.filter(pk__in=pks), hidden_q()).values_list("pk", flat=True)
        )
        return [category for category in categories if category.pk in allowed]
    return [category for category in categories if page_is_visible(category, request)]


def loaded(page, request):
    """A lone course or lesson (from `route/` or a reader page) gets what its detail endpoint
    loads, so every caller serves the same SEO. A page from a listing arrives prefetched (the
    test `blog.views.article_detail_data` uses too) and is left alone: no query per item."""
    attribute, loader_name = DETAIL_LOADERS.get(page._meta.model_name, (None, None))
    if attribute is None or not page.pk:
        return page
    if hasattr(page, attribute) or hasattr(page, "_prefetched_objects_cache"):
        return page
    from lessons import selectors

    return getattr(selectors, loader_name)([page], request_hidden(request))[0]
