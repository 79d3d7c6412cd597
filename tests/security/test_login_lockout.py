"""Guessing passwords at the admin sign-in locks the guesser out (django-axes): per username
from one address, and per address across usernames (a password spray)."""

from django.core.management import call_command

from axes.models import AccessAttempt

from tests.security.conftest import EDITOR_PASSWORD

LOGIN = "/admin/login/"


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(client, username, times, address="203.0.113.7"):
    for _ in range(times):
        response = sign_in(client, username, "not-the-password", address)
        assert response.status_code in {200, 429}


def test_the_right_password_signs_in(client, editor):
    response = sign_in(client, "casey", EDITOR_PASSWORD)

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_wrong_password_is_a_form_error_not_a_lockout(client, editor):
    response = sign_in(client, "casey", "not-the-password")

    assert response.status_code == 200
    assert response.context["form"].non_field_errors()


def test_five_failures_lock_the_username_even_with_the_right_password(client, editor):
    fail(client, "casey", 4)
    fifth = sign_in(client, "casey", "not-the-password")
    then_right = sign_in(client, "casey", EDITOR_PASSWORD)

    for response in (fifth, then_right):
        assert response.status_code == 429
        assert "Too many failed sign-in attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still signed out


def test_a_lockout_from_one_address_leaves_others_alone(client, editor):
    fail(client, "casey", 5, address="203.0.113.7")

    response = sign_in(client, "casey", EDITOR_PASSWORD, address="198.51.100.20")

    assert response.status_code == 302


def test_a_password_spray_locks_the_address(client, editor, settings):
    usernames = [f"guess-{n}" for n in range(settings.AXES_IP_FAILURE_LIMIT)]
    for username in usernames[:-1]:  # one try each: no username reaches its own limit
        fail(client, username, 1)
    last_guess = sign_in(client, usernames[-1], "not-the-password")

    response = sign_in(client, "casey", EDITOR_PASSWORD)

    assert last_guess.status_code == 429
    assert response.status_code == 429
    assert sign_in(client, "casey", EDITOR_PASSWORD, address="198.51.100.20").status_code == 302


def test_the_client_address_is_read_behind_trusted_proxies(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    forged_then_real = {"HTTP_X_FORWARDED_FOR": "10.9.9.9, 203.0.113.50"}
    for _ in range(5):
        client.post(
            LOGIN,
            {"username": "casey", "password": "wrong"},
            REMOTE_ADDR="127.0.0.1",
            **forged_then_real,
        )

    assert AccessAttempt.objects.get().ip_address == "203.0.113.50"


def test_axes_reset_unlocks(client, editor):
    fail(client, "casey", 5)
    assert sign_in(client, "casey", EDITOR_PASSWORD).status_code == 429

    call_command("axes_reset", verbosity=0)

    assert sign_in(client, "casey", EDITOR_PASSWORD).status_code == 302


def test_a_success_forgets_earlier_typos(client, editor):
    fail(client, "casey", 4)
    assert sign_in(client, "casey", EDITOR_PASSWORD).status_code == 302
    client.logout()

    fail(client, "casey", 4)

    assert sign_in(client, "casey", EDITOR_PASSWORD).status_code == 302
