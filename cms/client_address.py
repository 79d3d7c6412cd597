"""The client's address, as the deployment's proxies define it.

Every per-client limit (sign-in lockout, comment bursts) must count the same address, or a
proxy makes every reader look like one client while a forged header makes one client look like
many. `TRUSTED_PROXY_COUNT` says how many proxies in front of the app append to
`X-Forwarded-For`; addresses further left than the outermost trusted one are the client's to
forge, so they are never read.
"""

from django.conf import settings


def client_ip(request) -> str:
    """REMOTE_ADDR, or behind `TRUSTED_PROXY_COUNT` proxies the address the outermost trusted
    proxy saw."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    return forwarded[-proxies] if len(forwarded) >= proxies else remote
