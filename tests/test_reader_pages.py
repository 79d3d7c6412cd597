"""Every reader page of the demo site renders (the demo, `demo`, is built once for the module).

The 500 page, which must render without the demo's database, is in test_error_pages.py."""

from wagtail.models import Page

import pytest

from blog.models import ArticlePage, CategoryPage

pytestmark = pytest.mark.django_db


def test_every_live_page_renders(client, demo):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() > 60
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_article_page_shows_what_the_brief_asks_for(client, demo):
    article = ArticlePage.objects.filter(related_links__isnull=False).first()
    response = client.get(article.url)
    html = response.content.decode()
    author = article.article_authors.first().expert
    assert author.display_name in html
    for category in article.categories.all():
        assert category.url in html
    assert "facebook.com/sharer" in html
    assert "linkedin.com" in html
    assert len(response.context["recent_articles"]) == 5
    assert len(response.context["category_tree"]) == CategoryPage.objects.count()
    related = response.context["related_articles"]
    assert related[0] == article.related_links.first().article
    assert all(item.url in html for item in related)
    assert author.email not in html


def test_lesson_page_shows_transcript_and_neighbours(client, demo):
    from lessons.models import LessonPage

    lesson = LessonPage.objects.order_by("path")[1]
    response = client.get(lesson.url)
    assert response.context["lesson_number"] == 2
    assert response.context["previous_lesson"].pk == LessonPage.objects.order_by("path")[0].pk
    html = response.content.decode()
    assert "pull-quote" in html
    assert lesson.embed_url in html


def test_search_page_finds_demo_articles(client, demo):
    response = client.get("/search/", {"q": "anxiety"})
    assert response.status_code == 200
    assert len(response.context["results"]) > 0


def test_unknown_path_is_a_404_page(client, demo):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"<html" in response.content
