"""`manage.py backup_site OUT.tar.gz`: the site's content, users and media in one archive
(docs/backup.md)."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from cms.backup import BackupError
from cms.backup.writer import write_archive


class Command(BaseCommand):
    help = (
        "Write the database content and media to a .tar.gz archive that `restore_site` reads. "
        "OUT may be a folder: the archive is then named after the current time."
    )

    def add_arguments(self, parser):
        parser.add_argument("out", help="Archive path, or an existing folder to write it in.")
        parser.add_argument(
            "--overwrite", action="store_true", help="Replace an existing archive at OUT."
        )

    def handle(self, *args, out, overwrite, **options):
        target = Path(out)
        if target.is_dir():
            target /= timezone.now().strftime("cms-backup-%Y%m%dT%H%M%SZ.tar.gz")
        if target.exists() and not overwrite:
            raise CommandError(f"{target} exists; choose another name or pass --overwrite.")
        started = time.monotonic()
        try:
            manifest = write_archive(target)
        except (BackupError, OSError) as error:  # OSError: a file vanished, a full disk
            raise CommandError(f"Backup failed: {error}") from error
        rows = sum(entry["count"] for entry in manifest["models"].values())
        size = target.stat().st_size
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {rows} rows of {len(manifest['models'])} models and "
                f"{len(manifest['media'])} media files to {target} "
                f"({size / 1024:.0f} KiB in {time.monotonic() - started:.1f} s)."
            )
        )
