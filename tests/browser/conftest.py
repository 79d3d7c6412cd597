"""Headless Chromium for tests that drive the Wagtail admin as an editor would.

Playwright drives the system's Chromium (Debian's `chromium` package, installed by `.ci/run`);
it never downloads a browser of its own. Without Chromium the test skips with the reason;
under `.ci/run` (TESTS_REQUIRE_SERVICES=1, see tests/services.py) it fails instead, so CI cannot
pass without running it.
"""

import os
import re
from pathlib import Path

from django.conf import settings

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.services import CHROMIUM_MISSING, chromium_path, missing_service

TIMEOUT_MS = 30_000
# The closed network refuses Chromium's own background calls (updates, sync, field trials);
# without these flags they stall page loads.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
]


def chromium_executable() -> str:
    candidate = chromium_path()
    if not os.access(candidate, os.X_OK):
        missing_service(CHROMIUM_MISSING.format(path=candidate))
    return candidate


@pytest.fixture
def artifacts_dir() -> Path:
    """Where screenshots are kept for people to look at after a run (gitignored)."""
    path = Path(os.environ.get("TEST_ARTIFACTS_DIR") or settings.BASE_DIR / "test-artifacts")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def browser(monkeypatch):
    """Playwright's sync API runs an event loop in this thread while the browser is open, so
    Django refuses ORM calls then (SynchronousOnlyOperation), and rightly: they would run on a
    connection of their own that nobody closes. Set up the database in fixtures requested
    before this one; during the test, talk to the server over HTTP as a frontend would."""
    monkeypatch.setenv("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    executable = chromium_executable()
    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def open_tab(browser, request, artifacts_dir):
    """Opens a tab in a fresh browser context (its own cookies: a new visitor). When the test
    fails, every tab still open is saved as a screenshot and its HTML."""
    contexts = []

    def open_new_tab():
        context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_new_tab
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        name = re.sub(r"[^\w.-]+", "_", request.node.name)
        for number, tab in enumerate(t for context in contexts for t in context.pages):
            stem = artifacts_dir / f"FAILED-{name}-{number}"
            tab.screenshot(path=stem.with_suffix(".png"), full_page=True)
            stem.with_suffix(".html").write_text(tab.content())
    for context in contexts:
        context.close()


@pytest.fixture
def page(open_tab):
    return open_tab()
