"""SEO, Open Graph and JSON-LD for any page, shared by the detail endpoints and `route/`."""

from wagtail.models import Site

from cms.serializers import expert_data, frontend_url, image_data, iso_duration, page_path


def seo_data(page, request) -> dict:
    path = page_path(page, request) or "/"
    canonical = frontend_url(path, request)
    title = page.get_meta_title() if hasattr(page, "get_meta_title") else page.title
    description = page.get_meta_description() if hasattr(page, "get_meta_description") else ""
    if not description:
        description = getattr(page, "intro", "") or getattr(page, "summary", "") or ""
    meta_image = page.get_meta_image() if hasattr(page, "get_meta_image") else None
    image = (
        meta_image or getattr(page, "featured_image", None) or getattr(page, "cover_image", None)
    )
    image_url = image_data(image, request)["renditions"]["social"]["url"] if image else None
    og_type = "article" if page._meta.model_name == "articlepage" else "website"
    return {
        "title": title,
        "description": description,
        "canonical_url": canonical,
        "open_graph": {
            "type": og_type,
            "title": title,
            "description": description,
            "url": canonical,
            "image": image_url,
        },
        "twitter": {
            "card": "summary_large_image" if image_url else "summary",
            "title": title,
            "description": description,
            "image": image_url,
        },
        "json_ld": json_ld(page, request, canonical, description, image_url),
    }


def _person(expert, request) -> dict:
    data = expert_data(expert, request)
    person = {"@type": "Person", "name": data["name"]}
    if data["credentials"]:
        person["honorificSuffix"] = data["credentials"]
    if data["title"]:
        person["jobTitle"] = data["title"]
    return person


def json_ld(page, request, canonical: str, description: str, image_url: str | None) -> dict:
    kind = page._meta.model_name
    data = {"@context": "https://schema.org", "url": canonical, "name": page.title}
    if description:
        data["description"] = description
    if image_url:
        data["image"] = image_url
    if kind == "articlepage":
        data.update(
            {
                "@type": "Article",
                "headline": page.title,
                "datePublished": page.publication_date.isoformat(),
                "author": [_person(link.expert, request) for link in page.article_authors.all()],
            }
        )
        if page.last_published_at:
            data["dateModified"] = page.last_published_at.isoformat()
    elif kind == "coursepage":
        data["@type"] = "Course"
        site = Site.find_for_request(request) if request is not None else None
        data["provider"] = {"@type": "Organization", "name": site.site_name if site else ""}
        if page.credit_hours is not None:
            data["educationalCredentialAwarded"] = (
                f"{page.credit_hours} CE/CME hours "
                f"({', '.join(c.code for c in page.credit_types.all())})"
            )
        data["instructor"] = [_person(link.expert, request) for link in page.instructors.all()]
    elif kind == "lessonpage":
        data.update(
            {
                "@type": "VideoObject",
                "embedUrl": page.embed_url,
                "contentUrl": page.video_url,
                "duration": iso_duration(page.duration),
                "uploadDate": (
                    page.first_published_at or page.latest_revision_created_at
                ).isoformat()
                if (page.first_published_at or page.latest_revision_created_at)
                else None,
            }
        )
    else:
        data["@type"] = "WebPage"
    return data
