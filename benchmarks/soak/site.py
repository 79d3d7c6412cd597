"""The soak's data: a bench site built in its own database, rebuilt on every run.

The load phase runs on `soak_load` on the PostgreSQL server of DATABASE_URL (127.0.0.1:5432 by
default), dropped and recreated on every run as a copy of `soak_site_<N>`, which
`manage.py bench_build_site` builds once and reuses while it is up to date (a minute or more
saved a run; the migrations alone take most of it). Every run thus starts from the same site
and the comments it finds afterwards are its own. The fault phase gets a copy of `soak_load`
(pg_dump, pg_restore) in the private cluster it is allowed to restart.
"""

import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from benchmarks import database
from benchmarks.load import ROOT

PY = str(ROOT / ".venv" / "bin" / "python")
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"
LOAD_DATABASE = "soak_load"


def database_url(name: str) -> str:
    server = os.environ.get("DATABASE_URL") or DEFAULT_SERVER
    if not database.is_postgres(server):
        raise SystemExit("make soak runs on PostgreSQL: DATABASE_URL must name a server.")
    return urlunsplit(urlsplit(server)._replace(path=f"/{name}"))


def load_database_url() -> str:
    return database_url(LOAD_DATABASE)


def soak_env(url: str, articles: int, **extra: str) -> dict:
    """The server's environment: bench settings, anti-spam limits opened up for load.

    COMMENT_MIN_SECONDS 0: the writers post as soon as they have a token. The per-address rate
    limit is raised because every writer shares 127.0.0.1; everything else (duplicate check,
    text signals, moderation) stays as in production.
    """
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.soak.settings",
        "BENCH_DATABASE_URL": url,
        "BENCH_ARTICLES": str(articles),
        "API_RESPONSE_CACHE": "0",
        "COMMENT_MIN_SECONDS": "0",
        "COMMENT_RATE_LIMIT": "1000000",
        "COMMENT_RATE_WINDOW": "60",
        "PYTHONUNBUFFERED": "1",
    }
    env.update(extra)
    return env


def build(load_url: str, articles: int) -> dict:
    """Build (or reuse) the site, copy it to a fresh load database; returns the objects the
    requests address."""
    template_url = database_url(f"soak_site_{articles}")
    env = soak_env(template_url, articles)
    subprocess.run(  # noqa: S603 -- our own argv, no shell
        [PY, "manage.py", "bench_build_site", "--no-progress"], cwd=ROOT, env=env, check=True
    )
    fixtures = subprocess.run(  # noqa: S603 -- our own argv, no shell
        [PY, "-m", "benchmarks.fixtures"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    template = urlsplit(template_url).path.lstrip("/")
    drop(load_url)
    with database._admin_connection(load_url) as connection:
        connection.execute(f'CREATE DATABASE "{LOAD_DATABASE}" TEMPLATE "{template}"')
    return json.loads(fixtures.stdout)


def dump(url: str, target: Path) -> Path:
    command = ["pg_dump", "-Fc", "--no-owner", "-f", str(target), libpq(url)]
    subprocess.run(command, check=True, timeout=300)  # noqa: S603 -- our own argv, no shell
    return target


def libpq(url: str) -> str:
    """dj-database-url's postgres:// spelled the way libpq tools accept everywhere."""
    return url.replace("postgres://", "postgresql://", 1)


def drop(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with database._admin_connection(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_comments(url: str, run_id: str) -> list[tuple[int, str]]:
    """(id, body) of every comment this run wrote, read straight from the database."""
    import psycopg

    with psycopg.connect(libpq(url)) as connection:
        rows = connection.execute(
            "SELECT id, body FROM blog_comment WHERE body LIKE %s", [f"%soak run {run_id})"]
        )
        return [(row[0], row[1]) for row in rows]
