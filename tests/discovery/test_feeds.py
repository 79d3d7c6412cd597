"""RSS and Atom feeds: every article, a category branch, an expert; only visible pages, links
on the frontend, stable ids, and a cost that does not grow with the number of items."""

import datetime
from xml.etree import ElementTree

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from blog.factories import ArticlePageFactory
from blog.selectors import FEED_LIMIT

from .conftest import FRONTEND

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"


def rss_items(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def atom_entries(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


def titles(items, tag="title"):
    return {item.findtext(tag) for item in items}


def test_rss_lists_visible_articles_with_authors_categories_and_frontend_links(
    client, library, frontend
):
    channel, items = rss_items(client, "/feeds/articles/rss/")

    assert titles(items) == {"On trauma", "On ptsd", "On sleep"}
    assert channel.findtext("link") == f"{FRONTEND}/blog/"
    on_trauma = next(item for item in items if item.findtext("title") == "On trauma")
    assert on_trauma.findtext("link") == f"{FRONTEND}/blog/on-trauma/"
    assert on_trauma.findtext("description") == library.shown["on-trauma"].intro
    assert [e.text for e in on_trauma.findall(f"{DC}creator")] == [
        "Maya Okafor, PsyD",
        library.brenner.display_name,
    ]
    assert [e.text for e in on_trauma.findall("category")] == ["Trauma"]  # hidden topic left out
    guid = on_trauma.find("guid")
    assert guid.text == f"urn:uuid:{library.shown['on-trauma'].translation_key}"
    assert guid.get("isPermaLink") == "false"
    assert on_trauma.findtext("pubDate")


def test_rss_links_point_at_this_host_without_a_frontend(client, library):
    _, items = rss_items(client, "/feeds/articles/rss/")
    assert {item.findtext("link") for item in items} == {
        f"http://testserver/blog/{slug}/" for slug in library.shown
    }


def test_atom_entries_name_every_author_and_link_to_the_frontend(client, library, frontend):
    feed, entries = atom_entries(client, "/feeds/articles/atom/")

    assert titles(entries, f"{ATOM}title") == {"On trauma", "On ptsd", "On sleep"}
    on_trauma = next(e for e in entries if e.findtext(f"{ATOM}title") == "On trauma")
    assert on_trauma.find(f"{ATOM}link").get("href") == f"{FRONTEND}/blog/on-trauma/"
    assert on_trauma.findtext(f"{ATOM}id") == (
        f"urn:uuid:{library.shown['on-trauma'].translation_key}"
    )
    assert [a.findtext(f"{ATOM}name") for a in on_trauma.findall(f"{ATOM}author")] == [
        "Maya Okafor, PsyD",
        library.brenner.display_name,
    ]
    assert on_trauma.findtext(f"{ATOM}published")
    assert on_trauma.findtext(f"{ATOM}summary") == library.shown["on-trauma"].intro
    self_link = next(link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self")
    assert self_link.get("href") == "http://testserver/feeds/articles/atom/"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_no_hidden_page_or_email_reaches_any_feed(client, library, kind):
    urls = [
        f"/feeds/articles/{kind}/",
        f"/feeds/categories/ptsd/{kind}/",
        f"/feeds/categories/trauma/{kind}/",
        f"/feeds/experts/maya-okafor/{kind}/",
    ]
    for url in urls:
        body = client.get(url).content.decode()
        assert "hidden-" not in body, url
        assert "HIDDEN" not in body, url
        assert "@example.org" not in body, url


def test_a_category_feed_includes_its_subcategories(client, library, frontend):
    channel, items = rss_items(client, "/feeds/categories/trauma/rss/")
    assert titles(items) == {"On trauma", "On ptsd"}
    assert channel.findtext("link") == f"{FRONTEND}/topics/trauma/"
    assert "Trauma" in channel.findtext("title")

    _, entries = atom_entries(client, "/feeds/categories/ptsd/atom/")
    assert titles(entries, f"{ATOM}title") == {"On ptsd"}


def test_an_expert_feed_lists_what_they_wrote_or_co_wrote(client, library):
    channel, items = rss_items(client, "/feeds/experts/maya-okafor/rss/")
    assert titles(items) == {"On trauma", "On ptsd"}
    assert "Maya Okafor, PsyD" in channel.findtext("title")
    _, entries = atom_entries(client, "/feeds/experts/tom-brenner/atom/")
    assert titles(entries, f"{ATOM}title") == {"On trauma", "On sleep"}


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/categories/nope/rss/",
        "/feeds/categories/hidden-topic/atom/",
        "/feeds/experts/nobody/rss/",
        "/feeds/experts/nobody/atom/",
    ],
)
def test_unknown_or_hidden_category_or_expert_is_a_404(client, library, url):
    assert client.get(url).status_code == 404


def test_newest_first_by_going_live_and_capped(client, site_tree):
    start = timezone.now() - datetime.timedelta(days=100)
    articles = [ArticlePageFactory(parent=site_tree.blog) for _ in range(FEED_LIMIT + 1)]
    for n, article in enumerate(articles):  # the factory order is the publishing order
        type(article).objects.filter(pk=article.pk).update(
            first_published_at=start + datetime.timedelta(days=n)
        )

    _, items = rss_items(client, "/feeds/articles/rss/")

    assert len(items) == FEED_LIMIT
    expected = [article.title for article in reversed(articles)][:FEED_LIMIT]
    assert [item.findtext("title") for item in items] == expected


def test_the_guid_survives_a_slug_change(client, library):
    article = library.shown["on-sleep"]
    before = {
        i.findtext("title"): i.findtext("guid")
        for i in rss_items(client, "/feeds/articles/rss/")[1]
    }
    article.slug = "sleeping-well"
    article.save_revision().publish()
    _, items = rss_items(client, "/feeds/articles/rss/")
    after = {i.findtext("title"): i.findtext("guid") for i in items}
    assert after == before
    assert "http://testserver/blog/sleeping-well/" in {i.findtext("link") for i in items}


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/articles/rss/",
        "/feeds/articles/atom/",
        "/feeds/categories/trauma/rss/",
        "/feeds/experts/maya-okafor/atom/",
    ],
)
def test_feed_queries_do_not_grow_with_items(client, library, url):
    def add(n):
        for _ in range(n):
            ArticlePageFactory(
                parent=library.site.blog,
                categories=[library.ptsd, library.sleep],
                authors=[library.okafor, library.brenner],
            )

    count_queries(client, url)  # warm per-process caches (content types, site root paths)
    few = count_queries(client, url)
    add(27)  # 3 visible before (2 in a branch), 30 after
    many = count_queries(client, url)
    assert few == many, f"{url}: {few} queries with few items, {many} with 30"


