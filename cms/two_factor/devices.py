"""The authenticator apps (django-otp TOTP devices) of a user, and checking their codes."""

from base64 import b32encode

import segno
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_NAME = "Authenticator app"


def confirmed_devices(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True)


def has_authenticator(user) -> bool:
    return confirmed_devices(user).exists()


def pending_device(user) -> TOTPDevice:
    """The device being enrolled: kept unconfirmed until its first code proves the app has it,
    and reused so that reloading the page does not invalidate a QR code already scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_NAME, confirmed=False)


def manual_key(device: TOTPDevice) -> str:
    """The secret as authenticator apps accept it typed in: base32 in groups of four."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    return segno.make(device.config_url, error="m").svg_inline(scale=4, border=2)


def check_code(devices, code: str):
    """(device, None) when one of the devices accepts the code, else (None, why not).

    django-otp throttles each device after a wrong code (growing waits) and refuses a code
    already used, so a stolen or guessed code cannot be replayed or brute-forced.
    """
    throttled = False
    for device in devices:
        allowed, _ = device.verify_is_allowed()
        if not allowed:
            throttled = True
            continue
        if device.verify_token(code):
            return device, None
    if throttled:
        return None, "Too many wrong codes: wait a few seconds, then enter the current code."
    return None, "That code is not right or has expired: enter the current code from your app."


def confirm(request, device: TOTPDevice) -> None:
    """Mark the enrolled device confirmed and count this session as verified with it."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    otp_login(request, device)
