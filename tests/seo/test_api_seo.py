"""The API's `seo` block: title, description, canonical URL, Open Graph, Twitter card and
schema.org JSON-LD for articles, courses, lessons, categories and the home page."""

import json

from django.test import RequestFactory

import pytest

from cms.seo import seo_data

pytestmark = pytest.mark.django_db

API = "/api/v2/"


def seo_of(client, url, params=None):
    response = client.get(API + url, params or {})
    assert response.status_code == 200, response.content
    seo = response.json()["seo"]
    text = json.dumps(seo)
    assert "@example.org" not in text
    assert "leakmarker" not in text
    return seo


def test_article_tags_and_cards(client, seo_site):
    seo = seo_of(client, "articles/why-the-body-remembers/")
    canonical = "http://testserver/blog/why-the-body-remembers/"
    assert seo["title"] == "Why the body remembers"
    assert seo["description"] == "How threat memories live in the body."
    assert seo["canonical_url"] == canonical
    og = seo["open_graph"]
    assert (og["type"], og["url"], og["site_name"], og["locale"]) == (
        "article",
        canonical,
        "Institute for Clinical Learning",
        "en_US",
    )
    assert og["article"]["published_time"] == "2026-03-02"
    assert og["article"]["modified_time"].startswith("20")
    assert og["article"]["section"] == "Trauma"  # the hidden category is never named
    assert og["article"]["tags"] == ["Body", "memory"]
    assert seo["twitter"] == {
        "card": "summary",
        "title": "Why the body remembers",
        "description": "How threat memories live in the body.",
        "image": None,
        "site": "@ClinicalLearning",
    }


def test_article_json_ld(client, seo_site):
    data = seo_of(client, "articles/why-the-body-remembers/")["json_ld"]
    canonical = "http://testserver/blog/why-the-body-remembers/"
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == "Why the body remembers"
    assert data["datePublished"] == "2026-03-02"
    assert data["dateModified"].startswith("20")
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Maya Okafor",
            "honorificSuffix": "PsyD",
            "jobTitle": "Clinical psychologist",
            "sameAs": ["https://maya.example.com/"],
        }
    ]
    assert data["publisher"] == {
        "@type": "Organization",
        "name": "Institute for Clinical Learning",
        "url": "http://testserver/",
        "sameAs": ["https://x.com/ClinicalLearning", "https://youtube.com/@icl"],
    }
    page = data["mainEntityOfPage"]
    assert (page["@type"], page["@id"]) == ("WebPage", canonical)
    assert page["reviewedBy"]["name"] == "Daniel Reyes"
    assert page["reviewedBy"]["honorificSuffix"] == "MD"
    assert page["lastReviewed"] == "2026-03-01"
    assert data["articleSection"] == ["Trauma"]
    assert data["keywords"] == ["Body", "memory"]
    assert data["inLanguage"] == "en-US"


@pytest.mark.parametrize(
    ("detail", "path"),
    [
        ("articles/why-the-body-remembers/", "/blog/why-the-body-remembers/"),
        ("courses/grounding/", "/courses/grounding/"),
        ("lessons/{lesson}/", "/courses/grounding/first-session/"),
    ],
)
def test_route_serves_the_same_seo_as_the_detail(client, seo_site, detail, path):
    detail = seo_of(client, detail.format(lesson=seo_site.lesson.pk))
    routed = seo_of(client, "route/", {"path": path})
    assert routed == detail


def test_course_json_ld_expresses_ce_credit(client, seo_site):
    seo = seo_of(client, "courses/grounding/")
    data = seo["json_ld"]
    assert seo["open_graph"]["type"] == "website"
    assert seo["open_graph"]["article"] is None
    assert data["@type"] == "Course"
    assert data["provider"]["name"] == "Institute for Clinical Learning"
    assert data["numberOfCredits"] == {
        "@type": "QuantitativeValue",
        "value": 6.5,
        "unitText": "CE/CME credit hours",
    }
    credentials = {
        c["recognizedBy"]["alternateName"]: c for c in data["educationalCredentialAwarded"]
    }
    assert set(credentials) == {"APA", "ACCME"}
    apa = credentials["APA"]
    assert apa["@type"] == "EducationalOccupationalCredential"
    assert apa["recognizedBy"]["name"] == "American Psychological Association"
    assert apa["audience"] == {"@type": "Audience", "audienceType": "Psychologists"}
    assert "audience" not in credentials["ACCME"]
    assert data["teaches"] == ["Teach a grounding exercise"]
    assert data["about"] == [{"@type": "Thing", "name": "Trauma"}]
    [instance] = data["hasCourseInstance"]
    assert instance["courseMode"] == "online"
    assert [person["name"] for person in instance["instructor"]] == ["Maya Okafor"]
    # Only the visible lesson counts and is listed; the draft is neither.
    assert instance["courseWorkload"] == "PT24M30S"
    assert data["hasPart"] == [
        {
            "@type": "VideoObject",
            "name": "The first session",
            "url": "http://testserver/courses/grounding/first-session/",
        }
    ]