def test_reader_pages_advertise_the_feeds(client, library):
    home = client.get("/").content.decode()
    assert 'type="application/rss+xml" title="Articles (RSS)" href="/feeds/articles/rss/"' in home
    assert (
        'type="application/atom+xml" title="Articles (Atom)" href="/feeds/articles/atom/"' in home
    )
    assert "/feeds/categories/" not in home

    category = client.get("/topics/trauma/").content.decode()
    assert 'href="/feeds/categories/trauma/rss/"' in category
    assert 'href="/feeds/categories/trauma/atom/"' in category


def test_the_site_endpoint_names_the_feeds_and_sitemap(client, library):
    data = client.get("/api/v2/site/").json()
    assert data["feeds"] == {
        "articles": {
            "rss": "http://testserver/feeds/articles/rss/",
            "atom": "http://testserver/feeds/articles/atom/",
        },
        "category": {
            "rss": "http://testserver/feeds/categories/{slug}/rss/",
            "atom": "http://testserver/feeds/categories/{slug}/atom/",
        },
        "expert": {
            "rss": "http://testserver/feeds/experts/{slug}/rss/",
            "atom": "http://testserver/feeds/experts/{slug}/atom/",
        },
    }
    assert data["sitemap"] == "http://testserver/sitemap.xml"
    category_feed = data["feeds"]["category"]["atom"].format(slug="trauma")
    assert client.get(category_feed).status_code == 200
