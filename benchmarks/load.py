"""The server under test and the load generator: gunicorn on loopback, wrk against it.

Everything is bounded: wrk runs for a fixed duration with a fixed number of connections, a
single probe request has a timeout, and gunicorn's worker timeout kills a request that runs
longer (a stock search over a common word can take a minute on SQLite), so no case can hang
the run.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA = Path(__file__).resolve().parent / "report.lua"


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    apt = shutil.which("apt-get")
    if os.geteuid() == 0 and apt:
        print("Installing wrk (Debian package)...", file=sys.stderr)
        quiet = {"stdout": subprocess.DEVNULL}
        subprocess.run([apt, "update", "-qq"], check=False, **quiet)  # noqa: S603 -- fixed argv
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = [apt, "install", "-y", "-qq", "wrk"]
        subprocess.run(install, check=False, env=env, **quiet)  # noqa: S603 -- fixed argv
        found = shutil.which("wrk")
    if not found:
        sys.exit("make bench needs wrk: install the 'wrk' package (apt-get install wrk).")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Probe:
    status: int
    queries: int | None
    cache: str | None
    size: int
    seconds: float
    timed_out: bool = False


class Server:
    """gunicorn with two sync workers serving the bench settings on a free loopback port."""

    def __init__(self, env: dict, *, workers: int = 2, timeout: int = 30):
        self.env, self.workers, self.timeout = env, workers, timeout
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self):
        command = [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "cms.wsgi:application",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={self.workers}",
            "--worker-class=sync",
            f"--timeout={self.timeout}",
            "--log-level=error",
        ]
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env)  # noqa: S603 -- our own argv, no shell
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                if self.process.poll() is not None:
                    sys.exit("gunicorn exited at start-up; see the messages above.")
                time.sleep(0.2)
        sys.exit("gunicorn did not start listening within 60 s.")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=45)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def worker_rss_mib(self) -> list[float]:
        """Resident memory of each worker (children of the gunicorn master)."""
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        sizes = []
        for child in children:
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(round(int(line.split()[1]) / 1024, 1))
        return sizes

    def probe(self, path: str, timeout: float = 60) -> Probe:
        """One request, not following redirects: status, query count, cache header, time."""
        opener = urllib.request.build_opener(_NoRedirect)
        started = time.monotonic()
        try:
            response = opener.open(self.base + path, timeout=timeout)
            status, headers, body = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, body = error.code, error.headers, error.read()
        except (TimeoutError, urllib.error.URLError) as error:
            if isinstance(error, TimeoutError) or "timed out" in str(error):
                return Probe(0, None, None, 0, timeout, timed_out=True)
            raise
        count = headers.get("X-Query-Count")
        return Probe(
            status,
            int(count) if count else None,
            headers.get("X-Cache"),
            len(body),
            time.monotonic() - started,
        )

    def load(self, wrk: str, path: str, duration: float, connections: int) -> dict:
        """wrk for `duration` seconds over `connections` connections; returns its JSON line."""
        command = [
            wrk,
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout=30s",
            "-s",
            str(LUA),
            self.base + path,
        ]
        output = subprocess.run(  # noqa: S603 -- our own argv, no shell
            command, capture_output=True, text=True, timeout=duration + 90, check=False
        )
        for line in output.stdout.splitlines():
            if line.startswith("BENCH_JSON "):
                raw = json.loads(line.removeprefix("BENCH_JSON "))
                seconds = raw["duration_us"] / 1e6
                return {
                    "rps": round(raw["requests"] / seconds, 1) if seconds else 0.0,
                    "requests": raw["requests"],
                    "p50_ms": round(raw["p50_us"] / 1000, 1),
                    "p95_ms": round(raw["p95_us"] / 1000, 1),
                    "p99_ms": round(raw["p99_us"] / 1000, 1),
                    "errors": {k[7:]: v for k, v in raw.items() if k.startswith("errors_") and v},
                }
        raise RuntimeError(f"wrk gave no report for {path}: {output.stdout}{output.stderr}")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
