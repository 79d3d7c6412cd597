"""The whole learner path as an app does it: allauth's app API for the account, a session
token on every /api/v2/me/ call, public verification at the end."""

import re

from django.core import mail

import pytest

from tests.credit.conftest import right_answers, wrong_answers

pytestmark = pytest.mark.django_db

AUTH = "/_allauth/app/v1/"
ME = "/api/v2/me/"
COURSE = ME + "courses/anxiety-basics/"


class App:
    """A client that speaks JSON and carries the session token allauth gave it."""

    def __init__(self, client):
        self.client = client
        self.token = ""

    def __call__(self, method, url, body=None, status=200):
        headers = {"HTTP_X_SESSION_TOKEN": self.token} if self.token else {}
        response = getattr(self.client, method)(
            url, body or {}, content_type="application/json", **headers
        )
        assert response.status_code == status, (url, response.status_code, response.content)
        token = response.json().get("meta", {}).get("session_token") if response.content else None
        if token:
            self.token = token
        return response.json() if response.content else None


def test_a_new_learner_earns_and_verifies_a_certificate_through_the_app_api(client, credit_course):
    app = App(client)
    app(
        "post",
        AUTH + "auth/signup",
        {"email": "ada@example.net", "username": "ada", "password": "a-long-phrase-2026"},
    )
    assert app.token
    assert app("get", ME)["email_verified"] is False
    key = re.search(r"/accounts/confirm-email/([^/\s]+)/", mail.outbox[-1].body).group(1)
    app("post", AUTH + "auth/email/verify", {"key": key})
    app(
        "patch",
        ME,
        {
            "legal_name": "Dr Ada Byron",
            "profession": "psychologist",
            "licence_number": "PSY 4471",
            "licence_jurisdiction": "Oregon",
        },
    )
    assert app("get", ME)["email_verified"] is True

    app("post", ME + "courses/", {"course": "anxiety-basics"}, status=201)
    for lesson in credit_course.lessons:
        app(
            "put",
            f"{ME}lessons/{lesson.pk}/progress/",
            {"position_seconds": 600, "completed": True},
        )
    assert app("get", ME + "courses/")["results"][0]["next_step"] == "pass_post_test"
    questions = app("get", COURSE + "post-test/")["questions"]
    assert len(questions) == 4
    failed = app(
        "post",
        COURSE + "post-test/attempts/",
        {"answers": wrong_answers(credit_course.questions)},
        status=201,
    )
    assert not failed["passed"]
    passed = app(
        "post",
        COURSE + "post-test/attempts/",
        {"answers": right_answers(credit_course.questions)},
        status=201,
    )
    assert passed["passed"]
    items = app("get", COURSE + "evaluation/")["items"]
    app(
        "post",
        COURSE + "evaluation/",
        {"answers": {str(items[0]["id"]): 4, str(items[1]["id"]): "Useful scripts."}},
        status=201,
    )
    certificate = app(
        "post",
        COURSE + "claims/",
        {"credit_type": "APA", "hours": "3.0", "attestation": True},
        status=201,
    )
    assert certificate["learner_name"] == "Dr Ada Byron"
    assert app("get", ME + "courses/")["results"][0]["next_step"] == "done"

    app("delete", AUTH + "auth/session", status=401)  # signed out: allauth answers 401
    app.token = ""
    app("get", ME, status=401)
    public = client.get(f"/api/v2/certificates/{certificate['code']}/").json()
    assert (public["valid"], public["learner_name"]) == (True, "Dr Ada Byron")
    assert "ada@example.net" not in str(public)


def test_a_learner_resets_a_forgotten_password_with_the_emailed_code(client, learner):
    app = App(client)
    app("post", AUTH + "auth/password/request", {"email": learner.email}, status=401)
    assert app.token  # the pending reset lives in this session
    code = re.search(r"^\s*([A-Z0-9-]{6,12})\s*$", mail.outbox[-1].body, re.MULTILINE).group(1)
    app(
        "post",
        AUTH + "auth/password/reset",
        {"key": code, "password": "a-new-phrase-2026"},
        status=401,
    )  # reset, but not signed in (ACCOUNT_LOGIN_ON_PASSWORD_RESET is off)
    app.token = ""
    app(
        "post", AUTH + "auth/login", {"username": learner.username, "password": "a-new-phrase-2026"}
    )
    assert app("get", ME)["username"] == learner.username


def test_a_wrong_password_is_a_json_error_and_no_session(client, learner):
    app = App(client)
    body = app(
        "post", AUTH + "auth/login", {"username": learner.username, "password": "wrong"}, status=400
    )
    assert body["errors"]
    assert not app.token
