"""The load phase: 32 concurrent readers and writers for a fixed time, then the comment audit.

Each client thread loops until the deadline over the requests a frontend makes most (lists,
a category, an article by slug and by path, a search, the site data, a course and its lessons,
a comment thread) and, one turn in `POST_EVERY`, writes a comment (token, then POST). The mix
is deterministic per thread, so runs are comparable.
"""

import random
import threading
import time

from benchmarks.cases import build_cases
from benchmarks.soak.client import Client, CommentWriter
from benchmarks.soak.server import ServerGroup
from benchmarks.soak.stats import Ledger, Tally, check_comments

READ_CASES = ("list20", "category", "detail", "route", "search_rare", "comments", "course")
POST_EVERY = 8  # one turn in eight writes a comment: a busy comment section, not a spam run


def frontend_requests(fixtures: dict) -> list[tuple[str, str]]:
    """(kind, path) for every read in the mix."""
    cases = {case.name: case.ours for case in build_cases(fixtures)}
    reads = [(name, cases[name]) for name in READ_CASES]
    reads.append(("site", "/api/v2/site/"))
    reads.append(("lessons", f"/api/v2/lessons/?course={fixtures['course']['slug']}"))
    return reads


def reader_writer(
    number: int,
    server: ServerGroup,
    reads: list,
    article: int,
    writer: CommentWriter,
    tally: Tally,
    deadline: float,
) -> None:
    client = Client(server.port, tally)
    turns = random.Random(number)  # noqa: S311 -- a reproducible load pattern, not a secret
    try:
        while time.monotonic() < deadline:
            if turns.randrange(POST_EVERY) == 0:
                writer.post(client, article)
            else:
                kind, path = turns.choice(reads)
                client.request(kind, "GET", path)
    finally:
        client.close()


def run(env: dict, fixtures: dict, run_id: str, *, seconds: float, concurrency: int, comments):
    """Load the server for `seconds`; `comments(run_id)` reads this run's stored comments."""
    tally, ledger = Tally(), Ledger()
    reads = frontend_requests(fixtures)
    article = fixtures["commented_article"]
    workers = max(2, concurrency // 8)
    with ServerGroup(env, workers=workers, threads=8) as server:
        for _, path in reads:  # warm every worker a little; not counted
            server.answers(path)
        started = time.monotonic()
        deadline = started + seconds
        threads = [
            threading.Thread(
                target=reader_writer,
                args=(n, server, reads, article, CommentWriter(run_id, ledger, n), tally, deadline),
                daemon=True,
            )
            for n in range(concurrency)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=seconds + 120)
        elapsed = time.monotonic() - started
    result = tally.summary(elapsed)
    result.update(concurrency=concurrency, gunicorn=f"gthread, {workers} workers x 8 threads")
    result["comments"] = check_comments(ledger, comments(run_id))
    return result
