"""Conditional GETs answer 304 only over what is still current.

A page's response shows other pages too (its related and recent articles, its categories, its
course's lessons): a date taken from the page alone missed their changes, so `If-Modified-Since`
answered 304 over stale content. The API sends no `Last-Modified`; the `ETag`, a hash of the
body itself, is what a conditional request checks.
"""

import datetime

from django.utils.http import http_date

import pytest
import time_machine

from blog.factories import ArticlePageFactory, CategoryPageFactory
from lessons.factories import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

API = "/api/v2/"
PUBLISHED = datetime.datetime(2026, 3, 1, 9, 0, tzinfo=datetime.UTC)
RENAMED = PUBLISHED + datetime.timedelta(days=1)


def publish(page, title=None):
    if title is not None:
        page.title = title
    page.save_revision().publish()


@pytest.fixture
def reading(site_tree):
    """An article that picks another as related reading, both published through revisions."""
    with time_machine.travel(PUBLISHED, tick=False):
        related = ArticlePageFactory(parent=site_tree.blog, slug="related", title="Old title")
        article = ArticlePageFactory(parent=site_tree.blog, slug="reading", related=[related])
        publish(related)
        publish(article)
    return article, related


@pytest.mark.parametrize(
    "url",
    [API + "route/?path=/blog/reading/", API + "articles/reading/"],
    ids=["route", "article"],
)
def test_a_renamed_related_article_is_not_answered_304_by_date(client, reading, url):
    _, related = reading
    first = client.get(url)
    assert "Old title" in first.content.decode()

    with time_machine.travel(RENAMED, tick=False):
        publish(related, title="New title")
    since = http_date((RENAMED + datetime.timedelta(hours=1)).timestamp())
    again = client.get(url, headers={"if-modified-since": since})

    assert again.status_code == 200
    assert "New title" in again.content.decode()
    assert not again.has_header("Last-Modified")


def test_the_etag_answers_304_while_unchanged_and_200_after_a_related_rename(client, reading):
    _, related = reading
    url = API + "route/?path=/blog/reading/"
    first = client.get(url)
    etag = first["ETag"]
    assert client.get(url, headers={"if-none-match": etag}).status_code == 304

    publish(related, title="New title")
    again = client.get(url, headers={"if-none-match": etag})

    assert again.status_code == 200
    assert again["ETag"] != etag
    assert "New title" in again.content.decode()


def test_no_detail_sends_a_last_modified_date(client, site_tree):
    with time_machine.travel(PUBLISHED, tick=False):
        category = CategoryPageFactory(parent=site_tree.topics, slug="trauma")
        article = ArticlePageFactory(parent=site_tree.blog, slug="reading", categories=[category])
        course = CoursePageFactory(parent=site_tree.courses, slug="grounding")
        lesson = LessonPageFactory(parent=course, slug="first")
        for page in (category, article, course, lesson):
            publish(page)
    since = http_date(RENAMED.timestamp())
    for url in (
        API + "route/?path=/blog/reading/",
        API + "route/?path=/courses/grounding/first/",
        API + "articles/reading/",
        API + "categories/trauma/",
        API + "courses/grounding/",
        API + f"lessons/{lesson.pk}/",
    ):
        response = client.get(url, headers={"if-modified-since": since})
        assert response.status_code == 200, url
        assert not response.has_header("Last-Modified"), url
        assert response.has_header("ETag"), url


def test_a_feed_that_lost_its_newest_article_is_not_answered_304_by_date(client, site_tree):
    """A feed's date was its newest item's: unpublishing that item made the date go back, so
    a reader's If-Modified-Since got 304 over a feed still listing it."""
    with time_machine.travel(PUBLISHED, tick=False):
        publish(ArticlePageFactory(parent=site_tree.blog, slug="older", title="Older"))
    with time_machine.travel(RENAMED, tick=False):
        newest = ArticlePageFactory(parent=site_tree.blog, slug="newest", title="Newest")
        publish(newest)
    url = "/feeds/articles/rss/"
    first = client.get(url)
    assert "Newest" in first.content.decode()

    newest.unpublish()
    since = http_date((RENAMED + datetime.timedelta(hours=1)).timestamp())
    again = client.get(url, headers={"if-modified-since": since})

    assert again.status_code == 200
    assert "Newest" not in again.content.decode()
    assert not again.has_header("Last-Modified")
    assert client.get(url, headers={"if-none-match": again["ETag"]}).status_code == 304
