"""The benchmark's bulk builder must leave a site as valid as publishing would.

A benchmark on a broken tree or an empty search index would measure the wrong thing, so the
builder is checked on a small site: a sound treebeard tree, pages the API serves (list, detail,
route), a search index that finds the rare term in exactly the articles that contain it, and
the relations every case reads.
"""

from wagtail.models import Page

import pytest

from benchmarks import vocabulary
from benchmarks.site_builder import (
    BUSY_ARTICLE_COMMENTS,
    COMMENT_REPLIES,
    EXTRA_EXPERTS,
    LESSONS_PER_COURSE,
    BenchSiteBuilder,
)
from blog.models import ArticleAuthor, ArticlePage, CategoryPage, Comment
from cms.models import Expert
from lessons.models import CoursePage, LessonPage

pytestmark = pytest.mark.django_db

ARTICLES = 50


def test_bulk_built_site_is_sound_served_and_searchable(client):
    """One build (it loads the demo site first, about a minute), every property checked on it."""
    counts = BenchSiteBuilder(ARTICLES, show_progress=False).build()
    check_tree()
    check_counts(counts)
    check_served(client, ArticlePage.objects.order_by("-pk").first())
    check_search(client)


def check_tree():
    assert all(not problems for problems in Page.find_problems())
    blog = Page.objects.get(slug="blog")
    assert blog.numchild == ArticlePage.objects.count() == ARTICLES
    assert blog.get_children().count() == ARTICLES


def check_counts(counts):
    demo_experts = 6
    assert Expert.objects.count() == demo_experts + EXTRA_EXPERTS
    assert counts["articles"] == ARTICLES
    assert counts["categories"] == CategoryPage.objects.count() == 23
    first_bulk = ArticlePage.objects.order_by("pk")[34]
    top_level = Comment.objects.filter(parent=None, article=first_bulk)
    assert top_level.count() == BUSY_ARTICLE_COMMENTS
    assert Comment.objects.exclude(parent=None).count() == COMMENT_REPLIES
    assert not Comment.objects.exclude(status="approved").exists()
    bulk_course = CoursePage.objects.order_by("-pk").first()
    assert LessonPage.objects.child_of(bulk_course).count() == LESSONS_PER_COURSE
    assert ArticleAuthor.objects.count() >= ARTICLES


def check_served(client, article):
    listing = client.get("/api/v2/articles/", {"limit": 100})
    assert listing.status_code == 200
    assert listing.json()["count"] == ARTICLES
    detail = client.get(f"/api/v2/articles/{article.slug}/")
    assert detail.status_code == 200
    body = detail.json()
    assert body["title"] == article.title
    assert body["categories"]
    assert body["authors"]
    route = client.get("/api/v2/route/", {"path": f"/blog/{article.slug}/"})
    assert route.status_code == 200
    assert route.json()["page"]["id"] == article.pk


def check_search(client):
    """The rare term is found in exactly the articles holding it; the common word nearly
    everywhere."""
    holding = {
        article.pk
        for article in ArticlePage.objects.all()
        if vocabulary.RARE_TERM in str(article.body.raw_data)
    }
    assert holding
    rare = client.get("/api/v2/search/", {"q": vocabulary.RARE_TERM, "limit": 100})
    assert rare.status_code == 200
    assert {hit["path"] for hit in rare.json()["results"]} == {
        f"/blog/{slug}/"
        for slug in ArticlePage.objects.filter(pk__in=holding).values_list("slug", flat=True)
    }
    common = client.get("/api/v2/search/", {"q": vocabulary.COMMON_WORD, "limit": 1})
    bulk = ARTICLES - 34
    assert common.json()["count"] >= bulk * 0.9
