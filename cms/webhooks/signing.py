"""Signing webhook events, and checking a signature on the receiving side.

The signature covers the timestamp as well as the body, so a captured request cannot be replayed
later with a fresh timestamp; the receiver refuses timestamps outside its replay window. This
module needs nothing from Django, so a Python receiver can copy it or import it.
"""

import hashlib
import hmac
import time

SIGNATURE_HEADER = "X-Webhook-Signature"
TIMESTAMP_HEADER = "X-Webhook-Timestamp"
EVENT_HEADER = "X-Webhook-Event"
ID_HEADER = "X-Webhook-Id"
SIGNATURE_PREFIX = "sha256="
DEFAULT_TOLERANCE = 5 * 60  # seconds a receiver accepts between signing and checking


def _as_bytes(value: str | bytes) -> bytes:
    return value.encode() if isinstance(value, str) else value


def compute_signature(secret: str, timestamp: int | str, body: str | bytes) -> str:
    """`sha256=` and the hex HMAC-SHA256, keyed with the secret, of `"{timestamp}.{body}"`."""
    message = _as_bytes(str(timestamp)) + b"." + _as_bytes(body)
    digest = hmac.new(_as_bytes(secret), message, hashlib.sha256).hexdigest()
    return SIGNATURE_PREFIX + digest


def signed_headers(
    secret: str, body: bytes, *, event_type: str, event_id: str, timestamp: int | None = None
) -> dict[str, str]:
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "Content-Type": "application/json",
        "User-Agent": "clinical-cms-webhooks/1",
        EVENT_HEADER: event_type,
        ID_HEADER: event_id,
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: compute_signature(secret, timestamp, body),
    }


def verify_signature(
    secret: str,
    body: str | bytes,
    timestamp: str | int | None,
    signature: str | None,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> bool:
    """Whether a received event is genuine and fresh.

    Pass the raw request body exactly as received (before any JSON parsing) and the values of
    the `X-Webhook-Timestamp` and `X-Webhook-Signature` headers. False when a header is missing
    or malformed, when the timestamp is more than `tolerance` seconds away from `now` (either
    way: clocks drift), or when the signature does not match. The comparison takes the same
    time whatever the signature, so it leaks nothing about the right one.
    """
    if not secret or not timestamp or not signature:
        return False
    try:
        sent_at = int(timestamp)
    except (TypeError, ValueError):
        return False
    current = time.time() if now is None else now
    if abs(current - sent_at) > tolerance:
        return False
    expected = compute_signature(secret, str(timestamp).strip(), body)
    return hmac.compare_digest(expected.encode(), str(signature).strip().encode())
