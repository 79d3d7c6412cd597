"""SEO for an expert's page: the same tags as a page's (cms.seo.meta), and a schema.org
`ProfilePage` whose `mainEntity` is the expert as a `Person`, each credential a
`hasCredential`.

Experts are snippets, not pages, so nothing here goes through the page types: the expert's
own fields are all there is. Only public fields are read, never the email.
"""

import re
from typing import Any

from django.utils.text import Truncator

from cms.api_fields import expert_path
from cms.representation import frontend_url, image_data
from cms.seo import publisher

DESCRIPTION_LENGTH = 160
# "PhD, LCSW" or "PhD; RN": the credentials field lists degrees and licences by comma.
_CREDENTIAL_SEPARATORS = re.compile(r"\s*[,;]\s*")


def credential_names(credentials: str) -> list[str]:
    """Each degree or licence of an expert's credentials ("PhD, RN" -> ["PhD", "RN"])."""
    return [name for name in _CREDENTIAL_SEPARATORS.split(credentials.strip()) if name]


def expert_description(expert) -> str:
    """The bio's opening, as long as a search result shows; else who they are."""
    bio = " ".join(expert.bio.split())
    if bio:
        return Truncator(bio).chars(DESCRIPTION_LENGTH)
    return f"{expert.display_name}, {expert.title}." if expert.title else expert.display_name


def person_json_ld(expert, canonical: str, image_url: str | None) -> dict:
    data: dict[str, Any] = {
        "@type": "Person",
        "@id": f"{canonical}#person",
        "name": expert.name,
        "url": canonical,
    }
    if expert.credentials:
        data["honorificSuffix"] = expert.credentials
        data["hasCredential"] = [
            {"@type": "EducationalOccupationalCredential", "name": name}
            for name in credential_names(expert.credentials)
        ]
    if expert.title:
        data["jobTitle"] = expert.title
    if expert.bio:
        data["description"] = " ".join(expert.bio.split())
    if image_url:
        data["image"] = image_url
    if expert.website:
        data["sameAs"] = [expert.website]
    return data


def expert_seo(expert, request) -> dict:
    """The expert page's SEO, in the shape every page's has (cms.api_fields.SEOSchema)."""
    canonical = frontend_url(expert_path(expert), request)
    title = expert.display_name
    description = expert_description(expert)
    shown = image_data(expert.photo, request)
    image_url = shown["crops"]["social"]["url"] if shown else None
    site_name = publisher.site_name(request)
    json_ld = {
        "@context": "https://schema.org",
        "@type": "ProfilePage",
        "@id": canonical,
        "url": canonical,
        "name": title,
        "description": description,
        "inLanguage": publisher.language(),
        "publisher": publisher.publisher_data(request),
        "mainEntity": person_json_ld(expert, canonical, image_url),
    }
    return {
        "title": title,
        "description": description,
        "canonical_url": canonical,
        "open_graph": {
            "type": "profile",
            "title": title,
            "description": description,
            "url": canonical,
            "image": image_url,
            "site_name": site_name,
            "locale": publisher.og_locale(),
            "article": None,
        },
        "twitter": {
            "card": "summary_large_image" if image_url else "summary",
            "title": title,
            "description": description,
            "image": image_url,
            "site": publisher.twitter_handle(request),
        },
        "json_ld": json_ld,
    }
