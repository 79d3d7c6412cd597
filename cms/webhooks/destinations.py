"""Where webhooks may be sent: public http(s) addresses only, unless the operator says otherwise.

A webhook makes the CMS itself send requests to a URL an admin typed. Aimed at 127.0.0.1, the
private network or a cloud metadata address (169.254.169.254), it would let anyone with admin
access probe or poke services that trust the CMS's network position (server-side request
forgery). The address is checked when the endpoint is saved and again, after DNS resolution,
right before each delivery, so a name that later resolves somewhere private is refused too.
Development and tests deliver to local receivers: WEBHOOK_ALLOW_PRIVATE_ADDRESSES allows it.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings

SCHEMES = {"http", "https"}


class RefusedDestination(ValueError):
    pass


def _addresses(host: str, port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise RefusedDestination(f"The host {host!r} cannot be resolved.") from error
    # An address family's sockaddr starts with the address as text (for IPv6, with %zone).
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def check_destination(url: str, *, resolve: bool = True) -> None:
    """Raise RefusedDestination unless `url` is an http(s) URL of public addresses only.

    With `resolve=False` a host name is not looked up (saving an endpoint must not depend on
    DNS being reachable from the admin); IP literals and "localhost" are still checked.
    """
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES or not parts.hostname:
        raise RefusedDestination("Only http:// and https:// URLs with a host can receive events.")
    if settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES:
        return
    host = parts.hostname
    if host == "localhost" or host.endswith(".localhost"):
        raise RefusedDestination("Events cannot be sent to this machine (localhost).")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise RefusedDestination("The URL's port is not a number from 0 to 65535.") from error
    is_literal = host.replace(".", "").isdigit() or ":" in host
    if not resolve and not is_literal:
        return
    for address in _addresses(host, port):
        if not address.is_global:
            raise RefusedDestination(
                f"Events cannot be sent to a private, loopback or reserved address ({address}). "
                "Set WEBHOOK_ALLOW_PRIVATE_ADDRESSES to allow it."
            )
