"""Who publishes: the organisation settings of the request's site, as schema.org and Open
Graph want them. Read once per request (Wagtail caches site settings on the request)."""

from typing import Any
from urllib.parse import urlparse

from django.conf import settings
from django.utils.translation import to_locale

from wagtail.models import Site

from cms.models import OrganisationSettings
from cms.representation import frontend_url, image_data

TWITTER_HOSTS = {"x.com", "twitter.com"}


def organisation(request) -> OrganisationSettings | None:
    if request is not None:
        return OrganisationSettings.for_request(request)
    site = Site.objects.filter(is_default_site=True).first()
    return OrganisationSettings.for_site(site) if site else None


def site_name(request) -> str:
    org = organisation(request)
    if org is not None and org.name:
        return org.name
    site = Site.find_for_request(request) if request is not None else None
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def language() -> str:
    """BCP 47, as schema.org's inLanguage wants it: "en-US"."""
    return to_locale(settings.LANGUAGE_CODE).replace("_", "-")


def og_locale() -> str:
    """Open Graph's language_TERRITORY: "en_US"."""
    return to_locale(settings.LANGUAGE_CODE)


def social_urls(org) -> list[str]:
    if org is None:
        return []
    return [link.value["url"] for link in org.social_links if link.value.get("url")]


def twitter_handle(request) -> str | None:
    """ "@handle" from the organisation's X (Twitter) link, when it has one."""
    for url in social_urls(organisation(request)):
        parsed = urlparse(url)
        host = (parsed.hostname or "").lower().removeprefix("www.")
        handle = parsed.path.strip("/").split("/")[0]
        if host in TWITTER_HOSTS and handle:
            return f"@{handle.lstrip('@')}"
    return None


def publisher_data(request) -> dict:
    """schema.org Organization: name, home URL, logo (when the settings carry one) and the
    organisation's social profiles as sameAs."""
    org = organisation(request)
    data: dict[str, Any] = {
        "@type": "Organization",
        "name": site_name(request),
        "url": frontend_url("/", request),
    }
    logo = image_data(getattr(org, "logo", None), request)
    if logo is not None:
        rendition = logo["src"]
        data["logo"] = {
            "@type": "ImageObject",
            "url": rendition["url"],
            "width": rendition["width"],
            "height": rendition["height"],
        }
    same_as = social_urls(org)
    if same_as:
        data["sameAs"] = same_as
    return data
