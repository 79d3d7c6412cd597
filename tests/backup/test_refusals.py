"""A restore refuses, and changes nothing, when the archive is damaged, of another format or
from a database migrated differently, when nobody confirmed it, or when loading fails half-way."""

import io
import json
import sys

from django.core.management.base import CommandError

import pytest
from wagtail_factories import ImageFactory

from blog.factories import ArticlePageFactory, CategoryPageFactory, CommentFactory
from tests.backup.archives import backup, restore, rewrite
from tests.backup.fingerprint import fingerprint

TITLE = "Grounding before exposure work"


@pytest.fixture
def archived(site_tree, media_root, archive_path):
    """An archive of a small site, which then changes, so a restore would show."""
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    article = ArticlePageFactory(
        parent=site_tree.blog,
        title=TITLE,
        categories=[trauma],
        featured_image=ImageFactory(title="A quiet consulting room"),
    )
    CommentFactory(article=article, body="Useful before a first session.")
    backup(archive_path)
    article.title = "Changed after the backup"
    article.save_revision().publish()
    return archive_path


def refused(path, match: str, *args) -> None:
    before = fingerprint()
    with pytest.raises(CommandError, match=match):
        restore(path, "--yes", *args)
    assert fingerprint() == before


@pytest.mark.django_db
def test_a_tampered_data_file_fails_its_checksum(archived, tmp_path):
    damaged = rewrite(
        archived, tmp_path / "damaged.tar.gz", edit_data=lambda name, text: text.replace(TITLE, "X")
    )
    refused(damaged, "corrupt .*checksum mismatch: data/wagtailcore.page.jsonl")


@pytest.mark.django_db
def test_a_truncated_archive_is_unreadable(archived, tmp_path):
    truncated = tmp_path / "truncated.tar.gz"
    body = archived.read_bytes()
    truncated.write_bytes(body[: len(body) // 2])
    refused(truncated, "not a readable backup archive")


@pytest.mark.django_db
def test_an_unknown_format_version_is_refused(archived, tmp_path):
    def future(manifest):
        manifest["format_version"] = 99

    refused(rewrite(archived, tmp_path / "v99.tar.gz", edit_manifest=future), "format version 99")


@pytest.mark.django_db
def test_an_archive_from_a_database_migrated_further_is_refused(archived, tmp_path):
    def ahead(manifest):
        manifest["migrations"]["blog"].append("9999_from_a_newer_release")

    path = rewrite(archived, tmp_path / "ahead.tar.gz", edit_manifest=ahead)
    refused(path, "migrated further than this code knows .*blog.9999_from_a_newer_release")


@pytest.mark.django_db
def test_an_archive_older_than_the_database_names_the_way_back(archived, tmp_path):
    def behind(manifest):
        manifest["migrations"]["blog"].pop()

    path = rewrite(archived, tmp_path / "behind.tar.gz", edit_manifest=behind)
    refused(path, r"newer than the archive .*manage.py migrate blog 0")


@pytest.mark.django_db
def test_without_yes_and_without_a_terminal_nothing_happens(archived, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))  # piped input is not a person
    before = fingerprint()
    with pytest.raises(CommandError, match=r"no terminal .*--yes"):
        restore(archived)
    assert fingerprint() == before


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.django_db
def test_a_person_who_does_not_type_yes_cancels(archived, monkeypatch):
    monkeypatch.setattr(sys, "stdin", Terminal("no\n"))
    before = fingerprint()
    with pytest.raises(CommandError, match="cancelled"):
        restore(archived)
    assert fingerprint() == before


@pytest.mark.django_db
def test_check_only_reads_the_archive(archived):
    before = fingerprint()
    assert "whole and fits" in restore(archived, "--check")
    assert fingerprint() == before


def _orphan_comment(name: str, text: str) -> str:
    if name != "data/blog.comment.jsonl":
        return text
    rows = [json.loads(line) for line in text.splitlines()]
    for row in rows:
        row["fields"]["article"] = 987654  # no such page
    return "".join(json.dumps(row) + "\n" for row in rows)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_failure_half_way_leaves_the_database_as_it_was(archived, tmp_path):
    """The archive is sealed correctly but its last rows break a foreign key: every table was
    already emptied and most reloaded when that shows, and all of it must roll back."""
    broken = rewrite(archived, tmp_path / "broken.tar.gz", edit_data=_orphan_comment, reseal=True)
    refused(broken, "could not be restored, and is unchanged")
