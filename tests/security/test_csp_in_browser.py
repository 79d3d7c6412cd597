"""The Content-Security-Policy breaks nothing: Chromium reports no violation anywhere an editor
goes in the admin (page editor with its preview panel, uploads, two-factor enrolment) nor on
reader pages. The policies are strict enough that a missed inline script would be reported."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from blog.factories import ArticlePageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a-long-administrator-passphrase"
# Every violation the page sees, kept across navigations in this tab.
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${location.pathname}`);
});
"""


@pytest.fixture
def site(site_tree, live_server, django_user_model):
    address = urlsplit(live_server.url)
    site_tree.site.hostname, site_tree.site.port = address.hostname, address.port
    site_tree.site.save()
    article = ArticlePageFactory(parent=site_tree.blog, slug="settling-the-body")
    django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    return {"url": live_server.url, "article": article, "blog": site_tree.blog}


def visit(tab, url: str, violations: list[str]) -> None:
    tab.goto(url)
    tab.wait_for_load_state("networkidle")
    violations.extend(tab.evaluate("window.__violations"))


def test_no_policy_violation_in_the_admin_or_on_reader_pages(site, page):
    console = []
    page.on("console", lambda m: console.append(m.text) if "Security Policy" in m.text else None)
    page.context.add_init_script(LISTEN)
    url, article = site["url"], site["article"]
    violations: list[str] = []

    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{url}/admin/")
    for path in [
        "/admin/",
        f"/admin/pages/{site['blog'].pk}/",
        f"/admin/pages/add/blog/articlepage/{site['blog'].pk}/",
        "/admin/images/multiple/add/",
        "/admin/documents/multiple/add/",
        "/admin/account/",
        "/admin/two-factor/enrol/",
        "/django-admin/",
    ]:
        visit(page, f"{url}{path}", violations)
    visit(page, f"{url}/admin/pages/{article.pk}/edit/", violations)
    page.get_by_role("button", name="Toggle preview").click()
    expect(page.locator("iframe#w-preview-iframe")).to_be_attached()
    page.wait_for_timeout(1500)  # the preview renders the reader page inside the admin
    violations.extend(page.evaluate("window.__violations"))
    for path in [article.url, "/blog/", "/search/?q=body", "/no-such-page/", "/api/docs/"]:
        visit(page, f"{url}{path}", violations)

    assert violations == []
    assert console == []
