"""The admin pages of two-factor authentication: enter a code, enrol an app, remove it."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from django_otp import login as otp_login

from cms.two_factor import devices


class CodeForm(forms.Form):
    """A 6-digit code checked against the given devices; `device` holds the one that matched."""

    code = forms.CharField(
        label="Code from your authenticator app",
        max_length=10,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, *args, devices_to_check=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.devices_to_check = devices_to_check
        self.device = None

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit():
            raise forms.ValidationError("Enter the digits your authenticator app shows.")
        self.device, problem = devices.check_code(self.devices_to_check, code)
        if self.device is None:
            raise forms.ValidationError(problem)
        return code


def next_url(request) -> str:
    """Where to go once done: a `next` on this site only (never an open redirect)."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else reverse("wagtailadmin_home")


def verify(request):
    """Second step of signing in: the password was right, now the app's current code."""
    user = request.user
    if user.is_verified():
        return redirect(next_url(request))
    own_devices = list(devices.confirmed_devices(user))
    if not own_devices:
        return redirect(next_url(request))
    form = CodeForm(request.POST or None, devices_to_check=own_devices)
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.device)
        return redirect(next_url(request))
    context = {"form": form, "next": next_url(request)}
    return TemplateResponse(request, "two_factor/verify.html", context)


def manage(request):
    context = {
        "devices": devices.confirmed_devices(request.user),
        "remove_form": CodeForm(),
        "required": settings.ADMIN_2FA_REQUIRED,
    }
    return TemplateResponse(request, "two_factor/manage.html", context)


def enrol(request):
    user = request.user
    if devices.has_authenticator(user):
        messages.info(request, "Two-factor authentication is already set up for your account.")
        return redirect("two_factor_manage")
    device = devices.pending_device(user)
    form = CodeForm(request.POST or None, devices_to_check=[device])
    if request.method == "POST" and form.is_valid():
        devices.confirm(request, device)
        messages.success(request, "Two-factor authentication is on for your account.")
        return redirect(next_url(request))
    context = {
        "form": form,
        "qr_code": devices.qr_code_svg(device),
        "manual_key": devices.manual_key(device),
        "required": settings.ADMIN_2FA_REQUIRED,
        "next": next_url(request),
    }
    return TemplateResponse(request, "two_factor/enrol.html", context)


@require_POST
def remove(request):
    """Turning the second factor off takes a current code: a stolen session cannot do it."""
    own_devices = list(devices.confirmed_devices(request.user))
    form = CodeForm(request.POST, devices_to_check=own_devices)
    if own_devices and form.is_valid():
        devices.confirmed_devices(request.user).delete()
        messages.success(request, "Two-factor authentication is off for your account.")
    else:
        for error in form.errors.get("code", []):
            messages.error(request, str(error))  # an ErrorList hands out its messages as text
    return redirect("two_factor_manage")
