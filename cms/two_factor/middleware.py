"""Holds a signed-in user at the second step until their authenticator code is in.

Built on django-otp's middleware (which adds `request.user.is_verified()`). For a user with an
authenticator app whose session has not given a code yet:

- admin pages redirect to the code page (sign-in, sign-out and the code page itself excepted);
- elsewhere the request is served as anonymous, so a password alone opens no private page.

With `ADMIN_2FA_REQUIRED`, an admin user without an app is sent to enrol one first.
"""

from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from django_otp.middleware import OTPMiddleware

from cms.two_factor.devices import has_authenticator

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
SESSIONLESS_PREFIXES = ("/api/",)  # the content API never looks at sessions


class AdminTwoFactorMiddleware(OTPMiddleware):
    sync_capable = True
    async_capable = False

    def __call__(self, request):
        self._install_lazy_accessors(request)
        return self.hold_at_second_step(request) or self.get_response(request)

    @cached_property
    def always_open(self) -> frozenset[str]:
        names = [
            "wagtailadmin_login",
            "wagtailadmin_logout",
            "wagtailadmin_sprite",
            "wagtailadmin_javascript_catalog",
            "two_factor_verify",
        ]
        return frozenset(reverse(name) for name in names)

    @cached_property
    def open_to_enrol(self) -> frozenset[str]:
        return self.always_open | {reverse("two_factor_enrol")}

    def hold_at_second_step(self, request):
        in_admin = request.path_info.startswith(ADMIN_PREFIXES)
        if not in_admin and (
            request.path_info.startswith(SESSIONLESS_PREFIXES)
            or settings.SESSION_COOKIE_NAME not in request.COOKIES
        ):
            # Nobody is signed in here: reading the session would add `Vary: Cookie` and make
            # public responses (the API's above all) uncacheable.
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if in_admin and request.path_info in self.always_open:
            return None
        if has_authenticator(user):
            if not in_admin:
                request.user = AnonymousUser()
                return None
            return redirect_to_login(request.get_full_path(), reverse("two_factor_verify"))
        if (
            settings.ADMIN_2FA_REQUIRED
            and in_admin
            and request.path_info not in self.open_to_enrol
            and user.has_perm("wagtailadmin.access_admin")
        ):
            return redirect_to_login(request.get_full_path(), reverse("two_factor_enrol"))
        return None