def test_lesson_is_a_video_object(client, seo_site):
    data = seo_of(client, f"lessons/{seo_site.lesson.pk}/")["json_ld"]
    assert data["@type"] == "VideoObject"
    assert data["name"] == "The first session"
    assert data["description"] == "What to do first."
    assert data["thumbnailUrl"] == "https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg"
    assert data["uploadDate"].startswith("20")
    assert data["duration"] == "PT24M30S"
    assert data["embedUrl"] == "https://www.youtube-nocookie.com/embed/abcdefghijk"
    assert "contentUrl" not in data  # a YouTube page is not the media file
    assert data["transcript"] == "Maya Okafor: Notice the breath without changing it."
    assert data["isPartOf"] == {
        "@type": "Course",
        "name": "Grounding skills",
        "url": "http://testserver/courses/grounding/",
    }
    assert data["mainEntityOfPage"]["@type"] == "WebPage"


def test_a_video_file_is_its_own_content_url(client, seo_site):
    lesson = seo_site.lesson
    lesson.video_url = "https://media.example.com/first-session.mp4"
    lesson.save_revision().publish()
    data = seo_of(client, f"lessons/{lesson.pk}/")["json_ld"]
    assert data["contentUrl"] == "https://media.example.com/first-session.mp4"
    assert data["embedUrl"] == "https://media.example.com/first-session.mp4"
    assert data["thumbnailUrl"] is None


def test_category_is_a_collection_and_home_a_searchable_web_site(client, seo_site):
    category = seo_of(client, "route/", {"path": "/topics/trauma/"})["json_ld"]
    assert category["@type"] == "CollectionPage"
    assert category["about"] == {"@type": "Thing", "name": "Trauma"}
    assert category["url"] == "http://testserver/topics/trauma/"

    home = seo_of(client, "route/", {"path": "/"})
    assert home["canonical_url"] == "http://testserver/"
    data = home["json_ld"]
    assert data["@type"] == "WebSite"
    assert data["name"] == "Institute for Clinical Learning"
    action = data["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://testserver/search/?q={search_term_string}"


def test_frontend_url_is_canonical_everywhere(client, seo_site, settings):
    settings.FRONTEND_URL = "https://www.example.net"
    seo = seo_of(client, "articles/why-the-body-remembers/")
    canonical = "https://www.example.net/blog/why-the-body-remembers/"
    assert seo["canonical_url"] == seo["open_graph"]["url"] == canonical
    assert seo["json_ld"]["mainEntityOfPage"]["@id"] == canonical
    assert seo["json_ld"]["publisher"]["url"] == "https://www.example.net/"


def test_without_an_x_link_there_is_no_twitter_site(client, seo_site):
    from cms.models import OrganisationSettings

    organisation = OrganisationSettings.for_site(seo_site.site.site)
    organisation.social_links = []
    organisation.save()
    seo = seo_of(client, "courses/grounding/")
    assert seo["twitter"]["site"] is None
    assert "sameAs" not in seo["json_ld"]["publisher"]


@pytest.mark.parametrize("which", ["article", "course", "lesson", "trauma"])
def test_seo_is_plain_json_without_a_custom_encoder(seo_site, which):
    request = RequestFactory().get("/")
    page = getattr(seo_site, which)
    data = seo_data(page.specific, request)
    assert json.loads(json.dumps(data)) == data


def test_without_a_request_hidden_categories_stay_hidden(seo_site):
    """Code outside a request (a task, a shell) gets the same SEO, URLs on the admin's base."""
    data = seo_data(seo_site.article.specific, None)
    assert data["json_ld"]["articleSection"] == ["Trauma"]
    assert data["open_graph"]["article"]["section"] == "Trauma"
    assert data["canonical_url"] == "http://testserver/blog/why-the-body-remembers/"
    assert "leakmarker" not in json.dumps(data)
