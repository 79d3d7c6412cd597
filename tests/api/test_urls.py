"""URLs a frontend can trust: every absolute URL the API gives is on the frontend (pages) or
on the host asked or the media storage (the API's own links, files), Wagtail's endpoints
included; share links point where readers are; `route/` and `redirects/` give each path in
the one spelling the site serves.

Before: Wagtail's `detail_url` and `pages/find/` redirect were on WAGTAILAPI_BASE_URL
(http://127.0.0.1:8000) whatever host served them, `meta.parent`'s `html_url` on the Site
record's http://localhost/, an image's `download_url` a bare path; reader share links went to
http://localhost/; `route/?path=/blog` answered 200; `redirects/` dropped the trailing slash.
"""

from urllib.parse import quote

from wagtail.contrib.redirects.models import Redirect

import pytest
import wagtail_factories

pytestmark = pytest.mark.django_db

API = "/api/v2/"
HOST = "api.example.net"
ASKED = f"http://{HOST}"
FRONTEND = "https://www.example.org"


def get(client, url, params=None):
    response = client.get(url, params or {}, headers={"host": HOST})
    assert response.status_code == 200, response.content[:300]
    return response.json()


def test_pages_links_are_on_the_host_asked_and_pages_on_the_frontend(client, world, settings):
    settings.FRONTEND_URL = FRONTEND
    listing = get(client, API + "pages/", {"type": "blog.ArticlePage"})
    meta = next(item["meta"] for item in listing["items"] if item["id"] == world.shown.pk)
    assert meta["detail_url"] == f"{ASKED}/api/v2/pages/{world.shown.pk}/"
    detail = get(client, meta["detail_url"].removeprefix(ASKED))
    assert detail["meta"]["detail_url"] == f"{ASKED}/api/v2/pages/{world.shown.pk}/"
    assert detail["meta"]["html_url"] == f"{FRONTEND}/blog/visible-article/"
    parent = detail["meta"]["parent"]["meta"]
    assert parent["html_url"] == f"{FRONTEND}/blog/"  # was the Site record's http://localhost/
    assert parent["detail_url"] == f"{ASKED}/api/v2/pages/{world.site.blog.pk}/"


def test_parent_html_url_without_a_frontend_is_on_the_host_asked(client, world):
    detail = get(client, f"{API}pages/{world.shown.pk}/")
    assert detail["meta"]["parent"]["meta"]["html_url"] == f"{ASKED}/blog/"


def test_find_redirects_to_the_detail_on_the_host_asked(client, world):
    response = client.get(
        API + "pages/find/", {"html_path": "/blog/visible-article/"}, headers={"host": HOST}
    )
    assert response.status_code == 302
    assert response["Location"] == f"{ASKED}/api/v2/pages/{world.shown.pk}/"
    by_id = client.get(
        API + "pages/find/", {"id": world.shown.pk, "fields": "title"}, headers={"host": HOST}
    )
    assert by_id["Location"] == f"{ASKED}/api/v2/pages/{world.shown.pk}/?fields=title"


def test_image_and_document_urls_are_absolute(client, site_tree):
    image = wagtail_factories.ImageFactory(title="Calm")
    document = wagtail_factories.DocumentFactory(title="Worksheet")
    meta = get(client, API + "images/")["items"][0]["meta"]
    assert meta["detail_url"] == f"{ASKED}/api/v2/images/{image.pk}/"
    assert meta["download_url"] == ASKED + image.file.url  # was the bare path
    meta = get(client, API + "documents/")["items"][0]["meta"]
    assert meta["detail_url"] == f"{ASKED}/api/v2/documents/{document.pk}/"
    assert meta["download_url"] == ASKED + document.url


def test_reader_share_links_point_where_readers_are(client, world, settings):
    html = client.get("/blog/visible-article/").content.decode()
    shared = quote("http://testserver/blog/visible-article/", safe="")
    assert f"sharer.php?u={shared}" in html
    assert "localhost" not in html
    settings.FRONTEND_URL = FRONTEND
    html = client.get("/blog/visible-article/").content.decode()
    assert f"sharer.php?u={quote(FRONTEND + '/blog/visible-article/', safe='')}" in html


def test_reader_and_api_share_the_same_links(client, world):
    api = client.get(API + "articles/visible-article/").json()["share"]
    html = client.get("/blog/visible-article/").content.decode()
    assert api["facebook"].replace("&", "&amp;") in html


@pytest.mark.parametrize(
    ("path", "canonical"),
    [
        ("/blog", "/blog/"),
        ("blog/", "/blog/"),
        ("//blog//", "/blog/"),
        ("/blog/visible-article", "/blog/visible-article/"),
        ("/blog//visible-article/", "/blog/visible-article/"),
        ("//", "/"),
    ],
)
def test_route_redirects_a_non_canonical_path(client, world, path, canonical):
    body = client.get(API + "route/", {"path": path}).json()
    assert body == {
        "kind": "redirect",
        "redirect": {
            "old_path": path,
            "location": f"http://testserver{canonical}",
            "permanent": True,
        },
    }
    assert client.get(API + "route/", {"path": canonical}).json()["kind"] == "page"


@pytest.mark.parametrize("path", ["/blog/leakmarker-draft", "/nowhere", "//blog//leakmarker-draft"])
def test_a_non_canonical_path_to_nothing_visible_is_a_404(client, world, path):
    # No redirect to a hidden page's canonical path: that would tell it exists.
    response = client.get(API + "route/", {"path": path})
    assert response.status_code == 404
    assert set(response.json()) == {"error"}


def test_redirects_give_old_paths_as_the_site_serves_them(client, world):
    Redirect.objects.create(old_path="/old-article", redirect_page=world.shown)
    Redirect.objects.create(old_path="/guide.pdf", redirect_page=world.shown)  # a file's
    listed = client.get(API + "redirects/").json()["results"]
    assert [item["old_path"] for item in listed] == ["/guide.pdf", "/old-article/"]
    # The site answers the slashed spelling: APPEND_SLASH, then the redirect.
    assert client.get("/old-article").status_code == 301
    assert client.get("/old-article/")["Location"].endswith("/blog/visible-article/")
    routed = client.get(API + "route/", {"path": "/old-article/"}).json()
    assert routed["redirect"]["old_path"] == "/old-article/"
