"""A page's own dates end stored answers exactly when they come, no sooner and no later: the
cache is not cold for minutes after a page expires (it was, for up to 300 s, while the passed
moment stayed remembered), and a revision scheduled to go live ends them on time too."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest

from blog.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

ARTICLES = "/api/v2/articles/"


@pytest.fixture
def frozen(time_machine):
    time_machine.move_to(timezone.now(), tick=False)  # the clock moves only when told
    return time_machine


def test_the_cache_is_warm_again_right_after_a_page_expires(client, site_tree, frozen):
    soon = timezone.now() + datetime.timedelta(seconds=3)
    ArticlePageFactory(parent=site_tree.blog, slug="brief", expire_at=soon)
    ArticlePageFactory(parent=site_tree.blog, slug="lasting")
    assert client.get(ARTICLES).json()["count"] == 2
    assert client.get(ARTICLES)["X-Cache"] == "hit"

    frozen.shift(datetime.timedelta(seconds=3.1))  # expired; `publish_scheduled` not run yet
    expired = client.get(ARTICLES)
    assert expired["X-Cache"] == "miss"
    assert expired.json()["count"] == 1
    again = client.get(ARTICLES)
    assert again["X-Cache"] == "hit"  # at once, not after API_RESPONSE_CACHE_SECONDS
    assert again.json()["count"] == 1


def test_a_scheduled_revision_ends_stored_answers_when_it_is_due(client, site_tree, frozen):
    ArticlePageFactory(parent=site_tree.blog, slug="current")
    scheduled = ArticlePageFactory(parent=site_tree.blog, slug="spring-issue", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(seconds=3)
    scheduled.save_revision().publish()  # approved to go live in 3 s
    assert client.get(ARTICLES).json()["count"] == 1
    assert client.get(ARTICLES)["X-Cache"] == "hit"

    frozen.shift(datetime.timedelta(seconds=3.1))
    assert client.get(ARTICLES)["X-Cache"] == "miss"  # its moment came: stored answers end
    call_command("publish_scheduled")  # the scheduler's pass publishes it
    published = client.get(ARTICLES)
    assert published["X-Cache"] == "miss"
    assert published.json()["count"] == 2
