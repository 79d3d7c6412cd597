"""Publishing, unpublishing, moving and deleting pages reach the subscribed endpoints as signed
events naming the paths to revalidate, and nothing else does."""

from django.db import transaction

from wagtail.models import PageViewRestriction

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.webhooks.models import WebhookDelivery, WebhookEvent

from .conftest import WebhookEndpointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(site_tree):
    return ArticlePageFactory(
        parent=site_tree.blog, title="Grounding after a flashback", slug="grounding", live=False
    )


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()


def test_publishing_sends_a_signed_page_published_event(
    draft, endpoint, receiver, django_capture_on_commit_callbacks
):
    publish(draft, django_capture_on_commit_callbacks)

    assert receiver.types() == ["page.published"]
    event = receiver.received[0]
    assert event.signature_ok
    assert event.headers["X-Webhook-Event"] == "page.published"
    assert event.headers["Content-Type"] == "application/json"
    payload = event.json
    assert event.headers["X-Webhook-Id"] == payload["id"]
    assert payload["data"]["page"] == {
        "id": draft.pk,
        "type": "blog.ArticlePage",
        "slug": "grounding",
        "title": "Grounding after a flashback",
        "path": "/blog/grounding/",
        "url": "http://testserver/blog/grounding/",
        "visible": True,
    }
    # The page, its ancestors up to the home page, then what shows it (test_revalidation_paths).
    assert payload["data"]["paths"][:3] == ["/blog/grounding/", "/blog/", "/"]
    assert payload["occurred_at"]
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.SUCCEEDED
    assert delivery.last_response_code == 200
    assert delivery.attempts == 1
    assert str(delivery.event_id) == payload["id"]
    assert delivery.response_excerpt == '{"revalidated": true}'


def test_inactive_and_unsubscribed_endpoints_receive_nothing(
    draft, endpoint, receiver, django_capture_on_commit_callbacks
):
    WebhookEndpointFactory(url=receiver.url, is_active=False)
    WebhookEndpointFactory(url=receiver.url, event_types=[WebhookEvent.EXPERT_CHANGED])

    publish(draft, django_capture_on_commit_callbacks)

    assert len(receiver.received) == 1
    assert list(WebhookDelivery.objects.values_list("endpoint", flat=True)) == [endpoint.pk]


def test_frontend_url_is_used_for_page_urls(
    draft, endpoint, receiver, settings, django_capture_on_commit_callbacks
):
    settings.FRONTEND_URL = "https://www.example.org"
    publish(draft, django_capture_on_commit_callbacks)
    assert receiver.received[0].json["data"]["page"]["url"] == (
        "https://www.example.org/blog/grounding/"
    )


def test_a_restricted_page_is_named_but_its_title_is_not_sent(
    draft, endpoint, receiver, django_capture_on_commit_callbacks
):
    PageViewRestriction.objects.create(
        page=draft, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    publish(draft, django_capture_on_commit_callbacks)

    page = receiver.received[0].json["data"]["page"]
    assert page["title"] is None
    assert page["visible"] is False
    assert page["path"] == "/blog/grounding/"
    assert "Grounding" not in receiver.received[0].body.decode()


def test_unpublishing_sends_page_unpublished_without_the_title(
    draft, endpoint, receiver, django_capture_on_commit_callbacks
):
    publish(draft, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        draft.unpublish()

    assert receiver.types() == ["page.published", "page.unpublished"]
    page = receiver.received[1].json["data"]["page"]
    assert (page["id"], page["path"], page["title"], page["visible"]) == (
        draft.pk,
        "/blog/grounding/",
        None,
        False,
    )


def test_moving_a_section_sends_its_old_and_new_paths(
    site_tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma")
    anxiety = CategoryPageFactory(parent=site_tree.topics, slug="anxiety")

    with django_capture_on_commit_callbacks(execute=True):
        anxiety.move(trauma, pos="last-child")

    assert receiver.types() == ["page.moved"]
    data = receiver.received[0].json["data"]
    assert data["page"]["path"] == "/topics/trauma/anxiety/"
    assert data["old_path"] == "/topics/anxiety/"
    assert data["old_url"] == "http://testserver/topics/anxiety/"
    assert data["paths"] == [
        "/topics/trauma/anxiety/",
        "/topics/trauma/",
        "/topics/",
        "/",
        "/feeds/articles/rss/",
        "/feeds/articles/atom/",
        "/feeds/categories/anxiety/rss/",
        "/feeds/categories/anxiety/atom/",
        "/feeds/categories/trauma/rss/",
        "/feeds/categories/trauma/atom/",
        "/topics/anxiety/",
    ]


def test_reordering_among_siblings_is_not_a_move(
    site_tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    first = CategoryPageFactory(parent=site_tree.topics)
    CategoryPageFactory(parent=site_tree.topics)
    with django_capture_on_commit_callbacks(execute=True):
        first.move(site_tree.topics, pos="last-child")
    assert receiver.received == []


def test_a_new_slug_is_sent_as_a_move(
    draft, endpoint, receiver, django_capture_on_commit_callbacks
):
    publish(draft, django_capture_on_commit_callbacks)
    draft.slug = "grounding-skills"
    publish(draft, django_capture_on_commit_callbacks)

    assert sorted(receiver.types()) == ["page.moved", "page.published", "page.published"]
    moved = next(e.json for e in receiver.received if e.type == "page.moved")
    assert moved["data"]["old_path"] == "/blog/grounding/"
    assert moved["data"]["page"]["path"] == "/blog/grounding-skills/"


def test_deleting_sends_the_path_it_had(
    draft, endpoint, receiver, django_capture_on_commit_callbacks
):
    publish(draft, django_capture_on_commit_callbacks)
    page_id = draft.pk
    with django_capture_on_commit_callbacks(execute=True):
        draft.delete()

    assert receiver.types() == ["page.published", "page.deleted"]
    page = receiver.received[1].json["data"]["page"]
    assert (page["id"], page["path"], page["type"]) == (
        page_id,
        "/blog/grounding/",
        "blog.ArticlePage",
    )
    assert (page["visible"], page["title"]) == (False, None)  # it is gone


def test_deleting_a_draft_sends_nothing(
    draft, endpoint, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        draft.delete()
    assert receiver.received == []


def test_a_rolled_back_publish_sends_nothing(
    draft, endpoint, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                draft.save_revision().publish()
                raise RuntimeError("the editor's request failed after publishing")
        except RuntimeError:
            pass

    assert callbacks == []
    assert receiver.received == []
    assert not WebhookDelivery.objects.exists()


def test_publishing_without_endpoints_records_nothing(
    draft, receiver, django_capture_on_commit_callbacks
):
    publish(draft, django_capture_on_commit_callbacks)
    assert receiver.received == []
    assert not WebhookDelivery.objects.exists()
