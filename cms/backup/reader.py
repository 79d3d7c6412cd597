"""Reading an archive: unpack it into a scratch folder, checking every member's name and
checksum against the manifest, before a restore touches anything.

The archive is read as a stream (no seeking, nothing held whole in memory). Members are written
only under the scratch folder, by names of a known shape: an archive from elsewhere can't write
outside it or smuggle in unlisted files.
"""

import hashlib
import json
import re
import tarfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cms.backup import FORMAT, FORMAT_VERSION, BackupError
from cms.backup.media import CHUNK_SIZE

_DATA_NAME = re.compile(r"^data/[a-z0-9_]+\.[a-z0-9_]+\.jsonl$")


@dataclass
class Archive:
    folder: Path
    manifest: dict

    def data_file(self, model_label: str) -> Path:
        return self.folder / self.manifest["models"][model_label]["file"]

    @property
    def media_folder(self) -> Path:
        return self.folder / "media"

    @property
    def media_names(self) -> list[str]:
        return sorted(self.manifest["media"])


def _safe_name(name: str) -> bool:
    if name == "manifest.json" or _DATA_NAME.match(name):
        return True
    path = PurePosixPath(name)
    return (
        name.startswith("media/")
        and not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in name
        and str(path) == name
    )


def _unpack(source: Path, folder: Path) -> dict[str, str]:
    """Write each member under `folder`; return the SHA-256 of each, by name."""
    digests = {}
    try:
        with tarfile.open(source, mode="r|gz") as tar:
            for member in tar:
                if not member.isreg() or not _safe_name(member.name):
                    raise BackupError(f"The archive has an unexpected member: {member.name!r}.")
                if member.name in digests:
                    raise BackupError(f"The archive has {member.name} twice.")
                target = folder / member.name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                stream = tar.extractfile(member)
                if stream is None:  # only a regular file has contents, and isreg() held
                    raise BackupError(f"The archive has an unexpected member: {member.name!r}.")
                with stream, target.open("wb") as out:
                    while chunk := stream.read(CHUNK_SIZE):
                        digest.update(chunk)
                        out.write(chunk)
                digests[member.name] = digest.hexdigest()
    except (tarfile.TarError, EOFError, zlib.error) as error:
        raise BackupError(f"{source} is not a readable backup archive ({error}).") from error
    return digests


def _read_manifest(folder: Path) -> dict:
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise BackupError("The archive has no manifest.json: it is not a site backup.") from error
    except ValueError as error:
        raise BackupError(f"The archive's manifest is not valid JSON ({error}).") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("The archive is not a backup made by `backup_site`.")
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise BackupError(
            f"The archive is in format version {version!r}; this code reads version "
            f"{FORMAT_VERSION} only. Restore it with the version of the code that made it."
        )
    return manifest


def _expected(manifest: dict) -> dict[str, str]:
    expected = {entry["file"]: entry["sha256"] for entry in manifest["models"].values()}
    expected |= {f"media/{name}": entry["sha256"] for name, entry in manifest["media"].items()}
    return expected


def open_archive(source: Path, folder: Path) -> Archive:
    """Unpack `source` into `folder` and check it whole; raise BackupError on any doubt."""
    if not source.is_file():
        raise BackupError(f"No archive at {source}.")
    digests = _unpack(source, folder)
    manifest = _read_manifest(folder)
    expected = _expected(manifest)
    missing = sorted(set(expected) - set(digests))
    unlisted = sorted(set(digests) - set(expected) - {"manifest.json"})
    damaged = sorted(
        name for name in set(expected) & set(digests) if expected[name] != digests[name]
    )
    problems = [
        f"{label}: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}"
        for label, names in (
            ("checksum mismatch", damaged),
            ("missing", missing),
            ("not in the manifest", unlisted),
        )
        if names
    ]
    if problems:
        raise BackupError(f"The archive is corrupt ({'; '.join(problems)}). Nothing was changed.")
    return Archive(folder=folder, manifest=manifest)
