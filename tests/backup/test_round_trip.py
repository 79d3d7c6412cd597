"""Backing up the demo site, damaging it and restoring it gives back exactly the same site:
pages with their latest revisions, comments, images and documents byte for byte, and the
API, search and id sequences work on the restored content."""

import io
import json

from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection

from wagtail.images.models import Image
from wagtail.models import Page

import pytest
from wagtail_factories import DocumentFactory, ImageFactory

from blog.factories import ArticlePageFactory, CategoryPageFactory, CommentFactory
from blog.models import ArticlePage, BlogIndexPage, CategoryPage, Comment
from demo.data.illustrations import ARTICLE_ILLUSTRATIONS, COURSE_ILLUSTRATIONS, EXPERT_AVATARS
from tests.backup.archives import backup, read_members, restore
from tests.backup.fingerprint import fingerprint


@pytest.fixture
def demo_site(media_root):
    """The demo (with its illustrations), plus what it lacks: two more images (one featured on
    an article), a document, and comments in several states with a reply."""
    call_command("load_demo", stdout=io.StringIO())
    call_command("ensure_demo_editor", stdout=io.StringIO())
    room = ImageFactory(title="A quiet consulting room", file__color="blue")
    ImageFactory(title="The vagus nerve", file__width=120, file__height=80, file__color="green")
    DocumentFactory(title="Grounding exercise handout", file__data=b"Breathe out slowly.\n")
    first, second = ArticlePage.objects.live().order_by("pk")[:2]
    first.featured_image = room
    first.save_revision().publish()
    question = CommentFactory(article=first, body="Does this work with children too?")
    CommentFactory(article=first, parent=question, status="pending", body="Yes, adapted.")
    CommentFactory(article=second, status="spam", body="Cheap pills here")
    return media_root


def damage(media_root) -> None:
    """What an operator restores from: pages, comments, images and files gone or changed."""
    for article in ArticlePage.objects.order_by("-pk")[:5]:
        article.delete()
    Comment.objects.all().delete()
    survivor = ArticlePage.objects.order_by("pk").first()
    survivor.title = "Overwritten by mistake"
    survivor.save_revision().publish()
    for image in Image.objects.all():
        image.file.delete(save=False)
        image.delete()
    (media_root / "original_images" / "stray.png").write_bytes(b"not in the backup")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_round_trip_gives_back_the_same_site(demo_site, archive_path):
    before = fingerprint()
    pictures = len(ARTICLE_ILLUSTRATIONS) + len(COURSE_ILLUSTRATIONS) + len(EXPERT_AVATARS)
    assert (before["images"], before["documents"], before["comments"]) == (pictures + 2, 1, 3)
    assert before["pages"] > 70
    backup(archive_path)

    manifest = json.loads(read_members(archive_path)["manifest.json"])
    assert manifest["models"]["wagtailcore.page"]["count"] == before["pages"]
    assert manifest["models"]["blog.comment"]["count"] == before["comments"]
    assert manifest["models"]["wagtailimages.image"]["count"] == before["images"]
    assert len(manifest["media"]) == before["images"] + 1  # the original images, the document
    assert "sessions.session" not in manifest["models"]
    assert "wagtailimages.rendition" not in manifest["models"]

    damage(demo_site)
    assert fingerprint() != before

    restore(archive_path, "--yes")

    assert fingerprint() == before
    assert not (demo_site / "original_images" / "stray.png").exists()
    room = Image.objects.get(title="A quiet consulting room")
    assert room.get_rendition("fill-20x20").width == 20  # the original file is really back
    restored = ArticlePage.objects.order_by("-pk").first()  # one of the deleted five
    assert restored.pk in [page.pk for page in ArticlePage.objects.search(restored.title)]


@pytest.mark.django_db
def test_api_serves_the_restored_content_not_a_cached_copy(site_tree, media_root, archive_path):
    from django.test import Client

    client = Client()
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    article = ArticlePageFactory(
        parent=site_tree.blog, title="Grounding before exposure work", categories=[trauma]
    )
    backup(archive_path)
    article.title = "Retitled after the backup"
    article.save_revision().publish()
    client.get("/api/v2/articles/")
    cached = client.get("/api/v2/articles/")
    assert cached["X-Cache"] == "hit"
    assert "Retitled after the backup" in cached.content.decode()
    cache.set("backup-test:unrelated", "stale")

    restore(archive_path, "--yes")

    served = client.get("/api/v2/articles/")
    assert served.status_code == 200
    titles = [item["title"] for item in served.json()["results"]]
    assert titles == ["Grounding before exposure work"]
    assert cache.get("backup-test:unrelated") is None  # every cache was emptied


def rewind_id_sequences(*models) -> None:
    """Put id sequences back to 1, as in a freshly migrated database."""
    sequences = [{"table": model._meta.db_table, "column": "id"} for model in models]
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_by_name_sql(no_style(), sequences):
            cursor.execute(statement)


@pytest.mark.django_db
def test_pages_and_comments_written_after_a_restore_get_new_ids(
    site_tree, media_root, archive_path
):
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    article = ArticlePageFactory(parent=site_tree.blog, categories=[trauma])
    comment = CommentFactory(article=article)
    backup(archive_path)
    rewind_id_sequences(Page, Comment)

    restore(archive_path, "--yes")

    newer = ArticlePageFactory(
        parent=BlogIndexPage.objects.get(),
        title="Written after the restore",
        categories=[CategoryPage.objects.get(slug="trauma")],
    )
    reply = CommentFactory(article=newer, body="First comment after the restore")
    assert newer.pk > article.pk
    assert reply.pk > comment.pk
    assert Comment.objects.count() == 2
