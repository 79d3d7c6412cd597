"""Shared fixtures and hooks: a minimal site tree built with the factories (no fixture dumps),
data built once per test module (the demo site among it), figures tests report, and what
keeps the suite correct under xdist (a flushed database restored, browser tests skipped
early without Chromium)."""

import io
from types import SimpleNamespace

from django.core.cache import caches
from django.core.management import call_command
from django.db import connections, transaction

from wagtail.models import Page, Site

import pytest
from pytest_django.plugin import blocking_manager_key

from blog.factories import BlogIndexPageFactory, CategoryIndexPageFactory
from cms.factories import HomePageFactory
from lessons.factories import CourseIndexPageFactory
from tests.services import CHROMIUM_MISSING, chromium_is_installed, chromium_path, services_required


def pytest_collection_modifyitems(config, items):
    """Browser tests skip before their (flushing, live-server) database set-up when Chromium
    is missing, unless TESTS_REQUIRE_SERVICES asks for a failure instead (tests/services.py)."""
    if chromium_is_installed() or services_required():
        return
    skip = pytest.mark.skip(reason=CHROMIUM_MISSING.format(path=chromium_path()))
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


def flushes_database(item) -> bool:
    marker = item.get_closest_marker("django_db")
    transactional = bool(
        marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,))
    )
    return bool(transactional or {"transactional_db", "live_server"} & set(item.fixturenames))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A test that commits for real (`transaction=True`) ends by emptying its database, even of
    what the migrations wrote (the root page, the Editors group…). Run alone, pytest-django
    puts such tests last; under xdist a worker runs a whole module, then moves on to the next,
    so the state the migrations left is put back here for whatever test that worker runs next."""
    result = yield
    if nextitem is not None and flushes_database(item):
        with item.config.stash[blocking_manager_key].unblock():
            for connection in connections.all(initialized_only=True):
                contents = getattr(connection, "_test_serialized_contents", None)
                if contents:
                    connection.creation.deserialize_db_from_string(contents)
    return result


@pytest.fixture
def report_figure(record_property):
    """Figures a test measures (recall, cells checked…), printed in the run's closing summary.

    They travel as the test report's user properties, so they survive pytest-xdist workers,
    whose own output is never shown."""

    def report(text: str) -> None:
        record_property("figure", text)

    return report


def pytest_terminal_summary(terminalreporter):
    figures = [
        (report.nodeid, value)
        for report in terminalreporter.getreports("passed") + terminalreporter.getreports("failed")
        if report.when == "call"
        for key, value in report.user_properties
        if key == "figure"
    ]
    if figures:
        terminalreporter.section("figures measured by the suite")
        for nodeid, value in sorted(figures, key=lambda figure: figure[0]):
            terminalreporter.write_line(f"{nodeid.split('::')[0]}: {value}")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no API response (nor cached site root paths)
    built by an earlier test can answer for this one."""
    for cache in caches.all():
        cache.clear()


def build_site_tree() -> SimpleNamespace:
    """Home (the default site's root) with the blog, topics and courses sections."""
    root = Page.get_first_root_node()
    root.get_children().filter(slug="home").delete()
    home = HomePageFactory(parent=root, slug="home", title="Home")
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.save()
    return SimpleNamespace(
        site=site,
        home=home,
        blog=BlogIndexPageFactory(parent=home),
        topics=CategoryIndexPageFactory(parent=home),
        courses=CourseIndexPageFactory(parent=home),
    )


@pytest.fixture
def site_tree(db):
    """Home (the default site's root) with the blog, topics and courses sections."""
    return build_site_tree()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, rolled back at its end: what module-scoped
    fixtures build in it is built once and shared by the module's tests, each of which still
    runs in its own savepoint (`db`), so what one test writes never reaches the next.

    Every test of such a module sees the shared data, so keep tests that need an empty site in
    another module; `--dist loadfile` (make test) keeps a module on one worker."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            Site.clear_site_root_paths_cache()
            caches["default"].clear()


@pytest.fixture(scope="module")
def module_site_tree(module_db):
    """`site_tree`, built once for a module (see `module_db`)."""
    return build_site_tree()


@pytest.fixture(scope="module")
def demo_site(module_db):
    """The demo content (demo), loaded once for a whole test module (see `module_db`):
    loading it costs 20-25 s, paid once per module instead of once per test."""
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture
def demo(demo_site, db):
    """The demo site, for a test that reads it (or writes to it, rolled back after the test)."""
    return demo_site
