"""Title, description, canonical URL, Open Graph and Twitter card for a page.

The canonical URL is the frontend's (FRONTEND_URL, or this host), so the reader templates and
every frontend point search engines at one address per page.
"""

from cms.seo import json_ld, publisher
from cms.seo.facts import PageFacts, isoformat, loaded, visible_categories
from cms.serializers import frontend_url, image_data, page_path


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


def article_open_graph(page, request) -> dict:
    """Open Graph's article:* properties (published_time, modified_time, section, tag)."""
    categories = visible_categories(page, request)
    return {
        "published_time": isoformat(page.publication_date),
        "modified_time": isoformat(page.last_published_at) or isoformat(page.publication_date),
        "section": categories[0].title if categories else None,
        "tags": sorted(tag.name for tag in page.tags.all()),
    }


def seo_data(page, request) -> dict:
    page = loaded(page, request)
    path = page_path(page, request) or "/"
    canonical = frontend_url(path, request)
    title = page_title(page)
    description = page_description(page)
    image = page_image(page, request)
    shown = image_data(image, request)
    image_url = shown["renditions"]["social"]["url"] if shown else None
    is_article = page._meta.model_name == "articlepage"
    site_name = publisher.site_name(request)
    return {
        "title": title,
        "description": description,
        "canonical_url": canonical,
        "open_graph": {
            "type": "article" if is_article else "website",
            "title": title,
            "description": description,
            "url": canonical,
            "image": image_url,
            "site_name": site_name,
            "locale": publisher.og_locale(),
            "article": article_open_graph(page, request) if is_article else None,
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
