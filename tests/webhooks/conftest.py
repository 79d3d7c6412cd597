"""A real webhook receiver on 127.0.0.1 (a random port, in a thread), and endpoints aimed at it.

The receiver checks every signature with the endpoint's secret, as a frontend would, and answers
401 to a bad one; tests can make it answer errors for a while to exercise retries.
"""

import json
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import factory
import pytest
from factory.django import DjangoModelFactory

from cms.webhooks.models import WebhookEndpoint, WebhookEvent
from cms.webhooks.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify_signature


@dataclass
class ReceivedEvent:
    headers: dict
    body: bytes
    signature_ok: bool

    @property
    def json(self) -> dict:
        return json.loads(self.body)

    @property
    def type(self) -> str:
        return self.json["type"]


@dataclass
class Receiver:
    url: str
    secret: str = ""
    statuses: list[int] = field(default_factory=list)  # answered in turn, then 200
    received: list[ReceivedEvent] = field(default_factory=list)

    def types(self) -> list[str]:
        return [event.type for event in self.received]


def _handler_for(receiver: Receiver):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            ok = verify_signature(
                receiver.secret,
                body,
                self.headers.get(TIMESTAMP_HEADER),
                self.headers.get(SIGNATURE_HEADER),
            )
            receiver.received.append(ReceivedEvent(dict(self.headers.items()), body, ok))
            status = receiver.statuses.pop(0) if receiver.statuses else 200
            if not ok:
                status = 401
            reply = b'{"revalidated": true}' if status < 300 else b"receiver unavailable"
            self.send_response(status)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *args):
            pass

    return Handler


@pytest.fixture
def receiver():
    server = ThreadingHTTPServer(("127.0.0.1", 0), None)
    state = Receiver(url=f"http://127.0.0.1:{server.server_address[1]}/revalidate")
    server.RequestHandlerClass = _handler_for(state)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port_url():
    """An address where nothing listens: the connection is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/revalidate"


class WebhookEndpointFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Frontend {n}")
    url = "http://127.0.0.1:9/unused"
    event_types = factory.LazyFunction(lambda: list(WebhookEvent.values))
    is_active = True

    class Meta:
        model = WebhookEndpoint


@pytest.fixture
def endpoint(db, receiver):
    """An active endpoint subscribed to every event, aimed at the receiver."""
    created = WebhookEndpointFactory(url=receiver.url)
    receiver.secret = created.secret
    return created
