"""Experts as pages for readers: `/experts/<slug>/` on the reader site and through `route/`,
with their bio, credentials, photo and visible works, SEO and a JSON-LD `Person` whose
credentials are `hasCredential`; in the sitemap, and linked wherever an expert appears.

Experts used to have no address at all: `route/?path=/experts/<slug>/` was a 404, there was
no reader page, and search gave them `path: null`.
"""

import json
import re

import pytest
import wagtail_factories

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory

pytestmark = pytest.mark.django_db

API = "/api/v2/"
EMAIL = "rosa.private@example.org"
PAGE = "/experts/rosa-field/"
FRONTEND = "https://www.example.org"


@pytest.fixture
def rosa(site_tree):
    category = CategoryPageFactory(parent=site_tree.topics, slug="trauma")
    rosa = ExpertFactory(
        name="Rosa Field",
        slug="rosa-field",
        credentials="PhD, LCSW",
        title="Clinical psychologist",
        bio="Rosa treats survivors of trauma and trains clinicians in grounding.",
        email=EMAIL,
        website="https://rosafield.example.com/",
        photo=wagtail_factories.ImageFactory(title="Rosa Field"),
    )
    ExpertFactory(name="Aaron Bell", slug="aaron-bell", credentials="", bio="")
    ArticlePageFactory(
        parent=site_tree.blog,
        slug="grounding",
        title="Grounding after trauma",
        categories=[category],
        authors=[rosa],
    )
    ArticlePageFactory(
        parent=site_tree.blog,
        slug="leakmarker-draft",
        title="LEAKTITLE",
        authors=[rosa],
        live=False,
    )
    CoursePageFactory(
        parent=site_tree.courses, slug="calm", title="Calm course", instructors=[rosa]
    )
    return rosa


def public(response, status=200) -> str:
    assert response.status_code == status, response.content[:500]
    body = response.content.decode()
    for secret in ("@example.org", "leakmarker", "LEAKTITLE"):
        assert secret not in body
    return body


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD in the page"
    return json.loads(match.group(1))


def test_the_reader_page_shows_the_expert_and_their_visible_works(client, rosa):
    html = public(client.get(PAGE))
    assert "<title>Rosa Field, PhD, LCSW" in html
    assert "Clinical psychologist" in html
    assert "Rosa treats survivors of trauma" in html
    assert "PhD, LCSW" in html
    assert 'href="/blog/grounding/">Grounding after trauma</a>' in html
    assert 'href="/courses/calm/">Calm course</a>' in html
    assert re.search(r'<img src="http://testserver/[^"]+" [^>]*alt="Rosa Field"', html)
    assert 'href="https://rosafield.example.com/"' in html


def test_the_reader_page_head_describes_a_person_with_credentials(client, rosa):
    html = public(client.get(PAGE))
    assert '<link rel="canonical" href="http://testserver/experts/rosa-field/">' in html
    assert '<meta property="og:type" content="profile">' in html
    data = json_ld(html)
    assert (data["@type"], data["url"]) == ("ProfilePage", "http://testserver/experts/rosa-field/")
    person = data["mainEntity"]
    assert person["@type"] == "Person"
    assert (person["name"], person["jobTitle"]) == ("Rosa Field", "Clinical psychologist")
    assert person["hasCredential"] == [
        {"@type": "EducationalOccupationalCredential", "name": "PhD"},
        {"@type": "EducationalOccupationalCredential", "name": "LCSW"},
    ]
    assert person["sameAs"] == ["https://rosafield.example.com/"]
    assert person["image"].startswith("http://testserver/")


def test_an_expert_without_credentials_has_no_credential(client, rosa):
    person = json_ld(public(client.get("/experts/aaron-bell/")))["mainEntity"]
    assert "hasCredential" not in person
    assert "honorificSuffix" not in person


@pytest.mark.parametrize("slug", ["nobody", "rosa.field", "x%00y"])
def test_an_unknown_expert_is_a_404(client, rosa, slug):
    assert client.get(f"/experts/{slug}/").status_code == 404


def test_the_index_links_every_expert(client, rosa):
    html = public(client.get("/experts/"))
    assert f'href="{PAGE}">Rosa Field, PhD, LCSW</a>' in html
    assert 'href="/experts/aaron-bell/">Aaron Bell</a>' in html


def test_route_answers_an_experts_page(client, rosa):
    response = client.get(API + "route/", {"path": PAGE})
    public(response)
    body = response.json()
    assert set(body) == {"kind", "expert", "breadcrumbs", "seo"}
    assert body["kind"] == "expert"
    # The expert exactly as their own endpoint serves them, works included.
    assert body["expert"] == client.get(f"{API}experts/rosa-field/").json()
    assert [item["slug"] for item in body["expert"]["articles"]] == ["grounding"]
    assert [item["slug"] for item in body["expert"]["courses"]] == ["calm"]
    assert [crumb["path"] for crumb in body["breadcrumbs"]] == ["/"]
    seo = body["seo"]
    assert seo["canonical_url"] == "http://testserver/experts/rosa-field/"
    assert seo["title"] == "Rosa Field, PhD, LCSW"
    assert seo["json_ld"]["mainEntity"]["hasCredential"][1]["name"] == "LCSW"


def test_route_and_expert_urls_are_on_the_frontend(client, rosa, settings):
    settings.FRONTEND_URL = FRONTEND
    body = client.get(API + "route/", {"path": PAGE}).json()
    assert (body["expert"]["path"], body["expert"]["url"]) == (PAGE, FRONTEND + PAGE)
    assert body["seo"]["canonical_url"] == FRONTEND + PAGE
    assert body["seo"]["open_graph"]["url"] == FRONTEND + PAGE


@pytest.mark.parametrize(
    "path", ["/experts/rosa-field", "experts/rosa-field/", "/experts//rosa-field"]
)
def test_route_redirects_an_experts_path_to_its_canonical_spelling(client, rosa, path):
    body = client.get(API + "route/", {"path": path}).json()
    assert body == {
        "kind": "redirect",
        "redirect": {
            "old_path": path,
            "location": "http://testserver/experts/rosa-field/",
            "permanent": True,
        },
    }


def test_route_to_an_unknown_expert_is_a_404(client, rosa):
    response = client.get(API + "route/", {"path": "/experts/nobody/"})
    assert response.status_code == 404
    assert response.json()["error"].startswith("Nothing lives at")


def test_an_expert_has_a_path_and_url_wherever_they_appear(client, rosa):
    expected = {"path": PAGE, "url": "http://testserver" + PAGE}

    def link(expert: dict) -> dict:
        return {key: expert[key] for key in ("path", "url")}

    article = client.get(API + "articles/grounding/").json()
    assert link(article["authors"][0]) == expected
    course = client.get(API + "courses/calm/").json()
    assert link(course["instructors"][0]) == expected
    listed = client.get(API + "experts/").json()["results"]
    assert link(next(item for item in listed if item["slug"] == "rosa-field")) == expected


def test_experts_are_in_the_sitemap_at_their_frontend_address(client, rosa, settings):
    settings.FRONTEND_URL = FRONTEND
    body = public(client.get("/sitemap.xml"))
    for path in ("/experts/", PAGE, "/experts/aaron-bell/"):
        assert f"<loc>{FRONTEND}{path}</loc>" in body
