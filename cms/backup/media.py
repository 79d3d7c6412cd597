"""Media files, read and written through the default storage, so the same code backs up a
local MEDIA_ROOT and an S3 bucket. Files are streamed in chunks, never read whole.
"""

import hashlib
import posixpath
from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage

from cms.backup import BackupError

# Top-level folders left out of an archive: Wagtail's renditions (regenerated from the
# original on first use) and multiple uploads never turned into images.
SKIPPED_FOLDERS = {"images", "uploaded_files"}
# The folders a restore makes identical to the archive's: files in them that the archive does
# not have are deleted. Anything else under MEDIA_ROOT is left alone.
WAGTAIL_FOLDERS = {"original_images", "images", "documents", "uploaded_files"}
CHUNK_SIZE = 1024 * 1024


def walk(folder: str = "", skip: set[str] = SKIPPED_FOLDERS):
    """Every file name in the storage under `folder`, sorted, skipping top-level `skip`."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:  # no MEDIA_ROOT yet: nothing was ever uploaded
        return
    for name in sorted(files):
        yield posixpath.join(folder, name) if folder else name
    for name in sorted(folders):
        if not folder and name in skip:
            continue
        yield from walk(posixpath.join(folder, name) if folder else name, skip)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


class HashingReader:
    """Reads a file for tarfile while hashing it, so each media file is read only once."""

    def __init__(self, stream):
        self.stream = stream
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.stream.read(size)
        self.digest.update(chunk)
        self.size += len(chunk)
        return chunk


def replace_media(source: Path, names: list[str]) -> tuple[int, int]:
    """Write the archive's files under their own names, then delete what the archive lacks in
    the media folders it covers. Returns (written, deleted)."""
    for name in names:
        if default_storage.exists(name):
            default_storage.delete(name)  # or the storage would save beside it, renamed
        with (source / name).open("rb") as stream:
            saved = default_storage.save(name, File(stream, name=posixpath.basename(name)))
        if saved != name:
            raise BackupError(f"The media storage saved {name} as {saved}.")
    wanted = set(names)
    folders = WAGTAIL_FOLDERS | {name.split("/")[0] for name in names if "/" in name}
    stale = [
        name
        for name in walk(skip=set())
        if name not in wanted and "/" in name and name.split("/")[0] in folders
    ]
    for name in stale:
        default_storage.delete(name)
    return len(names), len(stale)
