"""Media on a real file system (test settings keep it in memory) and the two commands."""

import pytest


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return settings.MEDIA_ROOT


@pytest.fixture
def archive_path(tmp_path):
    return tmp_path / "site.tar.gz"
