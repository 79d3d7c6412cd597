"""Posting a comment with the keyboard alone: Tab, Shift+Tab, typing and Enter, no mouse.

A reader who cannot use a pointer must reach the form in the page's order, fill it, send it
and hear the confirmation (a `role="status"` notice). The comment is stored pending review.
"""

import pytest
from playwright.sync_api import expect

from blog.models import Comment

pytestmark = [
    pytest.mark.browser,
    # The live server answers from another thread, so the data must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def press_tab_until(tab, selector: str, limit: int = 80) -> None:
    """Tab forward until the element matching `selector` has the focus, as a keyboard user."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if tab.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} is not reachable with Tab")


def test_a_comment_can_be_posted_with_the_keyboard_alone(reader_site, new_tab, monkeypatch):
    tab = new_tab()
    tab.goto(f"{reader_site.url}{reader_site.paths['article']}")
    press_tab_until(tab, "#comment-name")
    tab.keyboard.type("Noor Haddad")
    tab.keyboard.press("Tab")
    tab.keyboard.type("noor.haddad@example.org")
    tab.keyboard.press("Tab")
    tab.keyboard.type("Occupational therapy")
    tab.keyboard.press("Tab")
    tab.keyboard.press("Shift+Tab")  # back and forth: the order is the visual one
    expect(tab.locator("#comment-affiliation")).to_be_focused()
    tab.keyboard.press("Tab")
    tab.keyboard.type("Jordan")
    tab.keyboard.press("Tab")
    tab.keyboard.type("Counting the out-breath gave my client something to hold on to.")
    press_tab_until(tab, "#comment-form button[type=submit]", limit=3)
    tab.keyboard.press("Enter")

    notice = tab.get_by_role("status")
    expect(notice).to_contain_text("awaiting moderation")
    assert tab.url.endswith("?comment=pending#comments")
    # The browser's event loop is open in this thread; the ORM call runs synchronously on the
    # test's own connection, which is what Django's guard is there to protect.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "1")
    stored = Comment.objects.get(email="noor.haddad@example.org")
    assert (stored.status, stored.name, stored.article_id) == (
        "pending",
        "Noor Haddad",
        reader_site.article.pk,
    )
