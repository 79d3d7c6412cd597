"""Any admin user can turn on two-factor authentication; from then on signing in takes the
password and then the current code from their authenticator app."""

from django.core.management import call_command
from django.urls import reverse

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.security.conftest import code_for, enrolled_device, sign_in_with_password

VERIFY = "/admin/two-factor/verify/"
ENROL = "/admin/two-factor/enrol/"


@pytest.fixture(autouse=True)
def _no_wait_after_a_wrong_code(settings):
    """django-otp makes a device wait after a wrong code; one test below checks that wait."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def test_the_account_page_offers_two_factor_authentication(editor_client):
    account = editor_client.get(reverse("wagtailadmin_account"))
    manage = editor_client.get("/admin/two-factor/")

    assert "/admin/two-factor/" in account.content.decode()
    assert manage.status_code == 200
    assert "Two-factor authentication is <strong>off</strong>" in manage.content.decode()


def test_an_editor_enrols_an_authenticator_app(editor_client, editor):
    page = editor_client.get(ENROL)
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    wrong = editor_client.post(ENROL, {"code": "000000"})
    right = editor_client.post(ENROL, {"code": code_for(device)})

    assert page.status_code == 200
    assert "<svg" in page.content.decode()  # the QR code
    assert wrong.status_code == 200
    assert "not right or has expired" in wrong.content.decode()
    assert right.status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed is True
    assert editor_client.get("/admin/").status_code == 200  # this session counts as verified


def test_signing_in_then_asks_for_the_code(client, editor):
    device = enrolled_device(editor)

    assert sign_in_with_password(client).status_code == 302
    held = client.get("/admin/pages/")
    wrong = client.post(VERIFY, {"code": "123456", "next": "/admin/pages/"})
    right = client.post(VERIFY, {"code": code_for(device), "next": "/admin/pages/"})

    assert held.status_code == 302
    assert held["Location"].startswith(VERIFY)
    assert wrong.status_code == 200
    assert "not right or has expired" in wrong.content.decode()
    assert right.status_code == 302
    assert right["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_the_whole_flow_enrol_sign_out_sign_in(client, editor):
    sign_in_with_password(client)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=editor)
    client.post(ENROL, {"code": code_for(device)})
    client.post(reverse("wagtailadmin_logout"))

    sign_in_with_password(client)
    assert client.get("/admin/").status_code == 302
    client.post(VERIFY, {"code": code_for(device)})  # the code just used: refused
    assert client.get("/admin/").status_code == 302
    client.post(VERIFY, {"code": code_for(device, steps_ahead=1)})

    assert client.get("/admin/").status_code == 200


def test_a_password_alone_is_anonymous_on_the_reader_site(client, editor, site_tree):
    device = enrolled_device(editor)
    sign_in_with_password(client)

    before = client.get(site_tree.home.url).content.decode()
    client.post(VERIFY, {"code": code_for(device)})
    after = client.get(site_tree.home.url).content.decode()

    assert "wagtail-userbar" not in before  # the editor's bar shows only once verified
    assert "wagtail-userbar" in after


def test_codes_cannot_be_guessed_quickly(client, editor, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 10
    device = enrolled_device(editor)
    sign_in_with_password(client)

    client.post(VERIFY, {"code": "000000"})
    right_too_soon = client.post(VERIFY, {"code": code_for(device)})

    assert "Too many wrong codes" in right_too_soon.content.decode()
    assert client.get("/admin/").status_code == 302


def test_turning_it_off_takes_a_current_code(editor_client, editor):
    device = enrolled_device(editor)
    editor_client.post(VERIFY, {"code": code_for(device)})

    editor_client.post("/admin/two-factor/remove/", {"code": "000000"})
    assert TOTPDevice.objects.filter(user=editor).exists()
    editor_client.post("/admin/two-factor/remove/", {"code": code_for(device, steps_ahead=1)})

    assert not TOTPDevice.objects.filter(user=editor).exists()


def test_an_administrator_resets_a_lost_phone(client, editor):
    enrolled_device(editor)

    call_command("two_factor_reset", "casey", stdout=None)
    sign_in_with_password(client)

    assert client.get("/admin/").status_code == 200


def test_next_never_leaves_the_site(client, editor):
    device = enrolled_device(editor)
    sign_in_with_password(client)

    response = client.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/"})

    assert response["Location"] == "/admin/"


def test_public_api_responses_stay_cacheable(client, site_tree):
    """The middleware must not read the session of API requests: `Vary: Cookie` would keep
    the response cache and CDNs from storing them."""
    response = client.get("/api/v2/articles/")

    assert response.status_code == 200
    assert "cookie" not in response.get("Vary", "").lower()
