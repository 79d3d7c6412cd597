"""Sending events to endpoints: one WebhookDelivery per endpoint and event, attempted by a
background task, retried with growing pauses, and every outcome kept for the admin.

Nothing here may raise into publishing: each step that can fail (the database, the task queue,
the network, the receiver) is caught and logged, and the delivery row says what went wrong.
"""

import http.client
import json
import logging
import socket
import ssl
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from cms.webhooks.destinations import Destination, RefusedDestination, resolve_destination
from cms.webhooks.models import WebhookDelivery, WebhookEndpoint
from cms.webhooks.signing import signed_headers

logger = logging.getLogger(__name__)

EXCERPT_CHARS = 500


@dataclass
class Outcome:
    status_code: int | None = None
    excerpt: str = ""
    error: str = ""
    duration_ms: int = 0

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to an address the destination check passed, never to whatever the host name
    resolves to now; the Host header still names the host."""

    def __init__(self, destination: Destination, address, timeout: float):
        super().__init__(destination.host, destination.port, timeout=timeout)
        self.address = address

    def connect(self):
        self.sock = _connect(self.address, self.port, self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """The same over TLS: SNI and the certificate check name the host, as a browser would."""

    def __init__(self, destination: Destination, address, timeout: float):
        super().__init__(destination.host, destination.port, timeout=timeout, context=_tls())
        self.address = address

    def connect(self):
        sock = _connect(self.address, self.port, self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _tls() -> ssl.SSLContext:
    context = ssl.create_default_context()  # verifies the certificate and the host name
    context.set_alpn_protocols(["http/1.1"])
    return context


def _connect(address, port: int, timeout: float | None) -> socket.socket:
    return socket.create_connection((str(address), port), timeout=timeout)


def _send(destination: Destination, body: bytes, headers: dict[str, str]):
    """POST to the first checked address that accepts the connection. A redirect is answered
    as a failure like any non-2xx: following it would send a signed event to an address
    nobody configured (http.client never follows one)."""
    kind = _PinnedHTTPSConnection if destination.scheme == "https" else _PinnedHTTPConnection
    for index, address in enumerate(destination.addresses):
        connection = kind(destination, address, settings.WEBHOOK_TIMEOUT)
        try:
            connection.connect()
        except OSError:
            connection.close()
            if index == len(destination.addresses) - 1:
                raise
            continue
        try:
            connection.request("POST", destination.target, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, response.reason, response.read(EXCERPT_CHARS * 4)
        finally:
            connection.close()
    raise OSError("No address to connect to.")  # resolve_destination never returns none


def post(url: str, body: bytes, headers: dict[str, str]) -> Outcome:
    started = time.monotonic()
    outcome = Outcome()
    try:
        status, reason, content = _send(resolve_destination(url), body, headers)
        outcome.status_code = status
        outcome.excerpt = content.decode("utf-8", "replace")
        if not outcome.ok:
            outcome.error = f"HTTP {status} {reason}"
    except RefusedDestination as error:
        outcome.error = f"Not sent: {error}"
    except Exception as error:  # refused, unreachable, timed out, bad URL, TLS...
        outcome.error = f"{type(error).__name__}: {error}"
    outcome.duration_ms = round((time.monotonic() - started) * 1000)
    outcome.excerpt = outcome.excerpt[:EXCERPT_CHARS]
    return outcome


def event_body(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def retry_delay(attempts: int) -> timedelta:
    """The pause after the given number of failed attempts (1 = the first)."""
    delays = settings.WEBHOOK_RETRY_DELAYS
    return timedelta(seconds=delays[min(attempts, len(delays)) - 1])


def enqueue(delivery: WebhookDelivery, run_after=None) -> bool:
    """Hand the delivery to the webhooks task backend; False (and logged) if that failed."""
    from cms.webhooks.tasks import deliver_webhook

    try:
        task = deliver_webhook
        if run_after is not None:
            if not task.get_backend().supports_defer:
                logger.warning(
                    "Webhook delivery %s waits for a retry, but the %r task backend cannot "
                    "schedule one: use the database backend and run its worker.",
                    delivery.pk,
                    task.backend,
                )
                return False
            task = task.using(run_after=run_after)
        task.enqueue(delivery.pk)
    except Exception:
        logger.exception("Could not queue webhook delivery %s", delivery.pk)
        return False
    return True


def dispatch(event: dict) -> list[WebhookDelivery]:
    """Record and queue the event for every active endpoint subscribed to its type. Runs once
    the change is committed, so a rolled-back change sends nothing."""
    deliveries: list[WebhookDelivery] = []
    try:
        endpoints = [
            endpoint
            for endpoint in WebhookEndpoint.objects.filter(is_active=True)
            if endpoint.subscribes_to(event["type"])
        ]
    except Exception:
        logger.exception("Could not look up webhook endpoints for %s", event.get("type"))
        return deliveries
    for endpoint in endpoints:
        deliveries.extend(_record_and_queue(endpoint, event))
    return deliveries


def _record_and_queue(endpoint: WebhookEndpoint, event: dict) -> list[WebhookDelivery]:
    try:
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint, event_type=event["type"], event_id=event["id"], payload=event
        )
    except Exception:
        logger.exception("Could not record a %s webhook for %s", event.get("type"), endpoint)
        return []
    enqueue(delivery)
    return [delivery]


def attempt(delivery_id: int) -> str:
    """Send one delivery once and record the outcome; schedule the next attempt if it failed
    and attempts remain. Returns the delivery's status."""
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None:
        return "missing"
    if delivery.is_finished:
        return delivery.status
    endpoint = delivery.endpoint
    now = timezone.now()
    if not endpoint.is_active:
        outcome = Outcome(error="The endpoint was deactivated before this delivery was sent.")
    else:
        body = event_body(delivery.payload)
        headers = signed_headers(
            endpoint.secret,
            body,
            event_type=delivery.event_type,
            event_id=str(delivery.event_id),
        )
        outcome = post(endpoint.url, body, headers)

    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.last_response_code = outcome.status_code
    delivery.response_excerpt = outcome.excerpt
    delivery.error = outcome.error
    delivery.duration_ms = outcome.duration_ms if endpoint.is_active else None
    delivery.next_attempt_at = None
    if outcome.ok:
        delivery.status = WebhookDelivery.Status.SUCCEEDED
        delivery.delivered_at = timezone.now()
    elif not endpoint.is_active or delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.FAILED
    else:
        delivery.status = WebhookDelivery.Status.RETRYING
        delivery.next_attempt_at = timezone.now() + retry_delay(delivery.attempts)
    delivery.save()
    if delivery.status == WebhookDelivery.Status.RETRYING:
        enqueue(delivery, run_after=delivery.next_attempt_at)
    return delivery.status


def resend(delivery: WebhookDelivery) -> bool:
    """An administrator's retry: the same event (same id), attempted again from now, with a
    fresh allowance of attempts."""
    delivery.status = WebhookDelivery.Status.PENDING
    delivery.attempts = 0
    delivery.next_attempt_at = None
    delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
    return enqueue(delivery)


def send_test_event(endpoint: WebhookEndpoint) -> WebhookDelivery | None:
    """A `webhook.test` event to this endpoint alone, to check its URL and secret."""
    from cms.webhooks.events import ping_event

    deliveries = _record_and_queue(endpoint, ping_event(endpoint))
    return deliveries[0] if deliveries else None
