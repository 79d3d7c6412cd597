"""schema.org JSON-LD for each page type.

Articles are `Article`s whose `mainEntityOfPage` is a `WebPage` carrying the clinical review
(`reviewedBy`, `lastReviewed`: schema.org puts both on the page, not the article), only while
its status is `current`. Courses are `Course`s: the CE/CME credit is what completing the course
earns, so it is `educationalCredentialAwarded`, one `EducationalOccupationalCredential` per
accrediting body (`recognizedBy` that body, for the professions it serves), and
`numberOfCredits` gives the hours. Lessons are `VideoObject`s. Only public fields are read:
never an expert's email, and only pages that readers may see.
"""

from datetime import timedelta

from cms.seo import publisher
from cms.seo.facts import PageFacts, isoformat, visible_categories
from cms.serializers import duration_seconds, frontend_url, iso_duration, page_path

YOUTUBE_EMBED = "https://www.youtube-nocookie.com/embed/"


def person(expert) -> dict:
    data = {"@type": "Person", "name": expert.name}
    if expert.credentials:
        data["honorificSuffix"] = expert.credentials
    if expert.title:
        data["jobTitle"] = expert.title
    if expert.website:
        data["sameAs"] = [expert.website]
    return data


def _common(page, request, facts: PageFacts, kind: str) -> dict:
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
    data = {"@type": "WebPage", "@id": facts.canonical, "url": facts.canonical}
    if not page.review_is_current:
        return data
    if page.reviewed_by is not None:
        data["reviewedBy"] = person(page.reviewed_by)
    if page.last_reviewed:
        data["lastReviewed"] = page.last_reviewed.isoformat()
    return data


def article(page, request, facts: PageFacts) -> dict:
    data = _common(page, request, facts, "Article")
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


def credentials_awarded(page) -> list[dict]:
    return [
        {
            "@type": "EducationalOccupationalCredential",
            "name": f"{credit_type.code} continuing education credit",
            "credentialCategory": "Continuing education credit",
            "recognizedBy": {
                "@type": "Organization",
                "name": credit_type.name,
                "alternateName": credit_type.code,
            },
            **(
                {"audience": {"@type": "Audience", "audienceType": credit_type.professions}}
                if credit_type.professions
                else {}
            ),
        }
        for credit_type in page.credit_types.all()
    ]


def course(page, request, facts: PageFacts) -> dict:
    data = _common(page, request, facts, "Course")
    data["@id"] = f"{facts.canonical}#course"
    data["provider"] = data["publisher"]
    data["educationalLevel"] = page.get_level_display()
    objectives = [item.value for item in page.learning_objectives if item.value]
    if objectives:
        data["teaches"] = objectives
    categories = visible_categories(page, request)
    if categories:
        data["about"] = [{"@type": "Thing", "name": category.title} for category in categories]
    if page.credit_hours is not None:
        data["numberOfCredits"] = {
            "@type": "QuantitativeValue",
            "value": float(page.credit_hours),
            "unitText": "CE/CME credit hours",
        }
        data["educationalCredentialAwarded"] = credentials_awarded(page)
    instance = {
        "@type": "CourseInstance",
        "courseMode": "online",
        "instructor": [person(link.expert) for link in page.instructors.all()],
    }
    lessons = getattr(page, "api_lessons", None)  # loaded (visible only) by the course detail
    if lessons is not None:
        total = sum(duration_seconds(lesson.duration) for lesson in lessons)
        instance["courseWorkload"] = iso_duration(timedelta(seconds=total))
        data["hasPart"] = [_lesson_part(lesson, request) for lesson in lessons]
    data["hasCourseInstance"] = [instance]
    return data


def _lesson_part(lesson, request) -> dict:
    path = page_path(lesson, request)
    part = {"@type": "VideoObject", "name": lesson.title}
    if path:
        part["url"] = frontend_url(path, request)
    return part


def video_thumbnail(page, facts: PageFacts) -> str | None:
    """The page's image, else YouTube's still for the video (its address is built from the
    video id, like the player's, without asking YouTube)."""
    if facts.image_url:
        return facts.image_url
    embed = page.embed_url or ""
    if embed.startswith(YOUTUBE_EMBED):
        return f"https://i.ytimg.com/vi/{embed.removeprefix(YOUTUBE_EMBED)}/hqdefault.jpg"
    return None


def _list_items(raw) -> list[str]:
    """A ListBlock's stored items: plain values, or {"type": "item", "value": ...} dicts."""
    items = [item.get("value") if isinstance(item, dict) else item for item in raw or []]
    return [item for item in items if isinstance(item, str) and item]


def transcript_text(page) -> str:
    """The spoken words, speaker by speaker, as plain text (read from the stored JSON, with the
    speaker's name when the lesson's speakers are loaded or the turn names one)."""
    speakers = {expert.pk: expert.name for expert in getattr(page, "api_speakers", [])}
    lines = []
    for item in page.transcript.raw_data:
        value = item.get("value") or {}
        if item.get("type") == "section_heading" and isinstance(value, str):
            lines.append(value)
        elif item.get("type") == "speaker_turn":
            expert_id = str(value.get("expert") or "")
            name = value.get("speaker_name") or (
                speakers.get(int(expert_id)) if expert_id.isdigit() else None
            )
            text = " ".join(_list_items(value.get("paragraphs")))
            lines.append(f"{name}: {text}" if name else text)
    return "\n\n".join(line for line in lines if line)


def lesson(page, request, facts: PageFacts) -> dict:
    data = _common(page, request, facts, "VideoObject")
    data["@id"] = f"{facts.canonical}#video"
    data["description"] = facts.description or facts.title
    published = page.first_published_at or page.latest_revision_created_at
    data.update(
        {
            "thumbnailUrl": video_thumbnail(page, facts),
            "uploadDate": isoformat(published),
            "duration": iso_duration(page.duration),
            "embedUrl": page.embed_url,
            "mainEntityOfPage": reviewed_web_page(page, facts),
        }
    )
    if page.video_is_file:
        data["contentUrl"] = page.video_url
    transcript = transcript_text(page)
    if transcript:
        data["transcript"] = transcript
    course_page = getattr(page, "api_course", None)  # visible by construction
    if course_page is not None:
        path = page_path(course_page, request)
        data["isPartOf"] = {"@type": "Course", "name": course_page.title}
        if path:
            data["isPartOf"]["url"] = frontend_url(path, request)
    return data


def collection(page, request, facts: PageFacts) -> dict:
    """Listing pages: the blog, a category, the course catalogue."""
    data = _common(page, request, facts, "CollectionPage")
    if page._meta.model_name == "categorypage":
        data["about"] = {"@type": "Thing", "name": page.title}
    return data


def home(page, request, facts: PageFacts) -> dict:
    data = _common(page, request, facts, "WebSite")
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


BUILDERS = {
    "articlepage": article,
    "coursepage": course,
    "lessonpage": lesson,
    "blogindexpage": collection,
    "categoryindexpage": collection,
    "categorypage": collection,
    "courseindexpage": collection,
    "homepage": home,
}


def json_ld(page, request, facts: PageFacts) -> dict:
    builder = BUILDERS.get(page._meta.model_name)
    if builder is None:
        return _common(page, request, facts, "WebPage")
    return builder(page, request, facts)
