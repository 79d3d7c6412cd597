"""Where webhooks may be sent: public http(s) addresses only, unless the operator says otherwise.

A webhook makes the CMS itself send requests to a URL an admin typed. Aimed at 127.0.0.1, the
private network or a cloud metadata address (169.254.169.254), it would let anyone with admin
access probe or poke services that trust the CMS's network position (server-side request
forgery). The address is checked when the endpoint is saved and again right before each
delivery. At delivery the host is resolved once, every address it resolves to is checked, and
the connection goes to one of those checked addresses (cms/webhooks/delivery.py): resolving
again to connect would let a name answer a public address to the check and 127.0.0.1 to the
connection (DNS rebinding).

IPv6 forms that carry an IPv4 address (IPv4-mapped and -compatible, NAT64's 64:ff9b::/96 and
6to4's 2002::/16) are judged by the IPv4 address inside them: a NAT64 gateway or 6to4 relay
turns 64:ff9b::7f00:1 into 127.0.0.1. The local-use NAT64 prefix 64:ff9b:1::/48 (RFC 8215) is
the operator's own translator and always refused.
Development and tests deliver to local receivers: WEBHOOK_ALLOW_PRIVATE_ADDRESSES allows it.
"""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

SCHEMES = {"http", "https"}
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


class RefusedDestination(ValueError):
    pass


@dataclass(frozen=True)
class Destination:
    """A checked URL: connect to one of `addresses` (never resolve `host` again), and name
    `host` in the Host header and for TLS (SNI and certificate verification)."""

    scheme: str
    host: str
    port: int
    target: str  # path and query string, as sent in the request line
    addresses: tuple[IPAddress, ...]


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for once translated, if it is such a form."""
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address in _NAT64 or (address in _IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address in _NAT64_LOCAL:
        return False
    inner = embedded_ipv4(address)  # the form's own range says nothing of where it leads
    return inner.is_global if inner is not None else address.is_global


def _addresses(host: str, port: int) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise RefusedDestination(f"The host {host!r} cannot be resolved.") from error
    # An address family's sockaddr starts with the address as text (for IPv6, with %zone).
    found = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not found:
        raise RefusedDestination(f"The host {host!r} cannot be resolved.")
    return list(dict.fromkeys(found))


def _refuse_unless_public(addresses) -> None:
    for address in addresses:
        if not is_public(address):
            raise RefusedDestination(
                f"Events cannot be sent to a private, loopback or reserved address ({address}). "
                "Set WEBHOOK_ALLOW_PRIVATE_ADDRESSES to allow it."
            )


def _parts(url: str):
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise RefusedDestination("Only http:// and https:// URLs with a host can receive events.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise RefusedDestination("The URL's port is not a number from 0 to 65535.") from error
    return parts, parts.hostname, port


def _refuse_localhost(host: str) -> None:
    if host == "localhost" or host.endswith(".localhost"):
        raise RefusedDestination("Events cannot be sent to this machine (localhost).")


def check_destination(url: str, *, resolve: bool = True) -> None:
    """Raise RefusedDestination unless `url` is an http(s) URL of public addresses only.

    With `resolve=False` a host name is not looked up (saving an endpoint must not depend on
    DNS being reachable from the admin); IP literals and "localhost" are still checked.
    """
    _, host, port = _parts(url)
    if settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return
    _refuse_localhost(host)
    is_literal = host.replace(".", "").isdigit() or ":" in host
    if not resolve and not is_literal:
        return
    _refuse_unless_public(_addresses(host, port))


def resolve_destination(url: str) -> Destination:
    """Resolve `url`'s host once and check every address: what a delivery connects to."""
    parts, host, port = _parts(url)
    if not settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        _refuse_localhost(host)
    addresses = _addresses(host, port)
    if not settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        _refuse_unless_public(addresses)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Destination(parts.scheme, host, port, target, tuple(addresses))
