"""schema.org JSON-LD: the parts every page type shares, and the dispatch to its own.

Each page type registers its builder (`cms.registry.PageType.json_ld`: articles in blog.seo,
courses and lessons in lessons.seo); a type that registers none is a plain `WebPage`. Health
content carries its clinical review on the `WebPage` that is its `mainEntityOfPage`
(`reviewedBy`, `lastReviewed`: schema.org puts both on the page), only while that review is
current. Only public fields are read: never an expert's email, only pages readers may see.
"""

from typing import Any

from cms.registry import page_type_of
from cms.representation import frontend_url
from cms.seo import publisher
from cms.seo.facts import PageFacts


def person(expert) -> dict:
    data = {"@type": "Person", "name": expert.name}
    if expert.credentials:
        data["honorificSuffix"] = expert.credentials
    if expert.title:
        data["jobTitle"] = expert.title
    if expert.website:
        data["sameAs"] = [expert.website]
    return data


def common(page, request, facts: PageFacts, kind: str) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "@id": facts.canonical,
        "url": facts.canonical,
        "name": facts.title,
        "inLanguage": publisher.language(),
        "publisher": publisher.publisher_data(request),
    }
    if facts.description:
        data["description"] = facts.description
    if facts.image_url:
        data["image"] = facts.image_url
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    return data


def reviewed_web_page(page, facts: PageFacts) -> dict:
    """The page that carries a piece of health content, with its clinical review while that
    review still holds: a stamp on changed, overdue or unreviewed text would tell search
    engines that a clinician vouches for what no clinician checked (cms.clinical_review)."""
    data: dict[str, Any] = {"@type": "WebPage", "@id": facts.canonical, "url": facts.canonical}
    if not page.review_is_current:
        return data
    if page.reviewed_by is not None:
        data["reviewedBy"] = person(page.reviewed_by)
    if page.last_reviewed:
        data["lastReviewed"] = page.last_reviewed.isoformat()
    return data


def collection(page, request, facts: PageFacts) -> dict:
    """Listing pages: the blog, a category, the course catalogue."""
    return common(page, request, facts, "CollectionPage")


def home(page, request, facts: PageFacts) -> dict:
    data = common(page, request, facts, "WebSite")
    data["name"] = facts.site_name
    data["potentialAction"] = {
        "@type": "SearchAction",
        "target": {
            "@type": "EntryPoint",
            "urlTemplate": frontend_url("/search/", request) + "?q={search_term_string}",
        },
        "query-input": "required name=search_term_string",
    }
    return data


def json_ld(page, request, facts: PageFacts) -> dict:
    builder = page_type_of(page).json_ld
    if builder is None:
        return common(page, request, facts, "WebPage")
    return builder(page, request, facts)
