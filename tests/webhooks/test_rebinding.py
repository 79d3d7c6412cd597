"""DNS rebinding: a name that answers a public address to the check and 127.0.0.1 to the
connection must not carry an event (or bring back an internal reply) from inside.

The host is resolved once; every address is checked and the connection goes to a checked one,
with the Host header (and for https, SNI and the certificate check) naming the host.
"""

import ipaddress
import socket
import ssl

import pytest

from cms.webhooks import delivery
from cms.webhooks.destinations import RefusedDestination, resolve_destination

PUBLIC = "93.184.215.14"


class RebindingResolver:
    """Answers the given addresses in turn, one per lookup (the last one thereafter)."""

    def __init__(self, *answers: str):
        self.answers = list(answers)
        self.lookups: list[str] = []

    def __call__(self, host, port, *args, **kwargs):
        self.lookups.append(host)
        address = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]


@pytest.fixture
def connections(monkeypatch):
    """Where the delivery connects: the public address is unreachable (no network in tests),
    anything else is connected for real, so a delivery to loopback would arrive."""
    made: list[str] = []
    real = socket.create_connection

    def create_connection(address, *args, **kwargs):
        host = address[0]
        try:
            ipaddress.ip_address(host)
        except ValueError:  # a name: resolved (again) here, as the socket module would
            host = socket.getaddrinfo(host, address[1])[0][4][0]
        made.append(host)
        if host == PUBLIC:
            raise ConnectionRefusedError("the public address is out of reach in tests")
        return real((host, address[1]), *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    return made


def test_a_name_rebound_to_loopback_after_the_check_is_never_reached(
    settings, monkeypatch, receiver, connections
):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    port = receiver.url.split(":")[2].split("/")[0]
    resolver = RebindingResolver(PUBLIC, "127.0.0.1")
    monkeypatch.setattr(socket, "getaddrinfo", resolver)

    outcome = delivery.post(f"http://frontend.example.org:{port}/revalidate", b"{}", {})

    assert receiver.received == []
    assert connections == [PUBLIC]
    assert resolver.lookups == ["frontend.example.org"]  # resolved once
    assert outcome.status_code is None
    assert outcome.excerpt == ""  # no internal reply in the delivery log
    assert "ConnectionRefusedError" in outcome.error


def test_a_name_with_one_private_address_among_public_ones_is_refused(settings, monkeypatch):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False

    def resolver(host, port, *args, **kwargs):
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC, port)),
            (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("64:ff9b::7f00:1", port, 0, 0)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    with pytest.raises(RefusedDestination, match="64:ff9b::7f00:1"):
        resolve_destination("https://frontend.example.org/revalidate")


def test_the_pinned_connection_names_the_host(settings, monkeypatch, receiver):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True  # the receiver listens on loopback
    port = receiver.url.split(":")[2].split("/")[0]
    monkeypatch.setattr(socket, "getaddrinfo", RebindingResolver("127.0.0.1"))

    outcome = delivery.post(
        f"http://frontend.example.org:{port}/revalidate?site=1",
        b'{"type": "webhook.test"}',
        {"Content-Type": "application/json"},
    )

    assert outcome.status_code == 401  # the receiver's secret is not this test's: it answered
    assert receiver.received[0].headers["Host"] == f"frontend.example.org:{port}"
    assert receiver.received[0].body == b'{"type": "webhook.test"}'


def test_tls_is_verified_for_the_host_not_the_address(monkeypatch):
    """SNI and the certificate's name are the host's; the address only says where to connect."""
    context = delivery._tls()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    seen: dict = {}

    def wrap_socket(sock, server_hostname=None):
        seen["server_hostname"] = server_hostname
        sock.close()
        raise ssl.SSLError("stopped before the handshake")

    def connect(address, port, timeout):
        seen["address"] = str(address)
        return socket.socket()

    context.wrap_socket = wrap_socket
    monkeypatch.setattr(delivery, "_tls", lambda: context)
    monkeypatch.setattr(delivery, "_connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", RebindingResolver(PUBLIC))

    outcome = delivery.post("https://frontend.example.org/revalidate", b"{}", {})

    assert seen == {"address": PUBLIC, "server_hostname": "frontend.example.org"}
    assert "SSLError" in outcome.error
