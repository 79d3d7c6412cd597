"""`manage.py restore_site IN.tar.gz [--yes]`: replace the site's content, users and media
with an archive's (docs/backup.md)."""

import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from cms.backup import BackupError
from cms.backup.reader import open_archive
from cms.backup.restore import check_target, rebuild_derived, restore_database, restore_media


class Command(BaseCommand):
    help = (
        "Replace ALL content, users and media with those of an archive made by `backup_site`. "
        "The archive is checked whole first; the database is replaced in one transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz made by `backup_site`.")
        parser.add_argument(
            "--yes",
            "--no-input",
            action="store_true",
            dest="yes",
            help="Do not ask for confirmation (needed when there is no terminal, as in cron).",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only check the archive and that it fits this database; change nothing.",
        )

    def handle(self, *args, archive, yes, check, verbosity, **options):
        started = time.monotonic()
        try:
            with tempfile.TemporaryDirectory(prefix="cms-restore-") as scratch:
                unpacked = open_archive(Path(archive), Path(scratch))
                check_target(unpacked)
                manifest = unpacked.manifest
                rows = sum(entry["count"] for entry in manifest["models"].values())
                summary = (
                    f"{archive}: made {manifest['created_at']} on {manifest['database']}, "
                    f"{rows} rows, {len(manifest['media'])} media files."
                )
                self.stdout.write(summary)
                if check:
                    self.stdout.write(self.style.SUCCESS("The archive is whole and fits."))
                    return
                if not yes:
                    self._confirm()
                step = time.monotonic()
                loaded = restore_database(unpacked)
                self.stdout.write(f"Database restored: {sum(loaded.values())} rows{_since(step)}.")
                step = time.monotonic()
                written, deleted = restore_media(unpacked)
                self.stdout.write(
                    f"Media restored: {written} files written, {deleted} removed{_since(step)}."
                )
        except (BackupError, OSError) as error:  # OSError: no room to unpack, unreadable
            raise CommandError(str(error)) from error
        step = time.monotonic()
        try:
            rebuild_derived(verbosity=max(verbosity - 1, 0))
        except Exception as error:
            raise CommandError(
                f"Content and media are restored, but rebuilding failed ({error}). Run "
                "`manage.py update_index` and restart the app servers."
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Search index rebuilt, caches cleared{_since(step)}. Restored{_since(started)}."
            )
        )

    def _confirm(self) -> None:
        database = connection.settings_dict["NAME"]
        if not sys.stdin or not sys.stdin.isatty():
            raise CommandError(
                "Refusing to restore without confirmation: there is no terminal to ask on. "
                "Pass --yes to replace the content."
            )
        answer = input(
            f"This replaces ALL content, users and media in database {database} and "
            f"{settings.MEDIA_ROOT}. Type 'yes' to continue: "
        )
        if answer.strip().lower() != "yes":
            raise CommandError("Restore cancelled; nothing was changed.")


def _since(moment: float) -> str:
    return f" ({time.monotonic() - moment:.1f} s)"
