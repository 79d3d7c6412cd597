"""Bad input gives a clear message naming the item and its line; the rest goes on, and an item
that fails leaves nothing half-written behind."""

from django.core.management.base import CommandError

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision

import pytest

from blog.models import ArticlePage, Comment, WordPressImport

from .conftest import SMALL, line_of, run_import

pytestmark = pytest.mark.django_db


def test_malformed_xml_names_the_line_and_keeps_what_came_before(site_tree, tmp_path):
    text = SMALL.read_text()
    broken = text.replace("<wp:post_id>12</wp:post_id>", "<wp:post_id>12</wp:post_idd>")
    path = tmp_path / "broken.xml"
    path.write_text(broken)
    with pytest.raises(CommandError) as error:
        run_import(path)
    line = line_of(broken, "</wp:post_idd>")
    assert f"line {line}: malformed XML" in str(error.value)
    assert "mismatched tag" in str(error.value)
    # Posts before the error were imported, the one it cut and those after were not.
    assert set(ArticlePage.objects.values_list("slug", flat=True)) == {
        "why-the-body-keeps-count",
        "notes-on-grounding-unfinished",
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<html><body><p>Hello</p></body></html>", "the root element is <html>"),
        ("<rss><channel><item><title>x</title></item></channel></rss>", "no <wp:wxr_version>"),
        ("not xml at all", "line 1: malformed XML"),
        ("", "malformed XML"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused(site_tree, tmp_path, content, message):
    path = tmp_path / "wrong.xml"
    path.write_text(content)
    pages = Page.objects.count()
    with pytest.raises(CommandError, match=r"wrong\.xml") as error:
        run_import(path)
    assert message in str(error.value)
    assert Page.objects.count() == pages


def test_missing_file_and_media_dir_are_clear(site_tree, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run_import(tmp_path / "absent.xml")
    with pytest.raises(CommandError, match="is not a folder"):
        run_import(SMALL, media_dir=str(tmp_path / "absent"))


def test_entity_declarations_are_refused(site_tree, tmp_path):
    path = tmp_path / "entities.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss>&a;</rss>')
    with pytest.raises(CommandError, match="declares XML entities"):
        run_import(path)


def test_a_site_without_a_blog_is_told_what_to_do(db):
    with pytest.raises(CommandError, match="needs a blog and a topics section"):
        run_import(SMALL)


def test_unknown_post_type_is_skipped_with_its_line(imported):
    line = line_of(imported.text, "<title>About the clinic", start="<item>")
    assert f"line {line}: page 30 'About the clinic': unknown post type 'page'" in (
        imported.result.err
    )
    assert "nav_menu_item" not in imported.result.err  # WordPress's machinery, silently skipped


def test_broken_references_are_reported_and_the_post_kept(imported):
    line = line_of(imported.text, "<title>Complex trauma in adults", start="<item>")
    err = imported.result.err
    assert f"line {line}: post 13 'Complex trauma in adults': category 'ghost-topic'" in err
    assert f"line {line}: post 13 'Complex trauma in adults': featured image 777" in err
    page = ArticlePage.objects.get(slug="complex-trauma-in-adults")
    assert [c.slug for c in page.categories.all()] == ["complex-ptsd"]
    assert page.featured_image is None


def test_an_item_that_fails_leaves_nothing_behind(site_tree, media_dir, monkeypatch):
    from blog.wordpress import comments

    real = comments.import_comments

    def failing(ctx, item, page):
        real(ctx, item, page)  # the comments are written, then the item fails
        if item.post_id == "10":
            raise RuntimeError("disk full")

    monkeypatch.setattr(comments, "import_comments", failing)
    result = run_import(SMALL, media_dir=str(media_dir))

    line = line_of(SMALL.read_text(), "<title>Why the body keeps count", start="<item>")
    assert f"line {line}: 'Why the body keeps count of fear' not imported: disk full" in result.err
    assert "articles            3          0          0          0          1" in result.out
    # Only the other post's comment counts: the failed post's comments were rolled back.
    assert "comments            1          0          0          0          0" in result.out
    assert not ArticlePage.objects.filter(slug="why-the-body-keeps-count").exists()
    assert not Revision.objects.filter(object_str="Why the body keeps count of fear").exists()
    assert not Comment.objects.filter(name="Maeve").exists()
    assert not Redirect.objects.filter(old_path="/why-the-body-keeps-count").exists()
    assert not WordPressImport.objects.filter(kind="post", wp_id="10").exists()
    assert ArticlePage.objects.count() == 3
