"""gunicorn as a process group that the fault phase can `kill -9` whole and start again.

benchmarks.load.Server runs two sync workers for measuring one request at a time; the soak
needs threads for 32 or 100 concurrent clients and a new session, so that SIGKILL to the group
takes the master and every worker at once, as a crashed host or an OOM kill would, with no
graceful shutdown to finish requests. The port stays the same across restarts, so clients just
reconnect.
"""

import contextlib
import os
import signal
import socket
import subprocess
import threading
import time

from benchmarks.database import DATA_DIR
from benchmarks.load import ROOT, free_port

GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
# Request tracebacks (expected while the database is down) go here, not to the summary.
SERVER_LOG = DATA_DIR / "soak-server.log"


class ServerGroup:
    def __init__(self, env: dict, *, workers: int = 4, threads: int = 8, timeout: int = 30):
        self.env, self.workers, self.threads, self.timeout = env, workers, threads, timeout
        self.log = SERVER_LOG
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def command(self) -> list[str]:
        return [
            GUNICORN,
            "cms.wsgi:application",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={self.workers}",
            "--worker-class=gthread",
            f"--threads={self.threads}",
            f"--timeout={self.timeout}",
            "--backlog=512",
            "--keep-alive=30",  # writers pause between bursts; idle connections stay usable
            "--preload",  # import once, then fork the workers: a restart under load is quicker
            "--log-level=error",
        ]

    def start(self, ready_path: str | None = "/api/v2/site/", within: float = 60) -> float:
        """Start and wait until `ready_path` answers 200 (None: until the port listens);
        returns the seconds that took."""
        started = time.monotonic()
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 -- our own argv, no shell
                self.command(),
                cwd=ROOT,
                env=self.env,
                start_new_session=True,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.starts += 1
        deadline = started + within
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited at start-up; see {self.log}.")
            if self.listening() if ready_path is None else self.answers(ready_path):
                return time.monotonic() - started
            time.sleep(0.1)
        self.kill()  # not left running behind a failed run
        raise RuntimeError(f"gunicorn did not answer {ready_path} within {within} s.")

    def listening(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=2):
                return True
        except OSError:
            return False

    def answers(self, path: str) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=2) as sock:
                sock.settimeout(10)
                sock.sendall(f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
                return sock.recv(16).split(b" ")[1:2] == [b"200"]
        except OSError:
            return False

    def kill(self) -> None:
        """SIGKILL to the whole group: master and workers die mid-request."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):  # already gone is as good as killed
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self.process = None

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()
        self.process = None

    def __enter__(self) -> "ServerGroup":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


class SilentServer:
    """Accepts and holds connections without a byte in reply, until closed: the worst peer,
    neither refusing nor failing (a webhook receiver that hangs, a database behind a dead
    firewall)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self.serve, daemon=True)

    def serve(self) -> None:
        while True:
            try:
                connection, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(connection)

    def __enter__(self) -> "SilentServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.sock.close()
        for connection in self.held:
            connection.close()
