"""Go-live and expiry dates, end to end: a scheduled revision stays out of every public answer
until its time has come and `publish_scheduled` has run; an expiry hides the page at its time,
even before the command unpublishes it.

Time is moved by rewriting the stored dates (the revision's and the page's), never by mocking
the clock, so the command runs exactly as cron runs it.
"""

import datetime

from django.core.cache import caches
from django.core.management import call_command
from django.utils import timezone

import pytest

from blog.factories import ArticlePageFactory
from blog.models import ArticlePage

pytestmark = pytest.mark.django_db

API = "/api/v2/"


def served(client, article, marker: str) -> dict[str, bool]:
    """Where the article is served, under the title word `marker`."""
    path = f"/blog/{article.slug}/"
    listed = client.get(API + "articles/", {"limit": 100}).json()["results"]
    route = client.get(API + "route/", {"path": path})
    found = client.get(API + "search/", {"q": marker}).json()["results"]
    feed = client.get("/feeds/articles/rss/").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    return {
        "articles": any(marker in item["title"] for item in listed),
        "route": route.status_code == 200 and marker in route.json()["page"]["title"],
        "search": any(marker in item["title"] for item in found),
        "feed": marker in feed,
        "sitemap": path in sitemap,
    }


def nowhere(where):
    return not any(where.values())


def everywhere(where):
    return all(where.values())


def move_go_live_to_the_past(page):
    """The scheduled revision's time has come: both copies of the date move back an hour."""
    past = timezone.now() - datetime.timedelta(hours=1)
    revision = page.revisions.get(approved_go_live_at__isnull=False)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])


def test_a_new_article_goes_live_only_once_its_time_has_come(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.blog, slug="spring-issue", live=False)
    article.title = "Heliotrope spring issue"
    article.go_live_at = timezone.now() + datetime.timedelta(days=1)
    article.save_revision().publish()

    article.refresh_from_db()
    assert not article.live
    assert article.get_latest_revision().approved_go_live_at is not None
    assert nowhere(served(client, article, "Heliotrope"))

    call_command("publish_scheduled")  # too early: nothing changes
    assert nowhere(served(client, article, "Heliotrope"))

    move_go_live_to_the_past(article)
    call_command("publish_scheduled")

    article.refresh_from_db()
    assert article.live
    assert article.first_published_at is not None
    assert everywhere(served(client, article, "Heliotrope"))


def test_a_scheduled_edit_of_a_live_article_waits_for_its_time(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.blog, slug="sleep", title="Marigold sleep")
    article.save_revision().publish()  # published the editors' way, with a live revision
    article.refresh_from_db()  # as the admin's edit view loads it
    article.title = "Chrysanthemum sleep"
    article.go_live_at = timezone.now() + datetime.timedelta(days=1)
    article.save_revision().publish()

    assert everywhere(served(client, article, "Marigold"))
    assert nowhere(served(client, article, "Chrysanthemum") | {"sitemap": False})

    move_go_live_to_the_past(article)
    call_command("publish_scheduled")

    assert everywhere(served(client, article, "Chrysanthemum"))
    assert not served(client, article, "Marigold")["articles"]


def test_an_expired_article_is_hidden_before_and_after_the_command(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.blog, slug="winter", live=False)
    article.title = "Amaryllis winter"
    article.expire_at = timezone.now() + datetime.timedelta(days=1)
    article.save_revision().publish()
    assert everywhere(served(client, article, "Amaryllis"))

    ArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    # Moving the date stands for a day passing. The API's response cache keeps an answer only
    # until the next expiry it knew of, which has now passed too: its entries have ended.
    for cache in caches.all():
        cache.clear()
    assert nowhere(served(client, article, "Amaryllis"))  # cron has not run yet

    call_command("publish_scheduled")

    article.refresh_from_db()
    assert (article.live, article.expired) == (False, True)
    assert nowhere(served(client, article, "Amaryllis"))
    assert client.get(f"/blog/{article.slug}/").status_code == 404  # the reader page too
