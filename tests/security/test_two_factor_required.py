"""With ADMIN_2FA_REQUIRED, an admin user without an authenticator app must enrol one before
any other admin page; without it (the default outside production) nobody is held."""

from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.security.conftest import code_for, sign_in_with_password

ENROL = "/admin/two-factor/enrol/"


def test_off_by_default_outside_production(settings, editor_client):
    assert settings.ADMIN_2FA_REQUIRED is False
    assert editor_client.get("/admin/").status_code == 200


def test_required_sends_an_unenrolled_user_to_enrol(settings, client, editor):
    settings.ADMIN_2FA_REQUIRED = True
    sign_in_with_password(client)

    for path in ["/admin/", "/admin/pages/", "/admin/images/", "/admin/two-factor/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith(ENROL), path
    enrol_page = client.get(ENROL)

    assert enrol_page.status_code == 200
    assert "requires two-factor authentication" in enrol_page.content.decode()


def test_once_enrolled_the_admin_opens(settings, client, editor):
    settings.ADMIN_2FA_REQUIRED = True
    sign_in_with_password(client)
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=editor)

    response = client.post(ENROL, {"code": code_for(device), "next": "/admin/pages/"})

    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_signing_out_stays_possible(settings, client, editor):
    settings.ADMIN_2FA_REQUIRED = True
    sign_in_with_password(client)

    client.post("/admin/logout/")

    assert "_auth_user_id" not in client.session
