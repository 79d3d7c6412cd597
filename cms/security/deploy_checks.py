"""`manage.py check --deploy` warnings for settings that are each valid but wrong together.

`TRUSTED_PROXY_COUNT` says how many proxies append to X-Forwarded-For (and, in production, that
X-Forwarded-Proto may be believed). It is right only if every request passes through those
proxies: an app that is also reachable directly lets anyone write both headers, forging their
address past the sign-in lockout, the comment bursts and API throttling. No setting can prove
that the app is unreachable, but one is a tell: ALLOWED_HOSTS naming an IP address or "*"
accepts requests that did not come through a proxy serving the site's name.
"""

import ipaddress

from django.conf import settings
from django.core.checks import Tags, Warning, register

_PER_PROCESS = ("locmem.LocMemCache", "dummy.DummyCache", "filebased.FileBasedCache")


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@register(Tags.security, deploy=True)
def check_trusted_proxies(app_configs=None, **kwargs) -> list:
    if settings.TRUSTED_PROXY_COUNT <= 0:
        return []
    direct = [host for host in settings.ALLOWED_HOSTS if host == "*" or _is_address(host)]
    if not direct:
        return []
    return [
        Warning(
            f"TRUSTED_PROXY_COUNT is {settings.TRUSTED_PROXY_COUNT}, but ALLOWED_HOSTS accepts "
            f"{', '.join(direct)}: requests that reach the app directly, without the proxies, "
            "can forge X-Forwarded-For (every per-client limit) and X-Forwarded-Proto.",
            hint="Name only the site's host names in ALLOWED_HOSTS, and make sure the app "
            "cannot be reached except through the proxies (docs/security.md).",
            id="cms_security.W001",
        )
    ]


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs) -> list:
    backend = str(settings.CACHES["default"]["BACKEND"])
    if not backend.endswith(_PER_PROCESS):
        return []
    return [
        Warning(
            f"The default cache ({backend}) is not shared between processes: with more than "
            "one worker, a publish or unpublish reaches only the worker that saw it and the "
            "others serve the old API answer.",
            hint="Set REDIS_URL, or use cms.settings.production (the database cache).",
            id="cms_security.W002",
        )
    ]
