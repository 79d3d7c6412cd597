"""The database gone: the API must say so quickly (503 JSON), then recover on its own.

The private cluster is stopped with gunicorn left running. Each probe is one request with a
generous client timeout, so a hang is measured rather than cut short; a quick answer is one
within `QUICK_SECONDS`. The cluster is then started again and the articles list polled until
it answers 200, without touching gunicorn: persistent connections must notice the new server
by themselves (conn_health_checks).

A stopped server refuses connections at once; a database behind a dead link or a full SYN
queue instead never answers. `hanging` points a second gunicorn at a TCP server that accepts
and stays silent: only the PostgreSQL connect timeout (DB_CONNECT_TIMEOUT) bounds that request.
"""

import time

from benchmarks.soak.client import Answer, Client, is_json
from benchmarks.soak.cluster import PrivateCluster
from benchmarks.soak.server import ServerGroup, SilentServer
from benchmarks.soak.stats import Tally

QUICK_SECONDS = 5.0
PROBE_TIMEOUT = 60.0
RECOVERY_LIMIT = 60.0


def probe_paths(article: int) -> list[tuple[str, str]]:
    return [
        ("articles", "/api/v2/articles/?limit=5"),
        ("site", "/api/v2/site/"),
        ("comment_token", f"/api/v2/comments/token/?article={article}"),
    ]


def describe(answer: Answer | None, seconds: float) -> dict:
    if answer is None:
        return {"status": None, "json": False, "seconds": round(seconds, 2), "quick": False}
    return {
        "status": answer.status,
        "json": is_json(answer),
        "retry_after": answer.headers.get("Retry-After"),
        "seconds": round(answer.seconds, 2),
        "quick": answer.seconds < QUICK_SECONDS,
        "body": answer.body[:200].decode(errors="replace"),
    }


def unreachable(server: ServerGroup, cluster: PrivateCluster, article: int) -> dict:
    tally = Tally()
    client = Client(server.port, tally, timeout=PROBE_TIMEOUT)
    cluster.stop("fast")
    probes = {}
    for name, path in probe_paths(article):
        started = time.monotonic()
        answer = client.request(name, "GET", path)
        probes[name] = describe(answer, time.monotonic() - started)
        client.close()  # a fresh connection each time, as separate readers would have
    cluster.start()
    back = time.monotonic()
    recovered_after = None
    while time.monotonic() - back < RECOVERY_LIMIT:
        answer = client.request("recovery", "GET", "/api/v2/articles/?limit=5")
        if answer is not None and answer.status == 200:
            recovered_after = round(time.monotonic() - back, 2)
            break
        time.sleep(0.25)
    client.close()
    passed = all(
        probe["status"] == 503 and probe["json"] and probe["quick"] for probe in probes.values()
    )
    return {
        "probes": probes,
        "quick_limit_s": QUICK_SECONDS,
        "passed": passed,
        "recovered_after_s": recovered_after,
        "recovered": recovered_after is not None,
    }


def hanging(env: dict) -> dict:
    """The articles list when the database accepts connections and never answers."""
    with SilentServer() as silent:
        url = f"postgres://postgres@127.0.0.1:{silent.port}/soak_faults"
        server = ServerGroup({**env, "BENCH_DATABASE_URL": url}, workers=1, threads=4)
        server.start(ready_path=None)
        try:
            client = Client(server.port, Tally(), timeout=PROBE_TIMEOUT)
            started = time.monotonic()
            answer = client.request("articles", "GET", "/api/v2/articles/?limit=5")
            probe = describe(answer, time.monotonic() - started)
            client.close()
        finally:
            server.stop()
    probe["connect_timeout_s"] = int(env.get("DB_CONNECT_TIMEOUT") or 3)
    probe["passed"] = probe["status"] == 503 and probe["json"] and probe["quick"]
    return probe
