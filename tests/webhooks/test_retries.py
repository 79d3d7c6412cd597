"""A failing endpoint never breaks publishing; its deliveries are retried later with growing
pauses by the background worker, and the admin can see every response code."""

import signal
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from blog.factories import ArticlePageFactory
from cms.webhooks.models import WebhookDelivery

from .conftest import WebhookEndpointFactory

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


@pytest.fixture
def draft(site_tree):
    return ArticlePageFactory(parent=site_tree.blog, slug="window-of-tolerance", live=False)


@pytest.fixture
def database_queue(settings):
    """Deliveries go through the database queue, as in production.

    The worker closes the database connection between tasks, as a long-running process must, so
    these tests commit for real (`transaction=True`) instead of running inside one transaction
    that the worker would end. Each commit then runs its on-commit callbacks as in production.
    """
    settings.TASKS = DATABASE_QUEUE


queue_test = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_worker():
    """What `manage.py db_worker --backend webhooks` does, until no task is due."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        call_command(
            "db_worker",
            "--backend=webhooks",
            "--batch",
            "--no-reload",
            "--no-startup-delay",
            verbosity=0,
        )
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()


def publish_committed(page):
    page.save_revision().publish()
    page.refresh_from_db()


def test_a_failing_endpoint_does_not_break_publishing(
    draft, endpoint, receiver, django_capture_on_commit_callbacks
):
    receiver.statuses = [500]
    publish(draft, django_capture_on_commit_callbacks)

    assert draft.live
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.RETRYING
    assert delivery.last_response_code == 500
    assert delivery.response_excerpt == "receiver unavailable"
    assert delivery.attempts == 1
    assert delivery.next_attempt_at == pytest.approx(
        delivery.last_attempt_at + timedelta(seconds=30), abs=timedelta(seconds=5)
    )


def test_a_closed_port_does_not_break_publishing(
    draft, closed_port_url, django_capture_on_commit_callbacks
):
    WebhookEndpointFactory(url=closed_port_url)
    publish(draft, django_capture_on_commit_callbacks)

    assert draft.live
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.RETRYING
    assert delivery.last_response_code is None
    assert "Connection refused" in delivery.error or "URLError" in delivery.error


def test_a_broken_endpoint_url_does_not_break_publishing(draft, django_capture_on_commit_callbacks):
    WebhookEndpointFactory(url="http://[::1")  # unparseable: the request cannot even be built
    publish(draft, django_capture_on_commit_callbacks)
    assert draft.live
    assert WebhookDelivery.objects.get().error


@queue_test
def test_publishing_returns_before_delivery_with_the_database_queue(
    draft, endpoint, receiver, database_queue
):
    publish_committed(draft)

    assert receiver.received == []
    assert WebhookDelivery.objects.get().status == WebhookDelivery.Status.PENDING
    run_worker()
    assert receiver.types() == ["page.published"]
    assert receiver.received[0].signature_ok
    assert WebhookDelivery.objects.get().status == WebhookDelivery.Status.SUCCEEDED


@queue_test
def test_retries_back_off_then_succeed_when_the_receiver_recovers(
    draft, endpoint, receiver, database_queue
):
    receiver.statuses = [500, 503]
    publish_committed(draft)

    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_response_code) == (
        WebhookDelivery.Status.RETRYING,
        1,
        500,
    )
    retry = DBTaskResult.objects.ready().filter(backend_name="webhooks")
    assert not retry.exists()  # not due for another 30 seconds
    queued = DBTaskResult.objects.get(status="READY")
    assert queued.run_after == delivery.next_attempt_at
    assert delivery.next_attempt_at - delivery.last_attempt_at >= timedelta(seconds=29)

    queued.run_after = timezone.now()  # 30 seconds pass
    queued.save()
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_response_code) == (
        WebhookDelivery.Status.RETRYING,
        2,
        503,
    )
    assert delivery.next_attempt_at - delivery.last_attempt_at >= timedelta(seconds=119)

    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())  # 2 minutes
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_response_code) == (
        WebhookDelivery.Status.SUCCEEDED,
        3,
        200,
    )
    assert delivery.next_attempt_at is None
    assert len(receiver.received) == 3
    assert len({event.headers["X-Webhook-Id"] for event in receiver.received}) == 1
    assert all(event.signature_ok for event in receiver.received)


@queue_test
def test_a_delivery_fails_for_good_after_the_last_attempt(
    draft, endpoint, receiver, database_queue, settings
):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    settings.WEBHOOK_RETRY_DELAYS = [0]
    receiver.statuses = [500, 500, 500, 500]
    publish_committed(draft)

    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_response_code) == (
        WebhookDelivery.Status.FAILED,
        3,
        500,
    )
    assert delivery.next_attempt_at is None
    assert len(receiver.received) == 3


@queue_test
def test_a_deactivated_endpoint_gets_no_retry(draft, endpoint, receiver, database_queue):
    publish_committed(draft)
    endpoint.is_active = False
    endpoint.save()
    run_worker()

    assert receiver.received == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert "deactivated" in delivery.error
