"""The fault phase: 100 writers posting comments in bursts while the server is killed.

Each burst: the writers post (token, then one POST each, as fast as they are answered); after
a random moment the whole gunicorn group gets SIGKILL, is started again and waited for; the
burst runs on briefly and stops. One extra burst restarts PostgreSQL instead (an immediate
stop, the database down for a moment, start). Afterwards every acknowledged comment must be in
the database under the id the 201 gave, and no comment twice. Answers are counted per window
("burst", "kill", "pg_restart") so a 5xx can be traced to the fault that caused it.
"""

import random
import threading
import time

from benchmarks.soak.client import Client, CommentWriter
from benchmarks.soak.cluster import PrivateCluster
from benchmarks.soak.server import ServerGroup
from benchmarks.soak.stats import Ledger, Tally

# A refused connection or a 503 comes back at once: a pause keeps 100 writers from spinning
# (and from starving the server that is starting up on the same two cores).
PAUSE_AFTER_FAILURE = 0.2


class Windows:
    """What is being done to the system right now, read by every writer thread."""

    def __init__(self):
        self.current = "quiet"
        self.burst = threading.Event()
        self.stop = threading.Event()

    def __call__(self) -> str:
        return self.current


def writer(port: int, windows: Windows, article: int, pen: CommentWriter, tally):
    client = Client(port, tally, timeout=30, window=windows)
    try:
        while not windows.stop.is_set():
            if not windows.burst.wait(timeout=0.2):
                continue
            answer = pen.post(client, article)
            if answer is None or answer.status != 201:
                time.sleep(PAUSE_AFTER_FAILURE)
    finally:
        client.close()


class FaultRun:
    def __init__(
        self,
        cluster: PrivateCluster,
        article: int,
        run_id: str,
        *,
        kills: int = 20,
        writers: int = 100,
        pg_down_seconds: float = 2.0,
    ):
        self.cluster, self.article, self.run_id = cluster, article, run_id
        self.kills, self.writers, self.pg_down_seconds = kills, writers, pg_down_seconds
        self.tally, self.ledger, self.windows = Tally(), Ledger(), Windows()
        self.restart_seconds: list[float] = []
        self.pg_restarts = 0
        self.kills_done = 0
        self.random = random.Random(run_id)  # noqa: S311 -- a reproducible load pattern, not a secret

    def run(self, server: ServerGroup) -> dict:
        threads = [
            threading.Thread(
                target=writer,
                args=(
                    server.port,
                    self.windows,
                    self.article,
                    CommentWriter(self.run_id, self.ledger, 1000 + n),
                    self.tally,
                ),
                daemon=True,
            )
            for n in range(self.writers)
        ]
        for thread in threads:
            thread.start()
        started = time.monotonic()
        pg_burst = self.kills // 2
        try:
            for burst in range(self.kills + 1):
                if burst == pg_burst:
                    self.burst_with(self.restart_database)
                else:
                    self.burst_with(lambda: self.kill_server(server))
        finally:
            self.windows.stop.set()
            for thread in threads:
                thread.join(timeout=60)
        elapsed = time.monotonic() - started
        return self.summary(elapsed)

    def burst_with(self, fault) -> None:
        self.windows.current = "burst"
        self.windows.burst.set()
        time.sleep(self.random.uniform(0.5, 1.5))
        fault()
        self.windows.current = "burst"
        time.sleep(0.5)
        self.windows.burst.clear()
        self.windows.current = "quiet"
        time.sleep(0.3)

    def kill_server(self, server: ServerGroup) -> None:
        self.windows.current = "kill"
        server.kill()
        self.kills_done += 1
        self.restart_seconds.append(server.start())

    def restart_database(self) -> None:
        """Immediate stop (like a crash: no checkpoint), a moment down, start, recovery."""
        self.windows.current = "pg_restart"
        self.cluster.stop("immediate")
        time.sleep(self.pg_down_seconds)
        self.cluster.start()
        self.pg_restarts += 1
        time.sleep(1.0)  # answers in the first second after start still belong to the restart

    def summary(self, elapsed: float) -> dict:
        result = self.tally.summary(elapsed)
        restarts = sorted(self.restart_seconds)
        result.update(
            writers=self.writers,
            kills_done=self.kills_done,
            pg_restarts=self.pg_restarts,
            pg_down_seconds=self.pg_down_seconds,
            server_restart_s_median=round(restarts[len(restarts) // 2], 2) if restarts else None,
            server_errors_during_kills=self.tally.server_errors_of("kill/"),
            server_errors_during_pg_restart=self.tally.server_errors_of("pg_restart/"),
        )
        return result
