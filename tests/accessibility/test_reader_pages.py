"""axe-core over every reader page type, signed out and as a learner.

axe-core (bundled by axe-playwright-python, so nothing is fetched) runs in Debian's Chromium
against the live server. Only "serious" and "critical" findings fail the test: those are the
ones that lock a reader out (unlabelled fields, unreadable contrast, unreachable controls).
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = [
    pytest.mark.browser,
    # The live server answers from another thread, so the data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BLOCKING = {"serious", "critical"}
AXE = Axe()


def blocking_violations(page, minor: set[str]) -> list[str]:
    """The serious and critical findings; the rule ids of lesser ones go into `minor`."""
    results = AXE.run(page).response
    assert results["passes"], "axe-core checked nothing on this page"
    minor.update(rule["id"] for rule in results["violations"] if rule["impact"] not in BLOCKING)
    return [
        f"{rule['id']} ({rule['impact']}): {node['target']}"
        for rule in results["violations"]
        if rule["impact"] in BLOCKING
        for node in rule["nodes"]
    ]


def test_reader_pages_have_no_serious_or_critical_violations(reader_site, new_tab, report_figure):
    tab = new_tab()
    found, minor = {}, set()
    for name, path in reader_site.paths.items():
        response = tab.goto(f"{reader_site.url}{path}")
        assert response.status == (404 if name == "404" else 200), name
        found[name] = blocking_violations(tab, minor)

    # The comment form after an invalid post: the view answers 400 with the errors shown.
    tab.goto(f"{reader_site.url}{reader_site.paths['article']}")
    tab.locator("#comment-email").fill("not an email")
    with tab.expect_response(re.compile(r"/comments/post/$")) as posted:
        tab.locator("#comment-form button[type=submit]").click()
    assert posted.value.status == 400
    expect(tab.locator(".form-errors")).to_be_visible()
    # Each field's error is its accessible description, so a screen reader hears it on focus.
    for field in ("#comment-name", "#comment-email"):
        expect(tab.locator(field)).to_have_attribute("aria-invalid", "true")
        expect(tab.locator(field)).to_have_accessible_description(re.compile(r"\w"))
    found["comment form with errors"] = blocking_violations(tab, minor)

    learner = new_tab(reader_site.learner_cookies)
    learner.goto(f"{reader_site.url}/learn/")
    expect(learner.get_by_role("heading", level=1)).to_have_text("My courses")
    found["learner: my courses"] = blocking_violations(learner, minor)

    report_figure(
        f"axe-core: {len(found)} pages, minor or moderate rules: {sorted(minor) or 'none'}"
    )
    assert {name: issues for name, issues in found.items() if issues} == {}
