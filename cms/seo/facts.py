"""What the tags and the structured data both read from a page, computed the same way."""

from dataclasses import dataclass

from wagtail.models import Page

from cms.representation import page_is_visible
from cms.selectors import hidden_q, visible


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
