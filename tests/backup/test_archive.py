"""What `backup_site` writes: a sealed, database-neutral archive without derived files, kept
from other users' eyes, never replacing an archive by accident."""

import json
import stat

from django.core.management.base import CommandError

import pytest
from wagtail_factories import ImageFactory

from blog.factories import ArticlePageFactory, CategoryPageFactory
from tests.backup.archives import backup, read_members

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(site_tree, media_root):
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    image = ImageFactory(title="A quiet consulting room")
    image.get_rendition("fill-40x40")  # a derived file under media/images/
    ArticlePageFactory(parent=site_tree.blog, categories=[trauma], featured_image=image)
    return image


def test_archive_is_sealed_and_describes_itself(site, archive_path):
    backup(archive_path)
    members = read_members(archive_path)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format_version"] == 1
    assert manifest["versions"]["wagtail"]
    assert "0001_initial" in manifest["migrations"]["blog"][0]
    for entry in manifest["models"].values():
        rows = members[entry["file"]].decode().splitlines()
        assert len(rows) == entry["count"]
    assert list(manifest["media"]) == [site.file.name]  # the original, not the rendition
    assert not any(name.startswith("media/images/") for name in members)
    assert stat.S_IMODE(archive_path.stat().st_mode) == 0o600  # holds password hashes


def test_content_types_are_named_not_numbered(site, archive_path):
    """Content type ids differ between two migrated databases (SQLite and PostgreSQL alike):
    rows must name them, or a restore elsewhere would retype every page."""
    backup(archive_path)
    pages = read_members(archive_path)["data/wagtailcore.page.jsonl"].decode().splitlines()
    types = {tuple(json.loads(row)["fields"]["content_type"]) for row in pages}
    assert ("blog", "articlepage") in types
    assert ("cms", "homepage") in types
    left_out = {"contenttypes.contenttype", "auth.permission", "sessions.session"}
    assert not left_out & set(json.loads(read_members(archive_path)["manifest.json"])["models"])


def test_an_existing_archive_is_kept_unless_overwrite(site, archive_path):
    archive_path.write_bytes(b"yesterday's backup")
    with pytest.raises(CommandError, match="--overwrite"):
        backup(archive_path)
    assert archive_path.read_bytes() == b"yesterday's backup"


def test_a_folder_gets_a_dated_archive(site, tmp_path):
    output = backup(tmp_path)
    written = list(tmp_path.glob("cms-backup-*.tar.gz"))
    assert len(written) == 1
    assert written[0].name in output
