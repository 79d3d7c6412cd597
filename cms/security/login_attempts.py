"""Who is signing in, and when they have failed too often (django-axes, docs/security.md).

Axes counts failures per address and username (`AXES_LOCKOUT_PARAMETERS`), so one editor's
typos never lock their colleagues out. A password spray tries a few passwords on many
usernames from one address and never trips that count, so the handler also locks an address
once its failures across all usernames reach `AXES_IP_FAILURE_LIMIT`.
"""

from django.conf import settings
from django.db.models import Sum

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt


def address_failures(ip_address: str, request) -> int:
    attempts = AccessAttempt.objects.filter(ip_address=ip_address)
    if settings.AXES_COOLOFF_TIME:
        attempts = attempts.filter(attempt_time__gt=get_cool_off_threshold(request))
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class LoginAttemptHandler(AxesDatabaseHandler):
    def address_locked(self, request) -> bool:
        ip_address = getattr(request, "axes_ip_address", None)
        if not ip_address:
            return False
        return address_failures(ip_address, request) >= settings.AXES_IP_FAILURE_LIMIT

    def is_locked(self, request, credentials=None) -> bool:
        return super().is_locked(request, credentials) or self.address_locked(request)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        """As axes does for a username, the failure that reaches the limit is answered with
        the lockout already."""
        super().user_login_failed(sender, credentials, request, **kwargs)
        already = request is None or getattr(request, "axes_locked_out", False)
        if not already and self.address_locked(request):
            request.axes_locked_out = True
            request.axes_credentials = credentials
