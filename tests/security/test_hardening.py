"""Production settings pass Django's deployment checks, keep DEBUG off whatever the
environment says, and take every secret from the environment; passwords are validated."""

import json
import os
import secrets
import subprocess
import sys

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

SHOW = """
import json, re
import django
django.setup()
from django.conf import settings as s
secret = re.compile(r"SECRET|PASSWORD$|PASSWD|_KEY$|TOKEN|CREDENTIAL")
print(json.dumps({
    "debug": s.DEBUG,
    "secrets": sorted(
        name for name in dir(s)
        if name.isupper() and secret.search(name) and isinstance(getattr(s, name), str)
        and getattr(s, name)
    ),
    "two_factor_required": s.ADMIN_2FA_REQUIRED,
    "headers": [s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS,
                s.SECURE_CONTENT_TYPE_NOSNIFF, s.SECURE_REFERRER_POLICY],
}))
"""


def production_environment(**env) -> dict:
    kept = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DATABASE_", "DEMO_", "SECRET", "DEBUG", "ADMIN_2FA"))
    }
    return {
        **kept,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "example.org",
        # Production refuses to start without the certificates' signing key and https issuer.
        "CREDENTIAL_SIGNING_KEYS": "/run/secrets/credential.pem",
        "WAGTAILAPI_BASE_URL": "https://cms.example.org",
        **env,
    }


def run(args, **env):
    return subprocess.run(
        [sys.executable, *args],
        env=production_environment(**env),
        capture_output=True,
        text=True,
        check=False,
    )


def show_production(**env) -> dict:
    result = run(["-c", SHOW], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_is_clean():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_sends_hsts_nosniff_and_a_referrer_policy():
    hsts, subdomains, nosniff, referrer = show_production()["headers"]

    assert hsts >= 365 * 24 * 60 * 60
    assert subdomains is True
    assert nosniff is True
    assert referrer == "strict-origin-when-cross-origin"


@pytest.mark.parametrize("value", ["1", "true", "on"])
def test_debug_can_never_be_on_in_production(value):
    assert show_production(DEBUG=value)["debug"] is False


def test_production_needs_a_secret_key():
    result = run(["-c", SHOW], SECRET_KEY="")

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_no_secret_has_a_default_in_production():
    found = show_production()["secrets"]

    assert found == ["SECRET_KEY"]  # the one the environment gave, nothing built in


def test_two_factor_is_required_in_production_unless_turned_off():
    assert show_production()["two_factor_required"] is True
    assert show_production(ADMIN_2FA_REQUIRED="0")["two_factor_required"] is False


@pytest.mark.parametrize("weak", ["password", "12345678", "short", "casey123"])
def test_weak_passwords_are_refused(editor, weak):
    with pytest.raises(ValidationError):
        validate_password(weak, user=editor)


def test_the_admin_refuses_a_weak_password_for_a_new_user(admin_client, django_user_model):
    response = admin_client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "password",
            "password2": "password",
        },
    )

    assert response.status_code == 200
    assert "too common" in " ".join(response.context["form"].errors["password2"])
    assert not django_user_model.objects.filter(username="newcomer").exists()
