"""A private, throwaway PostgreSQL cluster that the fault phase may restart and stop at will.

The shared server on 127.0.0.1:5432 serves other people: it is never touched. This cluster
lives in a temporary directory owned by the `postgres` OS user (PostgreSQL refuses to run as
root), listens on loopback at a free port with trust authentication, and is removed at the end.
"""

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from benchmarks.load import free_port

OS_USER = "postgres"


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError("No PostgreSQL server binaries under /usr/lib/postgresql/*/bin.")
    return Path(found[-1]).parent


class PrivateCluster:
    def __init__(self):
        self.bin = _bin_dir()
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="soak-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/soak_faults"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = ["runuser", "-u", OS_USER, "--", str(self.bin / args[0]), *args[1:]]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)  # noqa: S603 -- our own argv, no shell

    def create(self) -> "PrivateCluster":
        shutil.chown(self.root, OS_USER, OS_USER)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8")
        options = {
            "port": str(self.port),
            "listen_addresses": "'127.0.0.1'",
            "unix_socket_directories": f"'{self.root}'",
            "max_connections": "200",
            "fsync": "on",  # a restart must keep every committed comment: nothing cheated here
            "logging_collector": "off",
        }
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in options.items())
        self.start()
        return self

    def pg_ctl(self, action: str, *extra: str) -> None:
        self._run("pg_ctl", action, "-D", str(self.data), "-l", str(self.log), "-w", *extra)

    def start(self) -> None:
        self.pg_ctl("start")

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("stop", "-m", mode)

    def restart(self, mode: str = "immediate") -> None:
        self.pg_ctl("restart", "-m", mode)

    def running(self) -> bool:
        status = self._run("pg_ctl", "status", "-D", str(self.data), check=False)
        return status.returncode == 0

    def load_dump(self, dump: Path) -> None:
        """Restore a custom-format dump (of the shared server's load database) into soak_faults."""
        host = ["-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
        self._run("createdb", *host, "soak_faults")
        os.chmod(dump, 0o644)
        self._run("pg_restore", *host, "-d", "soak_faults", "--no-owner", str(dump))

    def destroy(self) -> None:
        if self.data.exists() and self.running():
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> "PrivateCluster":
        return self.create()

    def __exit__(self, *exc) -> None:
        self.destroy()
