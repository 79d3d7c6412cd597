"""Administrators manage endpoints and read the delivery log; the demo editor sees neither."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

import pytest

from cms.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent

from .conftest import WebhookEndpointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def editor_client(client, settings):
    call_command("ensure_demo_editor", stdout=open("/dev/null", "w"))  # noqa: SIM115
    client.force_login(get_user_model().objects.get(username=settings.DEMO_EDITOR_USERNAME))
    return client


@pytest.fixture
def delivery(db):
    return WebhookDelivery.objects.create(
        endpoint=WebhookEndpointFactory(name="Web site"),
        event_type="page.published",
        payload={"type": "page.published", "data": {}},
        status=WebhookDelivery.Status.RETRYING,
        attempts=2,
        last_response_code=502,
        error="HTTP 502 Bad Gateway",
    )


def test_superuser_sees_the_endpoints_and_the_delivery_log(admin_client, delivery):
    endpoints = admin_client.get(reverse("webhook_endpoints:index"))
    assert endpoints.status_code == 200
    assert "Web site" in endpoints.content.decode()
    test_event_url = reverse("webhook_test_event", args=[delivery.endpoint.pk])
    assert test_event_url in endpoints.content.decode()

    log = admin_client.get(reverse("webhook_deliveries:index"))
    assert log.status_code == 200
    page = log.content.decode()
    assert "page.published" in page
    assert "502" in page
    assert "Retrying" in page

    inspect = admin_client.get(reverse("webhook_deliveries:inspect", args=[delivery.pk]))
    assert inspect.status_code == 200
    assert "HTTP 502 Bad Gateway" in inspect.content.decode()


def test_the_delivery_log_filters_by_endpoint_and_status(admin_client, delivery):
    other = WebhookDelivery.objects.create(
        endpoint=WebhookEndpointFactory(name="Newsletter"),
        event_type="expert.changed",
        payload={},
        status=WebhookDelivery.Status.SUCCEEDED,
    )
    url = reverse("webhook_deliveries:index")
    by_endpoint = admin_client.get(url, {"endpoint": other.endpoint.pk}).content.decode()
    assert "expert.changed" in by_endpoint
    assert "page.published" not in by_endpoint
    by_status = admin_client.get(url, {"status": "retrying"}).content.decode()
    assert "page.published" in by_status
    assert "expert.changed" not in by_status


def test_deliveries_cannot_be_created_or_edited(admin_client, delivery):
    assert admin_client.get(reverse("webhook_deliveries:add")).status_code in (302, 403)
    assert admin_client.get(reverse("webhook_deliveries:edit", args=[delivery.pk])).status_code in (
        302,
        403,
    )


def test_creating_an_endpoint_generates_a_secret_and_keeps_the_chosen_events(admin_client):
    form = admin_client.get(reverse("webhook_endpoints:add")).content.decode()
    assert 'name="secret"' in form
    response = admin_client.post(
        reverse("webhook_endpoints:add"),
        {
            "name": "Web site",
            "url": "https://www.example.org/api/revalidate",
            "secret": "a-long-shared-secret",
            "event_types": [WebhookEvent.PAGE_PUBLISHED, WebhookEvent.PAGE_DELETED],
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.event_types == ["page.published", "page.deleted"]
    assert endpoint.secret == "a-long-shared-secret"
    edit = admin_client.get(reverse("webhook_endpoints:edit", args=[endpoint.pk]))
    assert "a-long-shared-secret" in edit.content.decode()


def test_a_new_endpoint_gets_a_strong_secret_by_default():
    first, second = WebhookEndpoint(name="a"), WebhookEndpoint(name="b")
    assert len(first.secret) >= 40
    assert first.secret != second.secret


def test_the_demo_editor_is_refused(editor_client, delivery):
    for url in (
        reverse("webhook_endpoints:index"),
        reverse("webhook_endpoints:add"),
        reverse("webhook_deliveries:index"),
        reverse("webhook_deliveries:inspect", args=[delivery.pk]),
        reverse("webhook_test_event", args=[delivery.endpoint.pk]),
        reverse("webhook_resend", args=[delivery.pk]),
    ):
        response = editor_client.get(url)
        assert response.status_code in (302, 403), url
        assert "HTTP 502" not in response.content.decode()
    menu = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Webhooks" not in menu


def test_send_a_test_event_from_the_admin(admin_client, endpoint, receiver):
    url = reverse("webhook_test_event", args=[endpoint.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url)
    assert response.status_code == 302
    assert receiver.types() == ["webhook.test"]
    assert receiver.received[0].signature_ok
    assert WebhookDelivery.objects.get().status == WebhookDelivery.Status.SUCCEEDED


def test_send_a_failed_delivery_again(admin_client, endpoint, receiver):
    failed = WebhookDelivery.objects.create(
        endpoint=endpoint,
        event_type="page.deleted",
        payload={"id": "x", "type": "page.deleted", "data": {}},
        status=WebhookDelivery.Status.FAILED,
        attempts=5,
        last_response_code=500,
    )
    index = admin_client.get(reverse("webhook_deliveries:index")).content.decode()
    assert reverse("webhook_resend", args=[failed.pk]) in index
    response = admin_client.post(reverse("webhook_resend", args=[failed.pk]))
    assert response.status_code == 302
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.last_response_code) == (
        WebhookDelivery.Status.SUCCEEDED,
        1,
        200,
    )
    assert receiver.received[0].headers["X-Webhook-Id"] == str(failed.event_id)
