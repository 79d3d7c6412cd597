"""Search engines' view of courses and lessons.

A course is a `Course`: the CE/CME credit is what completing it earns, so it is
`educationalCredentialAwarded`, one `EducationalOccupationalCredential` per accrediting body
(`recognizedBy` that body, for the professions it serves), with `numberOfCredits` for the hours.
Its `offers` says what it costs: Google's course info rich result requires an Offer with a
pricing `category` ("Free", "Paid"…), so a free course states price 0 rather than nothing.
A lesson is a `VideoObject` with its transcript. Registered with the page types
(lessons.page_types), so the core's SEO serves them without knowing them.
"""

from datetime import timedelta

from cms.representation import duration_seconds, frontend_url, iso_duration, page_path
from cms.seo.facts import PageFacts, isoformat, visible_categories
from cms.seo.json_ld import common, person, reviewed_web_page

YOUTUBE_EMBED = "https://www.youtube-nocookie.com/embed/"


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


def offer(page, facts: PageFacts) -> dict:
    """The price is text with a full stop (schema.org's advice), exact to the cent; a course
    whose enrolment staff approve is still on sale, so it stays in stock."""
    priced = page.price is not None and page.price > 0
    return {
        "@type": "Offer",
        "category": "Paid" if priced else "Free",
        "price": f"{page.price:.2f}" if priced else "0",
        "priceCurrency": page.price_currency or "USD",
        "availability": "https://schema.org/InStock",
        "url": facts.canonical,
    }


def course(page, request, facts: PageFacts) -> dict:
    data = common(page, request, facts, "Course")
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
    data["offers"] = [offer(page, facts)]
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
    data = common(page, request, facts, "VideoObject")
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
