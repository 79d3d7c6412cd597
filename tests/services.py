"""Tests that need a service this machine may lack (Redis, Chromium) skip with the reason and
the way to get it; `.ci/run` provides every service and sets TESTS_REQUIRE_SERVICES=1, under
which a missing service fails the test instead, so CI cannot pass by skipping."""

import os
import shutil
import socket

import pytest


def redis_is_up(host: str = "127.0.0.1", port: int = 6379) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


CHROMIUM_MISSING = (
    "Chromium not found at {path!r}: install Debian's package (`apt-get install chromium`, "
    "as .ci/run does) or set CHROMIUM_PATH. Playwright must not download a browser."
)


def chromium_path() -> str:
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


def chromium_is_installed() -> bool:
    return os.access(chromium_path(), os.X_OK)


def services_required() -> bool:
    return os.environ.get("TESTS_REQUIRE_SERVICES", "") not in ("", "0")


def missing_service(reason: str) -> None:
    """Skip (or, under .ci/run, fail) the current test because a service is missing."""
    if services_required():
        pytest.fail(f"{reason} (TESTS_REQUIRE_SERVICES is set)", pytrace=False)
    pytest.skip(reason)
