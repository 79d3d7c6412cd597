"""Every old WordPress address answers with a permanent redirect to the new page."""

import pytest

pytestmark = pytest.mark.django_db

ARTICLE = "http://localhost/blog/why-the-body-keeps-count/"


def location(client, path: str) -> tuple[int, str]:
    response = client.get(path)
    return response.status_code, response.headers.get("Location", "")


@pytest.mark.parametrize(
    "old_path",
    [
        "/2024/03/why-the-body-keeps-count/",
        "/2024/03/05/why-the-body-keeps-count/",
        "/why-the-body-keeps-count/",
        "/why-the-body-keeps-count",
        "/?p=10",
    ],
)
def test_post_addresses_redirect(imported, client, old_path):
    status, target = location(client, old_path)
    assert status == 301
    assert target.endswith("/blog/why-the-body-keeps-count/")
    assert client.get(target).status_code == 200


def test_category_addresses_redirect(imported, client):
    assert location(client, "/category/ptsd/")[1].endswith("/topics/trauma/ptsd/")
    nested = location(client, "/category/trauma/ptsd/complex-ptsd/")
    assert nested[0] == 301
    assert nested[1].endswith("/topics/trauma/ptsd/complex-ptsd/")
    assert location(client, "/category/complex-ptsd/")[1].endswith("/complex-ptsd/")


def test_the_exports_own_link_redirects(imported, client):
    status, target = location(client, "/2023/09/complex-trauma-in-adults/")
    assert (status, target.endswith("/blog/complex-trauma-in-adults/")) == (301, True)


def test_links_to_the_old_site_become_relative_and_answer(imported, client):
    """A link between old posts lands on the new page through that post's redirect."""
    page = client.get("/blog/why-the-body-keeps-count/").content.decode()
    assert 'href="/2023/11/grounding-basics/"' in page  # that post is not in this export
    assert location(client, "/2023/09/complex-trauma-in-adults/")[0] == 301


def test_a_draft_gets_no_redirect_and_other_queries_reach_the_page(imported, client):
    # A draft never had a public address; /?p=11 stays the home page.
    assert client.get("/?p=11").status_code == 200
    assert client.get("/?p=99999").status_code == 200
