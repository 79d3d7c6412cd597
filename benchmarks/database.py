"""Where a benchmark site of N articles lives, decided without importing Django.

SQLite: a file benchmarks/.data/bench-<N>.sqlite3. PostgreSQL (when DATABASE_URL names a
PostgreSQL server): a database bench_<N> on that server, next to (never inside) the one the
tests use. Both the settings and the runner call this, so they always agree.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

DATA_DIR = Path(__file__).resolve().parent / ".data"
DEFAULT_ARTICLES = 10_000


def articles_from_env() -> int:
    return int(os.environ.get("BENCH_ARTICLES") or DEFAULT_ARTICLES)


def server_url() -> str:
    return os.environ.get("DATABASE_URL", "")


def is_postgres(url: str | None = None) -> bool:
    return urlsplit(url if url is not None else server_url()).scheme.startswith("postgres")


def bench_database_url(articles: int, url: str | None = None) -> str:
    url = url if url is not None else server_url()
    if is_postgres(url):
        parts = urlsplit(url)
        return urlunsplit(parts._replace(path=f"/bench_{articles}"))
    return f"sqlite:///{DATA_DIR / f'bench-{articles}.sqlite3'}"


def engine_name(url: str | None = None) -> str:
    return "postgresql" if is_postgres(url) else "sqlite"


def _admin_connection(url: str):
    """A connection to the server's maintenance database, to create or drop bench databases."""
    import psycopg

    parts = urlsplit(url)
    return psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)


def recreate_postgres_database(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with _admin_connection(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def ensure_postgres_database(url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with _admin_connection(url) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not found.fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')
