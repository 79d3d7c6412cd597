"""A second run updates in place and creates nothing twice; a dry run changes nothing."""

from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

import pytest

from blog.models import ArticlePage, CategoryPage, Comment, WordPressImport
from cms.models import Expert

from .conftest import SMALL, run_import

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    models = [
        Page, ArticlePage, CategoryPage, Expert, Comment, Tag, Redirect, Revision,
        WordPressImport, get_image_model(),
    ]  # fmt: skip
    return {model.__name__: model.objects.count() for model in models}


def test_second_run_changes_nothing(imported, media_dir):
    before = counts()
    second = run_import(SMALL, media_dir=str(media_dir))
    assert counts() == before
    assert "articles            0          0          4          0          0" in second.out
    assert "categories          0          0          4" in second.out


def test_changed_post_is_updated_in_place(imported, media_dir, tmp_path):
    page = ArticlePage.objects.get(slug="why-the-body-keeps-count")
    before = counts()
    edited = tmp_path / "edited.xml"
    edited.write_text(
        imported.text.replace(
            "<title>Why the body keeps count of fear</title>",
            "<title>Why the body keeps count of fear, revised</title>",
        ).replace("Does this work with children too?", "Does this work with teenagers too?")
    )
    result = run_import(edited, media_dir=str(media_dir))
    page.refresh_from_db()
    assert page.title == "Why the body keeps count of fear, revised"
    assert page.live
    assert Comment.objects.get(name="Ravi").body == "Does this work with teenagers too?"
    after = counts()
    assert after.pop("Revision") == before.pop("Revision") + 1  # one new revision, that post's
    assert after == before
    assert "articles            0          1          3          0          0" in result.out


def test_edits_made_here_survive_a_rerun_of_an_unchanged_post(imported, media_dir):
    page = ArticlePage.objects.get(slug="complex-trauma-in-adults")
    page.intro = "Rewritten by our editors."
    page.save_revision().publish()
    run_import(SMALL, media_dir=str(media_dir))
    page.refresh_from_db()
    assert page.intro == "Rewritten by our editors."


def test_a_page_deleted_here_is_imported_again(imported, media_dir):
    ArticlePage.objects.get(slug="complex-trauma-in-adults").delete()
    run_import(SMALL, media_dir=str(media_dir))
    assert ArticlePage.objects.filter(slug="complex-trauma-in-adults").count() == 1


def test_dry_run_saves_nothing_and_says_what_would_happen(site_tree, media_dir):
    before = counts()
    result = run_import(SMALL, media_dir=str(media_dir), dry_run=True)
    assert counts() == before
    assert result.out.startswith("Dry run: nothing was saved")
    assert "articles            4          0          0          0          0" in result.out


def test_progress_bar_is_drawn_on_request(site_tree, media_dir):
    result = run_import(SMALL, media_dir=str(media_dir), progress=True)
    assert "pass 1/2" in result.err
    assert "100%" in result.err
