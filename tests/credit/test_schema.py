"""The OpenAPI schema documents the learner and verification endpoints, and real answers of
every step validate against it."""

import re

import pytest
from jsonschema import Draft202012Validator

from tests.credit.conftest import right_answers

pytestmark = pytest.mark.django_db

ME = "/api/v2/me/"
COURSE = ME + "courses/anxiety-basics/"


@pytest.fixture
def spec(client):
    return client.get("/api/schema/", {"format": "json"}).json()


def check(spec, method, url, response):
    path = url.split("?")[0]
    operations = next(
        ops
        for template, ops in spec["paths"].items()
        if re.match("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$", path)
    )
    documented = operations[method]["responses"][str(response.status_code)]
    schema = documented.get("content", {}).get("application/json", {}).get("schema")
    assert schema is not None, f"{method} {url}: no JSON schema for {response.status_code}"
    validator = Draft202012Validator({**schema, "components": spec["components"]})
    errors = sorted(validator.iter_errors(response.json()), key=lambda e: list(e.path))
    assert not errors, f"{method} {url}: {errors[0].message} at {list(errors[0].path)}"
    return response.json()


def test_every_learner_step_answers_what_the_schema_says(client, spec, learner, credit_course):
    client.force_login(learner)

    def step(method, url, body=None, status=200):
        response = getattr(client, method)(url, body or {}, content_type="application/json")
        assert response.status_code == status, response.content
        return check(spec, method, url, response)

    step("get", ME)
    step("patch", ME, {"licence_jurisdiction": "Ohio"})
    step("post", ME + "courses/", {"course": "anxiety-basics"}, status=201)
    for lesson in credit_course.lessons:
        url = f"{ME}lessons/{lesson.pk}/progress/"
        step("put", url, {"position_seconds": 600, "completed": True})
    step("get", COURSE + "post-test/")
    answers = {"answers": right_answers(credit_course.questions)}
    step("post", COURSE + "post-test/attempts/", answers, status=201)
    items = step("get", COURSE + "evaluation/")["items"]
    step("post", COURSE + "evaluation/", {"answers": {str(items[0]["id"]): 3}}, status=201)
    claim = {"credit_type": "APA", "hours": 3, "attestation": True}
    code = step("post", COURSE + "claims/", claim, status=201)["code"]
    step("get", ME + "courses/")
    step("get", ME + "certificates/")
    step("get", ME + "transcript/")
    client.logout()
    step("get", f"/api/v2/certificates/{code}/")


def test_the_learner_endpoints_are_all_documented(spec):
    documented = set(spec["paths"])
    for path in [
        "/api/v2/me/",
        "/api/v2/me/courses/",
        "/api/v2/me/lessons/{lesson_id}/progress/",
        "/api/v2/me/courses/{slug}/post-test/",
        "/api/v2/me/courses/{slug}/post-test/attempts/",
        "/api/v2/me/courses/{slug}/evaluation/",
        "/api/v2/me/courses/{slug}/claims/",
        "/api/v2/me/certificates/",
        "/api/v2/me/certificates/{code}/pdf/",
        "/api/v2/me/transcript/",
        "/api/v2/certificates/{code}/",
        "/api/v2/certificates/{code}/credential/",
    ]:
        assert path in documented, path
    assert "learnerSessionToken" in spec["components"]["securitySchemes"]
