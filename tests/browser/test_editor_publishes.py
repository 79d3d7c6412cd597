"""An editor writes, previews and publishes an article in the admin; frontends then get it.

The whole path a real editor takes, in a real browser against a real server: the admin's
JavaScript widgets (StreamField block picker, tag field, choosers) must produce a page that the
content API serves and that webhook subscribers hear about, signed.
"""

import hashlib
import hmac
import json
import queue
import re
import time
import urllib.error
import urllib.request
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

from django.core.management import call_command

import pytest
from playwright.sync_api import expect

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from cms.webhooks.models import WebhookEndpoint
from cms.webhooks.signing import verify_signature
from tests.browser.local_servers import preview_api_url, preview_frontend, webhook_receiver

pytestmark = [
    pytest.mark.browser,
    # The live server answers from another thread, so the data must be committed; the rollback
    # brings back Wagtail's own rows (root page, Editors group permissions) for later tests.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Grounding a panicked client in the first session"
SLUG = "grounding-a-panicked-client-in-the-first-session"
INTRO = "What to do in the first ten minutes when a client arrives mid-panic."
PARAGRAPH = "Slow the room down before you slow the breath down."
PULL_QUOTE = "Name five things you can see before you name the fear."
TAG = "grounding"


@pytest.fixture
def newsroom(site_tree, live_server, settings):
    """The site answering on the live server's host, a topic tree, an author and an earlier
    article to pick as related, and the demo editor (an editor and moderator)."""
    address = urlsplit(live_server.url)
    site_tree.site.hostname, site_tree.site.port = address.hostname, address.port
    site_tree.site.save()
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    anxiety = CategoryPageFactory(parent=site_tree.topics, slug="anxiety", title="Anxiety")
    CategoryPageFactory(parent=site_tree.topics, slug="sleep", title="Sleep")
    author = ExpertFactory(name="Maya Okafor", credentials="PsyD", slug="maya-okafor")
    earlier = ArticlePageFactory(
        parent=site_tree.blog,
        title="Why the body remembers threat",
        slug="why-the-body-remembers-threat",
        categories=[trauma],
        authors=[author],
    )
    call_command("ensure_demo_editor", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return SimpleNamespace(
        url=live_server.url,
        blog=site_tree.blog,
        categories=[trauma, anxiety],
        author=author,
        earlier=earlier,
        username=settings.DEMO_EDITOR_USERNAME,
        password=settings.DEMO_EDITOR_PASSWORD,
    )


def get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        assert response.status == 200
        return json.load(response)


def assert_not_public(newsroom):
    """A saved draft stays out of the API."""
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(f"{newsroom.url}/api/v2/articles/{SLUG}/", timeout=30)
    assert refused.value.code == 404


def next_event(inbox: queue.Queue, secret: str, wait: float = 15.0) -> dict:
    """The next webhook request, after checking its signature by hand: `sha256=` and the hex
    HMAC-SHA256 of "{timestamp}.{raw body}", keyed with the endpoint's secret, as
    cms/webhooks/signing.py documents it for receivers; then with that module too."""
    received = inbox.get(timeout=wait)
    headers = {name.lower(): value for name, value in received.headers.items()}
    timestamp = headers["x-webhook-timestamp"]
    assert abs(time.time() - int(timestamp)) < 300
    message = timestamp.encode() + b"." + received.body
    expected = "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["x-webhook-signature"], expected)
    assert verify_signature(secret, received.body, timestamp, headers["x-webhook-signature"])
    assert not verify_signature("another-secret", received.body, timestamp, expected)
    event = json.loads(received.body)
    assert headers["x-webhook-event"] == event["type"]
    assert headers["x-webhook-id"] == event["id"]
    return event


def log_in(page, newsroom):
    page.goto(f"{newsroom.url}/admin/login/")
    page.fill("#id_username", newsroom.username)
    page.fill("#id_password", newsroom.password)
    page.click("button[type=submit]")
    expect(page).to_have_url(f"{newsroom.url}/admin/")


def add_block(page, kind: str):
    """Open the StreamField's last "+" and pick a block type from Wagtail's block picker."""
    page.locator("#panel-child-content-body-content button[title='Insert a block']").last.click()
    page.get_by_role("option", name=kind, exact=True).click()


def choose_in_modal(page, chooser_id: str, choice: str):
    """Open a chooser, pick `choice` in its modal, and wait until the field shows it."""
    chooser = page.locator(f"#{chooser_id}")
    chooser.locator(".unchosen button[data-chooser-action-choose]").click()
    page.locator(".modal").get_by_role("link", name=choice).first.click()
    expect(chooser.locator("[data-chooser-title]")).to_contain_text(choice)


def write_article(page, newsroom):
    page.fill("#id_title", TITLE)
    page.fill("#id_intro", INTRO)

    add_block(page, "Paragraph")
    editor = page.locator("#panel-child-content-body-content [contenteditable='true']").last
    editor.click()
    editor.press_sequentially(PARAGRAPH)
    add_block(page, "Pull quote")
    page.locator("textarea[name$='-value-text']").last.fill(PULL_QUOTE)

    choose_in_modal(page, "id_article_authors-0-expert-chooser", newsroom.author.name)
    for category in newsroom.categories:
        page.check(f"input[name='categories'][value='{category.pk}']")
    tag_input = page.locator("ul.tagit input")
    tag_input.fill(TAG)
    tag_input.press("Enter")
    expect(page.locator("ul.tagit .tagit-choice", has_text=TAG)).to_be_visible()

    page.click("#id_related_links-ADD")
    choose_in_modal(page, "id_related_links-0-article-chooser", newsroom.earlier.title)


def save_draft(page):
    """Autosave may already have created the draft: either way Save draft lands on the edit
    view with a success message."""
    page.get_by_role("button", name="Save draft").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(page.locator(".messages .success")).to_contain_text(TITLE)


def preview_in_reader_templates(page):
    """FRONTEND_URL unset: the preview panel shows the draft in this server's templates."""
    page.locator("[data-side-panel-toggle='preview']").click()
    frame = page.frame_locator("#w-preview-iframe")
    expect(frame.locator("h1")).to_contain_text(TITLE)
    expect(frame.locator(".pull-quote")).to_contain_text(PULL_QUOTE)


def preview_in_frontend(page, newsroom, frontend):
    """FRONTEND_URL set: "Preview in new tab" lands on the frontend, which trades the token in
    its URL for the draft at the content API."""
    with page.context.expect_page() as opened:
        page.locator("[data-w-preview-target='newTab']").click()
    tab = opened.value
    expect(tab.locator("h1")).to_have_text(TITLE)
    assert tab.url.startswith(f"{frontend.url}/preview?")
    query = {key: values[0] for key, values in parse_qs(urlsplit(tab.url).query).items()}
    assert query["content_type"] == "blog.articlepage"
    assert query in frontend.asked
    draft = get_json(preview_api_url(newsroom.url, query))
    assert draft["page"]["title"] == TITLE
    assert PULL_QUOTE in json.dumps(draft["page"]["body"])
    tab.close()


def publish(page):
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.locator("button[name='action-publish']").click()
    expect(page.locator(".messages .success")).to_contain_text(f"'{TITLE}' has been published")


def assert_served(article: dict, newsroom, frontend_url: str):
    """Everything the editor entered reaches frontends, with page URLs on the frontend."""
    assert article["title"] == TITLE
    assert article["intro"] == INTRO
    assert article["url"] == f"{frontend_url}/blog/{SLUG}/"
    assert [author["display_name"] for author in article["authors"]] == ["Maya Okafor, PsyD"]
    assert sorted(category["slug"] for category in article["categories"]) == ["anxiety", "trauma"]
    assert article["tags"] == [TAG]
    paragraph, quote = article["body"]
    assert paragraph["type"] == "paragraph"
    assert PARAGRAPH in paragraph["value"]
    assert quote["type"] == "pull_quote"
    assert quote["value"]["text"] == PULL_QUOTE
    assert article["related_articles"][0]["slug"] == newsroom.earlier.slug


@pytest.fixture
def subscriber(newsroom):
    """A frontend's webhook receiver, registered for page.published before the editor starts."""
    with webhook_receiver() as (url, inbox):
        endpoint = WebhookEndpoint.objects.create(
            name="Web site", url=url, event_types=["page.published"]
        )
        yield SimpleNamespace(inbox=inbox, secret=endpoint.secret)


@pytest.fixture
def frontend(newsroom):
    with preview_frontend(newsroom.url) as (url, asked):
        yield SimpleNamespace(url=url, asked=asked)


# The database is set up before the browser opens (see the browser fixture): keep the order.
def test_editor_publishes_an_article(
    newsroom, subscriber, frontend, settings, page, open_tab, artifacts_dir
):
    log_in(page, newsroom)
    page.goto(f"{newsroom.url}/admin/pages/{newsroom.blog.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    write_article(page, newsroom)
    save_draft(page)
    assert_not_public(newsroom)

    preview_in_reader_templates(page)
    settings.FRONTEND_URL = frontend.url
    preview_in_frontend(page, newsroom, frontend)
    assert subscriber.inbox.empty()  # a draft and its previews are not news

    publish(page)
    event = next_event(subscriber.inbox, subscriber.secret)
    assert event["type"] == "page.published"
    assert event["data"]["page"]["slug"] == SLUG
    assert event["data"]["page"]["title"] == TITLE
    assert event["data"]["page"]["url"] == f"{frontend.url}/blog/{SLUG}/"
    assert "/blog/" in event["data"]["paths"]

    assert_served(get_json(f"{newsroom.url}/api/v2/articles/{SLUG}/"), newsroom, frontend.url)
    screenshot_reader_page(open_tab(), newsroom, artifacts_dir)
    assert subscriber.inbox.empty(), "one publication, one event"


def screenshot_reader_page(reader, newsroom, artifacts_dir):
    """The published page as an anonymous reader sees it, kept as the run's artefact."""
    reader.goto(f"{newsroom.url}/blog/{SLUG}/")
    expect(reader.locator("h1")).to_have_text(TITLE)
    expect(reader.locator(".pull-quote")).to_contain_text(PULL_QUOTE)
    related = reader.get_by_role("article").get_by_role("link", name=newsroom.earlier.title)
    expect(related).to_be_visible()
    shot = artifacts_dir / "editor-publishes-article.png"
    shot.unlink(missing_ok=True)
    reader.screenshot(path=shot, full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
