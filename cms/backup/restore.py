"""Restoring a checked archive: the database in one transaction, then media, the search index
and caches.

The database part is all or nothing: the content tables are emptied and reloaded inside one
transaction (foreign keys are checked once, at its end), so any failure leaves the database
as it was. The steps after it can't be rolled back with it, but each can be run again on its
own, and the command says which one failed.
"""

import io

from django.core import serializers
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction

from cms.backup import BackupError
from cms.backup.inventory import backed_up_models, check_migrations, cleared_tables, label
from cms.backup.media import replace_media
from cms.backup.reader import Archive
from cms.response_cache import bump_generation


def check_target(archive: Archive) -> None:
    """Refuse an archive whose models or migrations don't match this code and database."""
    check_migrations(archive.manifest)
    known = {label(model) for model in backed_up_models()}
    foreign = sorted(set(archive.manifest["models"]) - known)
    if foreign:
        raise BackupError(
            f"The archive holds models this code does not back up: {', '.join(foreign)}."
        )


def _load(archive: Archive, model_label: str) -> int:
    """Insert one model's rows as they were (ids included), without the save logic that would
    stamp dates or fire publishing; signal receivers see `raw=True` and skip their work."""
    count = 0
    with archive.data_file(model_label).open(encoding="utf-8") as stream:
        for row in serializers.deserialize("jsonl", stream):
            row.save(force_insert=True)
            count += 1
    expected = archive.manifest["models"][model_label]["count"]
    if count != expected:
        raise BackupError(f"{model_label}: read {count} rows, the manifest says {expected}.")
    return count


def restore_database(archive: Archive) -> dict[str, int]:
    """Replace every backed-up table's rows with the archive's; return rows loaded per model."""
    tables = cleared_tables()
    loaded = {}
    try:
        with transaction.atomic():
            with connection.constraint_checks_disabled(), connection.cursor() as cursor:
                for table in tables:
                    cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608 -- a model's table, quoted
                for model_label in sorted(archive.manifest["models"]):
                    loaded[model_label] = _load(archive, model_label)
            connection.check_constraints(table_names=tables)
            # PostgreSQL's id sequences don't see ids inserted explicitly (a freshly migrated
            # database still starts at 1): move each past the highest restored id, or the next
            # page or comment would collide with a restored one. SQLite needs nothing.
            statements = connection.ops.sequence_reset_sql(no_style(), backed_up_models())
            with connection.cursor() as cursor:
                for statement in statements:
                    cursor.execute(statement)
    except (DatabaseError, DeserializationError, ValidationError) as error:
        raise BackupError(
            f"The database could not be restored, and is unchanged: {error}"
        ) from error
    return loaded


def restore_media(archive: Archive) -> tuple[int, int]:
    try:
        return replace_media(archive.media_folder, archive.media_names)
    except OSError as error:
        raise BackupError(
            f"The database is restored but the media are not ({error}). Fix the cause and run "
            "the restore again: it is safe to repeat."
        ) from error


def rebuild_derived(verbosity: int = 0) -> None:
    """The search index is rebuilt from the restored rows, and every cache is emptied: cached
    API responses, site root paths and settings describe the old content. The response cache's
    generation is bumped too, for workers that keep a copy."""
    out = io.StringIO()
    call_command("update_index", verbosity=verbosity, stdout=out)
    for cache in caches.all():
        cache.clear()
    bump_generation()
