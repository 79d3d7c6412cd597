"""Search engines' view of blog pages: an article's JSON-LD and Open Graph `article:*` tags.

An article is an `Article` whose `mainEntityOfPage` is the `WebPage` carrying its clinical
review (cms.seo.json_ld). Registered with the page types (blog.page_types); the core's SEO
(cms.seo) calls these without knowing that articles exist.
"""

from cms.seo.facts import PageFacts, isoformat, visible_categories
from cms.seo.json_ld import common, person, reviewed_web_page


def article(page, request, facts: PageFacts) -> dict:
    data = common(page, request, facts, "Article")
    data["@id"] = f"{facts.canonical}#article"
    categories = visible_categories(page, request)
    data.update(
        {
            "headline": facts.title[:110],
            "datePublished": page.publication_date.isoformat(),
            "dateModified": isoformat(page.last_published_at) or page.publication_date.isoformat(),
            "author": [person(link.expert) for link in page.article_authors.all()],
            "mainEntityOfPage": reviewed_web_page(page, facts),
            "articleSection": [category.title for category in categories],
            "keywords": sorted(tag.name for tag in page.tags.all()),
            "timeRequired": f"PT{page.reading_time}M",
            "isAccessibleForFree": True,
        }
    )
    return data


def category(page, request, facts: PageFacts) -> dict:
    """A topic's listing: a `CollectionPage` about that topic."""
    data = common(page, request, facts, "CollectionPage")
    data["about"] = {"@type": "Thing", "name": page.title}
    return data


def article_open_graph(page, request) -> dict:
    """Open Graph's article:* properties (published_time, modified_time, section, tag)."""
    categories = visible_categories(page, request)
    return {
        "published_time": isoformat(page.publication_date),
        "modified_time": isoformat(page.last_published_at) or isoformat(page.publication_date),
        "section": categories[0].title if categories else None,
        "tags": sorted(tag.name for tag in page.tags.all()),
    }
