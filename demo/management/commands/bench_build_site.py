"""Build (or reuse) the benchmark site of N articles in the bench settings' database.

Only runs under cms.settings.bench, because it wipes the database it is pointed at when that
database holds a stale or half-built site. A marker table records the size, the builder's
version and the project's migrations; when all three match, the site is reused as it is.
"""

import hashlib
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.loader import MigrationLoader

from benchmarks import database
from benchmarks.site_builder import BenchSiteBuilder

BUILDER_VERSION = "1"
MARKER = "bench_marker"  # the table the statements below name


def site_fingerprint(articles: int) -> str:
    names = sorted(f"{app}.{name}" for app, name in MigrationLoader(None).disk_migrations)
    digest = hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]
    return f"{BUILDER_VERSION}:{articles}:{digest}"


def read_marker() -> str | None:
    if MARKER not in connection.introspection.table_names():
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT fingerprint FROM bench_marker")
        row = cursor.fetchone()
    return row[0] if row else None


def write_marker(fingerprint: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE bench_marker (fingerprint varchar(200) NOT NULL)")
        cursor.execute("INSERT INTO bench_marker (fingerprint) VALUES (%s)", [fingerprint])


class Command(BaseCommand):
    help = "Build the benchmark site of N articles, or reuse it when it is up to date."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=database.articles_from_env())
        parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, articles, force, no_progress, **options):
        if not getattr(settings, "BENCH_SITE", False):
            raise CommandError("Run with DJANGO_SETTINGS_MODULE=cms.settings.bench only.")
        # Only cms.settings.bench (checked just above) defines it; mypy reads cms.settings.test.
        url: str = settings.BENCH_DATABASE_URL  # type: ignore[misc]
        if database.is_postgres(url):
            database.ensure_postgres_database(url)
        database.DATA_DIR.mkdir(parents=True, exist_ok=True)
        fingerprint = site_fingerprint(articles)
        if not force and read_marker() == fingerprint:
            self.stdout.write(f"Bench site of {articles} articles is up to date ({url}).")
            return
        self.wipe(url)
        started = time.monotonic()
        self.stderr.write(f"Building the bench site: {articles} articles ({url})")
        call_command("migrate", verbosity=0, interactive=False)
        counts = BenchSiteBuilder(articles, show_progress=not no_progress).build()
        write_marker(fingerprint)
        elapsed = time.monotonic() - started
        summary = ", ".join(f"{value} {name}" for name, value in counts.items())
        self.stdout.write(f"Built in {elapsed:.0f} s: {summary}.")

    def wipe(self, url: str) -> None:
        connection.close()
        if database.is_postgres(url):
            database.recreate_postgres_database(url)
        else:
            path = settings.DATABASES["default"]["NAME"]
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
