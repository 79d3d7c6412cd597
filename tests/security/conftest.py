"""An editor who may upload, the images that try to get past the upload checks, and real TOTP
codes as an authenticator app would show them."""

import io
import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image

from tests.browser.conftest import artifacts_dir, browser, open_tab, page  # noqa: F401

EDITOR_PASSWORD = "a-long-editor-passphrase-2026"


@pytest.fixture(autouse=True)
def _empty_media(settings):
    """A fresh in-memory media store, so "nothing was stored" means this test stored nothing."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }


@pytest.fixture
def editor(db):
    """A non-superuser in Wagtail's Editors group, as the demo editor is."""
    user = get_user_model().objects.create_user(
        "casey", "casey@example.org", EDITOR_PASSWORD, first_name="Casey"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def png_bytes(width: int, height: int, mode: str = "RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def animated_gif_bytes(width: int, height: int, frames: int) -> bytes:
    """An animation whose frames differ (Pillow merges identical ones): each frame is the
    whole canvas, so the pixels counted are width x height x frames."""
    buffer = io.BytesIO()
    images = [Image.new("P", (width, height), color=n % 200) for n in range(frames)]
    images[0].save(buffer, "GIF", save_all=True, append_images=images[1:], duration=40)
    return buffer.getvalue()


def stored_files(folder: str) -> list[str]:
    try:
        return default_storage.listdir(folder)[1]
    except FileNotFoundError:
        return []


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code for now, or for a later 30-second step: a code is accepted once only, so a
    second sign-in in the same test uses the next step's (within the allowed drift)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def enrolled_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)


def sign_in_with_password(client, username="casey", password=EDITOR_PASSWORD):
    return client.post("/admin/login/", {"username": username, "password": password})
