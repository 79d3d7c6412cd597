"""site/, route/ and redirects/: what a frontend needs to render and route any path."""

from wagtail.contrib.redirects.models import Redirect

import pytest

pytestmark = pytest.mark.django_db

API = "/api/v2/"


def test_route_gives_page_breadcrumbs_and_seo(client, world):
    response = client.get(API + "route/", {"path": "/blog/visible-article/"})
    assert response.status_code == 200
    data = response.json()
    assert data["kind"] == "page"
    assert data["page"]["type"] == "blog.ArticlePage"
    assert data["page"]["title"] == "Visible article"
    assert "body" in data["page"]
    assert [crumb["path"] for crumb in data["breadcrumbs"]] == ["/", "/blog/"]
    assert data["seo"]["canonical_url"] == "http://testserver/blog/visible-article/"
    assert data["seo"]["json_ld"]["@type"] == "Article"


def test_route_serves_the_canonical_path_and_redirects_other_spellings(client, world):
    # /blog answered 200 as if it were /blog/: one page under several addresses.
    canonical = client.get(API + "route/", {"path": "/blog/visible-article/"}).json()
    assert canonical["page"]["slug"] == "visible-article"
    for path in ("blog/visible-article", "/blog/visible-article", "/blog//visible-article/"):
        assert client.get(API + "route/", {"path": path}).json() == {
            "kind": "redirect",
            "redirect": {
                "old_path": path,
                "location": "http://testserver/blog/visible-article/",
                "permanent": True,
            },
        }


def test_route_to_a_category_and_home(client, world):
    category = client.get(API + "route/", {"path": "/topics/trauma/ptsd/"}).json()
    assert category["page"]["type"] == "blog.CategoryPage"
    assert category["page"]["parent"]["title"] == "Trauma"
    home = client.get(API + "route/", {"path": "/"}).json()
    assert home["page"]["type"] == "cms.HomePage"
    assert home["breadcrumbs"] == []


def test_route_follows_redirects(client, world):
    Redirect.objects.create(old_path="/old-article", redirect_page=world.shown, is_permanent=True)
    Redirect.objects.create(old_path="/to-draft", redirect_page=world.hidden["draft"])
    Redirect.objects.create(
        old_path="/elsewhere", redirect_link="https://example.org/x", is_permanent=False
    )

    moved = client.get(API + "route/", {"path": "/old-article/"}).json()
    assert moved == {
        "kind": "redirect",
        "redirect": {
            "old_path": "/old-article/",
            "location": "http://testserver/blog/visible-article/",
            "permanent": True,
        },
    }
    assert client.get(API + "route/", {"path": "/to-draft"}).status_code == 404
    external = client.get(API + "route/", {"path": "/elsewhere"}).json()
    assert external["redirect"]["location"] == "https://example.org/x"

    listed = client.get(API + "redirects/").json()
    assert [r["old_path"] for r in listed["results"]] == ["/elsewhere/", "/old-article/"]


def test_route_follows_a_redirect_kept_by_its_query_string(client, world):
    # WordPress's /?p=123 (the import keeps one per post): the path alone is the home page.
    Redirect.objects.create(old_path="/?p=123", redirect_page=world.shown, is_permanent=True)
    moved = client.get(API + "route/", {"path": "/?p=123"}).json()
    assert moved["kind"] == "redirect"
    assert moved["redirect"]["location"] == "http://testserver/blog/visible-article/"
    assert client.get(API + "route/", {"path": "/?p=999"}).json()["kind"] == "page"


@pytest.mark.parametrize(
    "path", ["/nowhere/", "/blog/leakmarker-draft/", "/archive/leakmarker-orphan/"]
)
def test_route_404s_are_json(client, world, path):
    response = client.get(API + "route/", {"path": path})
    assert response.status_code == 404
    assert response.json()["error"].startswith("Nothing lives at")


def test_route_requires_a_path(client, world):
    assert client.get(API + "route/").status_code == 400
    assert client.get(API + "route/", {"path": "x" * 600}).status_code == 400


def test_site_settings_and_menus(client, world):
    from cms.models import NavigationSettings, OrganisationSettings

    site = world.site.site
    organisation = OrganisationSettings.for_site(site)
    organisation.name, organisation.tagline = "The Institute", "Better outcomes."
    organisation.save()
    navigation = NavigationSettings.for_site(site)
    navigation.main_menu = [
        {"type": "link", "value": {"label": "Blog", "page": world.site.blog.pk, "url": ""}},
        {"type": "link", "value": {"label": "Secret", "page": world.hidden["draft"].pk, "url": ""}},
        {"type": "link", "value": {"label": "CE", "page": None, "url": "https://example.org/ce"}},
    ]
    navigation.save()

    data = client.get(API + "site/").json()

    assert data["name"] == "The Institute"
    assert [item["label"] for item in data["main_menu"]] == ["Blog", "CE"]
    assert data["main_menu"][0]["url"] == "http://testserver/blog/"
    assert data["home"]["path"] == "/"
