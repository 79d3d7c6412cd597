"""A webhook endpoint that accepts the connection and never answers cannot hold up publishing:
publishing only queues the delivery, and the worker gives up on the endpoint after
WEBHOOK_TIMEOUT and schedules a retry."""

import socket
import threading

import pytest

from blog.factories import ArticlePageFactory
from cms.webhooks.models import WebhookDelivery
from tests.webhooks.conftest import WebhookEndpointFactory
from tests.webhooks.test_retries import DATABASE_QUEUE, publish_committed, run_worker


class HangingEndpoint:
    """Accepts connections, reads nothing, answers nothing, until the test ends."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/revalidate"
        self.held = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.held.append(connection)

    def close(self):
        self.listener.close()
        for connection in self.held:
            connection.close()


@pytest.fixture
def hanging_endpoint(db):
    hanging = HangingEndpoint()
    WebhookEndpointFactory(url=hanging.url, event_types=["page.published"])
    yield hanging
    hanging.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_hanging_endpoint_never_holds_up_publishing(site_tree, hanging_endpoint, settings):
    settings.TASKS = DATABASE_QUEUE
    settings.WEBHOOK_TIMEOUT = 1
    drafts = [
        ArticlePageFactory(parent=site_tree.blog, slug=f"draft-{n}", live=False) for n in range(3)
    ]

    for draft in drafts:
        publish_committed(draft)
    # Publishing only queued the deliveries: nothing has even connected to the endpoint.
    assert hanging_endpoint.held == []
    assert all(draft.live for draft in drafts)
    assert WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING).count() == 3

    run_worker()  # each attempt waits WEBHOOK_TIMEOUT at most, then is rescheduled
    assert len(hanging_endpoint.held) == 3
    deliveries = WebhookDelivery.objects.all()
    assert {delivery.status for delivery in deliveries} == {WebhookDelivery.Status.RETRYING}
    assert all("timed out" in delivery.error.lower() for delivery in deliveries)
    assert all(delivery.next_attempt_at for delivery in deliveries)
