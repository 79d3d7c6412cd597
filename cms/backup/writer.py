"""Writing an archive: the database as one consistent snapshot, then the media, then the
manifest that describes and checksums both.

Nothing is held whole in memory: each model's rows are serialized from a chunked iterator into
a temporary file, added to the archive and deleted; media files are streamed from the storage.
"""

import io
import json
import os
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import django
from django.core.files.storage import default_storage
from django.core.serializers.jsonl import Serializer as JSONLinesSerializer
from django.db import connection, transaction
from django.utils import timezone

import wagtail

from cms.backup import FORMAT, FORMAT_VERSION
from cms.backup.inventory import NATURAL_KEY_MODELS, applied_migrations, backed_up_models, label
from cms.backup.media import HashingReader, file_digest, walk


class ContentSerializer(JSONLinesSerializer):
    """Ids are kept, so every reference between rows survives as it is, except references to
    content types and permissions: `migrate` creates those rows with ids that differ between
    two databases, so they are written as natural keys (app label and model name)."""

    def handle_fk_field(self, obj, field):
        self.use_natural_foreign_keys = label(field.remote_field.model) in NATURAL_KEY_MODELS
        super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = label(field.remote_field.model) in NATURAL_KEY_MODELS
        super().handle_m2m_field(obj, field)


def _rows(model):
    """All rows in id order, with what the serializer would otherwise fetch row by row."""
    rows = model._base_manager.order_by("pk")
    natural = [
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and label(field.remote_field.model) in NATURAL_KEY_MODELS
    ]
    many = [
        field.name
        for field in model._meta.local_many_to_many
        if field.remote_field.through._meta.auto_created
    ]
    if natural:
        rows = rows.select_related(*natural)
    if many:
        rows = rows.prefetch_related(*many)
    return rows.iterator(chunk_size=500)


class _Counted:
    def __init__(self, iterable):
        self.iterable, self.count = iterable, 0

    def __iter__(self):
        for item in self.iterable:
            self.count += 1
            yield item


def _add(tar: tarfile.TarFile, name: str, stream, size: int) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, int(time.time()), 0o600
    tar.addfile(info, stream)


def _snapshot(tar: tarfile.TarFile, scratch: Path) -> dict:
    """Every backed-up model from one snapshot of the database (PostgreSQL: a repeatable-read
    transaction; SQLite: one read transaction), so rows written meanwhile can't half appear."""
    models = {}
    outermost = not connection.in_atomic_block  # inside a caller's transaction: its snapshot
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        migrations = applied_migrations()
        for model in backed_up_models():
            name = f"data/{label(model)}.jsonl"
            path = scratch / "rows.jsonl"
            rows = _Counted(_rows(model))
            with path.open("w", encoding="utf-8") as stream:
                ContentSerializer().serialize(rows, stream=stream)
            with path.open("rb") as stream:
                _add(tar, name, stream, path.stat().st_size)
            models[label(model)] = {"file": name, "count": rows.count, "sha256": file_digest(path)}
            path.unlink()
    return {"migrations": migrations, "models": models}


def _media(tar: tarfile.TarFile) -> dict:
    media = {}
    for name in walk():
        with default_storage.open(name, "rb") as stream:
            reader = HashingReader(stream)
            _add(tar, f"media/{name}", reader, default_storage.size(name))
        media[name] = {"size": reader.size, "sha256": reader.digest.hexdigest()}
    return media


def write_archive(out: Path) -> dict:
    """Write the archive to `out` (readable by its owner only: it holds password hashes and
    webhook secrets) and return its manifest. A failed backup leaves no file named `out`."""
    partial = out.with_name(out.name + ".partial")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "versions": {
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "python": sys.version.split()[0],
        },
        "database": connection.vendor,
    }
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with (
            os.fdopen(descriptor, "wb") as raw,
            tarfile.open(fileobj=raw, mode="w:gz", format=tarfile.PAX_FORMAT) as tar,
            tempfile.TemporaryDirectory(prefix="cms-backup-") as scratch,
        ):
            manifest |= _snapshot(tar, Path(scratch))
            manifest["media"] = _media(tar)
            body = json.dumps(manifest, indent=2, sort_keys=True).encode()
            _add(tar, "manifest.json", io.BytesIO(body), len(body))
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest
