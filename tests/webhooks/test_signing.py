"""Receivers can tell a genuine, fresh event from a forged, altered or replayed one."""

import hashlib
import hmac
import time

from cms.webhooks.signing import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    compute_signature,
    signed_headers,
    verify_signature,
)

SECRET = "s3cret-shared-with-the-frontend"
BODY = b'{"id":"1","type":"page.published","data":{}}'


def test_signature_is_hmac_sha256_of_timestamp_dot_body():
    expected = hmac.new(SECRET.encode(), b"1700000000." + BODY, hashlib.sha256).hexdigest()
    assert compute_signature(SECRET, 1700000000, BODY) == f"sha256={expected}"


def test_signed_headers_verify():
    headers = signed_headers(SECRET, BODY, event_type="page.published", event_id="abc")
    assert headers["X-Webhook-Event"] == "page.published"
    assert headers["X-Webhook-Id"] == "abc"
    assert verify_signature(SECRET, BODY, headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER])
    assert verify_signature(
        SECRET, BODY.decode(), headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER]
    )


def test_tampered_body_is_rejected():
    headers = signed_headers(SECRET, BODY, event_type="page.published", event_id="abc")
    tampered = BODY.replace(b"published", b"deleted")
    assert not verify_signature(
        SECRET, tampered, headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER]
    )


def test_wrong_secret_is_rejected():
    headers = signed_headers(SECRET, BODY, event_type="page.published", event_id="abc")
    assert not verify_signature(
        "another-secret", BODY, headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER]
    )


def test_stale_and_future_timestamps_are_rejected():
    now = time.time()
    for sent_at in (int(now) - 301, int(now) + 301):
        signature = compute_signature(SECRET, sent_at, BODY)
        assert not verify_signature(SECRET, BODY, str(sent_at), signature, now=now)
    signature = compute_signature(SECRET, int(now) - 299, BODY)
    assert verify_signature(SECRET, BODY, str(int(now) - 299), signature, now=now)


def test_a_replayed_signature_with_a_fresh_timestamp_is_rejected():
    old = int(time.time()) - 3600
    signature = compute_signature(SECRET, old, BODY)
    assert not verify_signature(SECRET, BODY, str(int(time.time())), signature)


def test_missing_or_malformed_headers_are_rejected():
    now = str(int(time.time()))
    signature = compute_signature(SECRET, now, BODY)
    assert not verify_signature(SECRET, BODY, None, signature)
    assert not verify_signature(SECRET, BODY, now, None)
    assert not verify_signature(SECRET, BODY, "yesterday", signature)
    assert not verify_signature(SECRET, BODY, now, signature.removeprefix("sha256="))
    assert not verify_signature("", BODY, now, compute_signature("", now, BODY))
