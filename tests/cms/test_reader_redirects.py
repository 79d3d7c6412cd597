"""The reader site's redirects: an old path leads to the page now standing for it, unless that
page is hidden, where the old path stays the 404 it was (a Location naming the hidden page's
path told that it exists, and where). WordPress's `/?p=ID` addresses follow the same rule."""

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

import pytest

from blog.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(site_tree):
    shown = ArticlePageFactory(parent=site_tree.blog, slug="shown", title="Shown")
    draft = ArticlePageFactory(parent=site_tree.blog, slug="secret-draft", live=False)
    restricted = ArticlePageFactory(parent=site_tree.blog, slug="secret-members")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    return shown, draft, restricted


def test_an_old_path_to_a_visible_page_redirects(client, pages):
    shown, _, _ = pages
    Redirect.objects.create(old_path="/old-shown", redirect_page=shown, is_permanent=True)
    Redirect.objects.create(old_path="/moved-for-now", redirect_page=shown, is_permanent=False)
    Redirect.objects.create(old_path="/elsewhere", redirect_link="https://example.org/x")

    permanent = client.get("/old-shown")
    assert (permanent.status_code, permanent["Location"]) == (301, shown.url)
    assert client.get("/moved-for-now").status_code == 302
    assert client.get("/elsewhere")["Location"] == "https://example.org/x"
    # A query string the redirect does not name is looked up without it, as Wagtail does.
    assert client.get("/old-shown?utm_source=x")["Location"] == shown.url


def test_an_old_path_to_a_hidden_page_is_not_found(client, pages):
    _, draft, restricted = pages
    for number, page in enumerate([draft, restricted]):
        Redirect.objects.create(old_path=f"/old-{number}", redirect_page=page)
        for url in (f"/old-{number}", f"/old-{number}?utm_source=x"):
            # Django's APPEND_SLASH may send /old-x to /old-x/ first: that names nothing.
            response = client.get(url, follow=True)
            assert response.status_code == 404, url
            assert all("secret" not in hop for hop, _ in response.redirect_chain), url
            assert "secret" not in response.content.decode()


def test_a_wordpress_address_never_names_a_hidden_page(client, pages):
    shown, draft, _ = pages
    Redirect.objects.create(old_path="/?p=10", redirect_page=shown)
    Redirect.objects.create(old_path="/?p=11", redirect_page=draft)

    assert client.get("/?p=10")["Location"] == shown.url
    hidden = client.get("/?p=11")
    assert hidden.status_code == 200  # the home page, as for an unknown post
    assert not hidden.has_header("Location")


def test_a_redirect_follows_its_page_back_on_air(client, pages):
    _, draft, _ = pages
    Redirect.objects.create(old_path="/old-draft", redirect_page=draft)
    assert client.get("/old-draft", follow=True).status_code == 404
    draft.save_revision().publish()
    assert client.get("/old-draft")["Location"] == draft.url
