"""Title, description, canonical URL, Open Graph and Twitter card for a page.

The canonical URL is the frontend's (FRONTEND_URL, or this host), so the reader templates and
every frontend point search engines at one address per page.
"""

from cms.registry import page_type_of
from cms.representation import frontend_url, image_data, page_path
from cms.seo import json_ld, publisher
from cms.seo.facts import PageFacts


def page_title(page) -> str:
    return page.get_meta_title() if hasattr(page, "get_meta_title") else page.title


def page_description(page) -> str:
    description = page.get_meta_description() if hasattr(page, "get_meta_description") else ""
    return description or getattr(page, "intro", "") or getattr(page, "summary", "") or ""


def page_image(page, request):
    """The image a share shows: the page's social or listing image, else its own picture,
    else (for a lesson served with its course) the course cover."""
    image = page.get_meta_image() if hasattr(page, "get_meta_image") else None
    image = image or getattr(page, "featured_image", None) or getattr(page, "cover_image", None)
    course = getattr(page, "api_course", None)
    if image is None and course is not None:
        image = course.cover_image
    return image


def seo_data(page, request) -> dict:
    """The page's SEO, from what its selector loaded (a lesson's course, a course's lessons):
    `route/` and the detail endpoints hand in a loaded page, the reader templates' head loads
    it through its page type first (cms.templatetags.seo_tags)."""
    path = page_path(page, request) or "/"
    canonical = frontend_url(path, request)
    title = page_title(page)
    description = page_description(page)
    image = page_image(page, request)
    shown = image_data(image, request)
    image_url = shown["crops"]["social"]["url"] if shown else None
    open_graph_article = page_type_of(page).open_graph_article
    site_name = publisher.site_name(request)
    return {
        "title": title,
        "description": description,
        "canonical_url": canonical,
        "open_graph": {
            "type": "article" if open_graph_article else "website",
            "title": title,
            "description": description,
            "url": canonical,
            "image": image_url,
            "site_name": site_name,
            "locale": publisher.og_locale(),
            "article": open_graph_article(page, request) if open_graph_article else None,
        },
        "twitter": {
            "card": "summary_large_image" if image_url else "summary",
            "title": title,
            "description": description,
            "image": image_url,
            "site": publisher.twitter_handle(request),
        },
        "json_ld": json_ld.json_ld(
            page, request, PageFacts(canonical, title, description, image_url, site_name)
        ),
    }
