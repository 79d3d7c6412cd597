"""`redirects/` counts and pages through the redirects it lists, and only those.

Redirects to hidden pages, and old paths where a visible page stands again, used to be dropped
after the page of results was cut: `count` said 15 while listing 1, and a page could come back
short or empty with a `next` link. They are now left out by the query, before counting.
"""

from wagtail.contrib.redirects.models import Redirect

import pytest

from blog.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

API = "/api/v2/redirects/"


@pytest.fixture
def redirects(site_tree):
    shown = ArticlePageFactory(parent=site_tree.blog, slug="shown")
    draft = ArticlePageFactory(parent=site_tree.blog, slug="draft", live=False)
    ArticlePageFactory(parent=site_tree.blog, slug="back-again")
    # Sorted by old path: the hidden ones come first, so a page cut before filtering was empty.
    for n in range(12):
        Redirect.objects.create(old_path=f"/a-to-draft-{n:02}", redirect_page=draft)
    Redirect.objects.create(old_path="/blog/back-again", redirect_page=shown)  # a page is there
    Redirect.objects.create(old_path="/b-empty-link", redirect_link="")
    Redirect.objects.create(old_path="/c-to-shown", redirect_page=shown, is_permanent=True)
    Redirect.objects.create(old_path="/d-elsewhere", redirect_link="https://example.org/x")
    return shown


def test_count_is_the_number_of_redirects_listed(client, redirects):
    body = client.get(API).json()
    assert [item["location"] for item in body["results"]] == [
        "http://testserver/blog/shown/",
        "https://example.org/x",
    ]
    assert body["count"] == 2
    assert body["next"] is None


def test_each_page_of_results_is_full_and_the_last_has_no_next(client, redirects):
    first = client.get(API, {"limit": 1}).json()
    assert (first["count"], len(first["results"])) == (2, 1)
    assert first["results"][0]["location"] == "http://testserver/blog/shown/"
    second = client.get(first["next"]).json()
    assert [item["location"] for item in second["results"]] == ["https://example.org/x"]
    assert second["next"] is None
