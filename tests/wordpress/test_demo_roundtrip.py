"""The demo can be rebuilt from a WordPress export: load it, export it, import the export into
an empty site, and find the same blog, reachable at its old WordPress addresses."""

import io
from datetime import UTC, datetime

from django.core.management import call_command

from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect

import pytest

from blog.factories import CommentFactory
from blog.models import ArticlePage, CategoryPage, Comment
from cms.models import Expert

from .conftest import run_import

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    articles = ArticlePage.objects.select_related("featured_image").prefetch_related(
        "categories", "tags", "article_authors__expert"
    )
    return {
        "articles": {
            a.slug: (
                a.title,
                a.intro,
                a.live,
                a.publication_date,
                sorted(c.slug for c in a.categories.all()),
                sorted(a.tags.names()),
                a.authors[0].slug,
                a.featured_image.description if a.featured_image else "",  # the hero's alt text
                # A reference list comes back as a "References" heading and a numbered list.
                [b.value for b in a.body if b.block_type == "heading" and b.value != "References"],
            )
            for a in articles
        },
        "categories": {
            c.slug: (c.title, c.description, c.get_parent().slug)
            for c in CategoryPage.objects.all()
        },
        "experts": {e.slug: (e.name, e.email) for e in Expert.objects.all()},
        "tags": set(Tag.objects.filter(blog_articletag_items__isnull=False).values_list("name")),
        "comments": {
            (c.article.slug, c.name, c.body, c.status, c.created, c.parent.name if c.parent else "")
            for c in Comment.objects.select_related("article", "parent")
        },
    }


def empty_the_site() -> None:
    """What a fresh install has: nothing of the demo left but the database tables."""
    Comment.objects.all().delete()
    Redirect.objects.all().delete()
    Tag.objects.all().delete()


def test_the_demo_is_rebuilt_from_its_export(request, tmp_path, client):
    call_command("load_demo", stdout=io.StringIO())
    article = ArticlePage.objects.order_by("path").first()
    when = datetime(2026, 2, 1, 9, 30, tzinfo=UTC)  # WordPress keeps whole seconds
    question = CommentFactory(article=article, name="Siobhan", created=when)
    CommentFactory(article=article, name="Dr Reply", parent=question, created=when)
    CommentFactory(article=article, name="Spammer", status="spam", created=when)
    CommentFactory(article=article, name="Waiting", status="pending", created=when)
    before = snapshot()
    export = tmp_path / "demo.xml"
    uploads = tmp_path / "uploads"  # the demo's illustrations travel as attachments
    call_command("export_wordpress", str(export), media_dir=str(uploads), stdout=io.StringIO())

    empty_the_site()
    site_tree = request.getfixturevalue("site_tree")  # a new, empty home replaces the demo's
    Expert.objects.all().delete()
    assert not ArticlePage.objects.exists()
    assert not CategoryPage.objects.exists()

    result = run_import(export, media_dir=str(uploads))
    assert "not imported" not in result.err
    after = snapshot()
    assert after["articles"] == before["articles"]
    assert after["categories"] == before["categories"]
    assert after["experts"] == before["experts"]
    assert after["tags"] == before["tags"]
    assert after["comments"] == before["comments"]
    for page in ArticlePage.objects.all():
        page.full_clean()

    rebuilt = ArticlePage.objects.get(slug=article.slug)
    old_address = f"/{rebuilt.publication_date:%Y/%m}/{rebuilt.slug}/"
    response = client.get(old_address)
    assert response.status_code == 301
    assert response.headers["Location"].endswith(rebuilt.url)
    assert client.get(f"/?p={article.pk}").headers["Location"].endswith(rebuilt.url)
    assert client.get("/category/trauma/ptsd/").headers["Location"].endswith("/topics/trauma/ptsd/")
    assert rebuilt.get_parent().pk == site_tree.blog.pk
