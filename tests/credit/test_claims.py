"""Claiming credit: only in order, only what the course offers and the profession may claim,
at most the course's hours; a refused claim records nothing."""

from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress

from lessons.credit.models import Certificate
from tests.credit.conftest import right_answers

pytestmark = pytest.mark.django_db

ME = "/api/v2/me/"
COURSE = ME + "courses/anxiety-basics/"
CLAIM = {"credit_type": "APA", "hours": 3, "attestation": True}


def call(client, method, url, body=None):
    return getattr(client, method)(url, body or {}, content_type="application/json")


def watch_lessons(client, lessons):
    for lesson in lessons:
        url = f"{ME}lessons/{lesson.pk}/progress/"
        response = call(client, "put", url, {"position_seconds": 600, "completed": True})
        assert response.status_code == 200, response.content


def pass_post_test(client, questions):
    body = {"answers": right_answers(questions)}
    assert call(client, "post", COURSE + "post-test/attempts/", body).json()["passed"]


def evaluate(client, items):
    body = {"answers": {str(items[0].pk): 5, str(items[1].pk): "More role-play, please."}}
    response = call(client, "post", COURSE + "evaluation/", body)
    assert response.status_code == 201, response.content


@pytest.fixture
def enrolled(client, learner, credit_course):
    client.force_login(learner)
    assert call(client, "post", ME + "courses/", {"course": "anxiety-basics"}).status_code == 201
    return client


def claim(client, **changes):
    return call(client, "post", COURSE + "claims/", CLAIM | changes)


def test_each_step_out_of_order_names_what_is_still_to_do(enrolled, credit_course):
    assert claim(enrolled).json()["code"] == "lessons_incomplete"
    watch_lessons(enrolled, credit_course.lessons)
    assert claim(enrolled).json()["code"] == "post_test_not_passed"
    pass_post_test(enrolled, credit_course.questions)
    assert claim(enrolled).json()["code"] == "evaluation_missing"
    evaluate(enrolled, credit_course.items)
    issued = claim(enrolled)
    assert issued.status_code == 201, issued.content
    assert not Certificate.objects.exclude(code=issued.json()["code"]).exists()


@pytest.fixture
def ready(enrolled, credit_course):
    watch_lessons(enrolled, credit_course.lessons)
    pass_post_test(enrolled, credit_course.questions)
    evaluate(enrolled, credit_course.items)
    return enrolled


def test_the_issued_certificate_snapshots_the_learner_and_the_course(ready, learner):
    body = claim(ready, hours="2.5").json()
    assert body["status"] == "valid"
    assert body["hours"] == 2.5
    assert body["credit_type"] == {"code": "APA", "name": "American Psychological Association"}
    assert body["learner_name"] == learner.learner_profile.legal_name
    assert body["licence_number"] == "PSY-12345"
    assert body["accreditation_statement"] == "Approved for 3 hours of CE."
    assert len(body["code"].replace("-", "")) * 5 >= 80  # base32: five bits a character
    certificate = Certificate.objects.get()
    assert certificate.post_test_score == 100
    assert certificate.credential.count(".") == 2
    learner.learner_profile.legal_name = "Someone Else"
    learner.learner_profile.save()
    certificate.refresh_from_db()
    assert certificate.learner_name == body["learner_name"]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"hours": "3.5"}, "too_many_hours"),
        ({"hours": 0}, "invalid_hours"),
        ({"hours": -1}, "invalid_hours"),
        ({"hours": "1.1"}, "invalid_hours"),
        ({"hours": "NaN"}, "invalid_hours"),
        ({"hours": "lots"}, "invalid_hours"),
        ({"hours": True}, "invalid_hours"),
        ({"credit_type": "ACCME"}, "credit_type_not_offered"),
        ({"credit_type": ["APA"]}, "credit_type_not_offered"),
        ({"credit_type": "ANCC"}, "credit_type_not_for_profession"),
        ({"attestation": False}, "attestation_required"),
        ({"attestation": "yes"}, "attestation_required"),
    ],
)
def test_a_bad_claim_is_a_4xx_naming_the_problem_and_issues_nothing(ready, changes, code):
    response = claim(ready, **changes)
    assert 400 <= response.status_code < 500
    assert response.json()["code"] == code
    assert response.json()["error"]
    assert not Certificate.objects.exists()


def test_an_unverified_email_waits_for_verification(ready, learner):
    EmailAddress.objects.filter(user=learner).update(verified=False)
    response = claim(ready)
    assert response.status_code == 409
    assert response.json()["code"] == "email_not_verified"
    assert not Certificate.objects.exists()


def test_a_profile_without_a_legal_name_cannot_claim(ready, learner):
    learner.learner_profile.legal_name = " "
    learner.learner_profile.save()
    assert claim(ready).json()["code"] == "profile_incomplete"


def test_the_same_credit_is_claimed_once(ready):
    assert claim(ready).status_code == 201
    again = claim(ready)
    assert again.status_code == 409
    assert again.json()["code"] == "already_claimed"
    assert Certificate.objects.count() == 1


def test_certificates_transcript_and_pdf_belong_to_their_learner(ready, client, credit_course):
    from lessons.credit.factories import LearnerFactory

    code = claim(ready).json()["code"]
    listing = call(ready, "get", ME + "certificates/").json()
    assert [c["code"] for c in listing["results"]] == [code]
    pdf = ready.get(f"{ME}certificates/{code}/pdf/")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert pdf["Cache-Control"] == "private, no-store"
    transcript = call(ready, "get", ME + "transcript/").json()
    assert transcript["totals"] == [
        {
            "credit_type": "APA",
            "year": Certificate.objects.get().completed_on.year,
            "hours": 3.0,
            "certificates": 1,
        }
    ]
    csv = ready.get(ME + "transcript/?format=csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert code in csv.content.decode()

    other = LearnerFactory()
    client.force_login(other)
    assert client.get(f"{ME}certificates/{code}/pdf/").status_code == 404
    assert client.get(ME + "certificates/").json()["results"] == []
    assert client.get(ME + "transcript/").json()["totals"] == []
    assert code not in client.get(ME + "transcript/?format=csv").content.decode()
    assert call(client, "get", COURSE + "post-test/").json()["code"] == "not_enrolled"


def test_closing_an_account_anonymises_it_and_keeps_the_certificate(ready, learner, client):
    code = claim(ready).json()["code"]
    assert ready.delete(ME).status_code == 204
    learner.refresh_from_db()
    assert (learner.is_active, learner.email, learner.has_usable_password()) == (False, "", False)
    assert not hasattr(learner, "learner_profile") or learner.learner_profile is None
    certificate = Certificate.objects.get(code=code)
    assert (certificate.learner_id, certificate.status) == (None, "valid")
    assert ready.get(ME).status_code == 401  # the session ended with the password
    assert Decimal(client.get(f"/api/v2/certificates/{code}/").json()["credits"][0]["hours"]) == 3


def test_an_unknown_transcript_format_is_a_400_in_json(ready):
    response = ready.get(ME + "transcript/?format=xlsx")
    assert response.status_code == 400
    assert response.json()["code"] == "unknown_format"
