"""The learner's reader pages under /learn/: signed in only, never cached, the learner's own
records only, answers kept back until they can no longer help, and mistakes shown as form
errors with a 4xx status (never a 500)."""

import pytest

from lessons.credit.factories import CertificateFactory, EnrolmentFactory, LearnerFactory
from lessons.credit.models import Attempt, Certificate, EvaluationResponse, LessonProgress
from tests.credit.conftest import right_answers, wrong_answers

pytestmark = pytest.mark.django_db

SLUG = "anxiety-basics"


def learn(path: str = "") -> str:
    return f"/learn/{path}"


PAGES = [
    learn(),
    learn("profile/"),
    learn(f"courses/{SLUG}/"),
    learn(f"courses/{SLUG}/post-test/"),
    learn(f"courses/{SLUG}/evaluation/"),
    learn(f"courses/{SLUG}/claim/"),
]


@pytest.fixture
def enrolled(client, credit_course, learner):
    EnrolmentFactory(learner=learner, course=credit_course.course)
    client.force_login(learner)
    return credit_course


def post_test_form(answers: dict) -> dict:
    return {f"question-{key}": value for key, value in answers.items()}


def finish_lessons(client, course):
    for lesson in course.lessons:
        seconds = int(lesson.duration.total_seconds())
        response = client.post(
            learn(f"courses/{SLUG}/lessons/{lesson.pk}/progress/"), {"position_seconds": seconds}
        )
        assert response.status_code == 302


@pytest.mark.parametrize(
    "path",
    [
        *PAGES,
        learn(f"courses/{SLUG}/enrol/"),
        learn("certificates/AAAA-BBBB/"),
        learn("certificates/AAAA-BBBB/pdf/"),
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, credit_course, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={path}"
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("path", PAGES)
def test_every_learner_page_is_private_and_never_stored(client, enrolled, path):
    response = client.get(path)
    assert response.status_code == 200, response.content.decode()[:500]
    assert response["Cache-Control"] == "private, no-store"
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_another_learners_certificate_is_not_found(client, credit_course, learner):
    theirs = CertificateFactory(learner=LearnerFactory(), course=credit_course.course)
    mine = CertificateFactory(learner=learner, course=credit_course.course)
    client.force_login(learner)
    assert client.get(learn(f"certificates/{theirs.code}/")).status_code == 404
    assert client.get(learn(f"certificates/{theirs.code}/pdf/")).status_code == 404
    page = client.get(learn(f"certificates/{mine.code}/"))
    assert page.status_code == 200
    assert mine.learner_name in page.content.decode()
    assert f"/certificates/{mine.code}/" in page.content.decode()
    assert theirs.code not in client.get(learn()).content.decode()


def test_the_post_test_keeps_the_answers_back_until_they_cannot_help(client, enrolled):
    questions = enrolled.questions
    page = client.get(learn(f"courses/{SLUG}/post-test/")).content.decode()
    assert all(question.prompt in page for question in questions)
    assert all(choice.id in page for question in questions for choice in question.choices)
    assert "correct" not in page.lower()
    assert questions[0].explanation not in page

    failed = client.post(
        learn(f"courses/{SLUG}/post-test/"), post_test_form(wrong_answers(questions))
    )
    html = failed.content.decode()
    assert failed.status_code == 200
    assert "You did not pass" in html
    assert "2 attempts left" in html
    assert questions[0].explanation in html
    assert "The answer:" not in html  # attempts are left: no right choices yet

    passed = client.post(
        learn(f"courses/{SLUG}/post-test/"), post_test_form(right_answers(questions))
    )
    html = passed.content.decode()
    assert "You passed" in html
    assert "100 %" in html
    assert "The answer: Reflect the feeling first" in html
    assert "You passed" in client.get(learn(f"courses/{SLUG}/post-test/")).content.decode()


@pytest.mark.parametrize(
    ("path", "data", "status", "message"),
    [
        ("profile/", {"profession": "astrologer"}, 400, "Select a valid choice"),
        (f"courses/{SLUG}/post-test/", {}, 400, "Answer question 1."),
        (f"courses/{SLUG}/evaluation/", {}, 400, "Choose a rating for this statement."),
        (f"courses/{SLUG}/claim/", {"hours": "3"}, 400, "Tick the attestation"),
        (
            f"courses/{SLUG}/claim/",
            {"credit_type": "APA", "hours": "3", "attestation": "on"},
            409,
            "Complete every lesson first: 2 left.",
        ),
    ],
)
def test_a_bad_form_shows_its_error(client, enrolled, path, data, status, message):
    response = client.post(learn(path), data)
    assert response.status_code == status
    assert message in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_a_lesson_not_watched_far_enough_is_refused_with_the_reason(client, enrolled):
    lesson = enrolled.lessons[0]
    response = client.post(
        learn(f"courses/{SLUG}/lessons/{lesson.pk}/progress/"), {"position_seconds": 30}
    )
    assert response.status_code == 409
    assert "Watch at least 540 s of this lesson" in response.content.decode()
    assert not LessonProgress.objects.exists()  # refused, so not even the position is kept

    response = client.post(
        learn(f"courses/{SLUG}/lessons/{lesson.pk}/progress/"), {"position_seconds": "soon"}
    )
    assert response.status_code == 400
    assert "Enter a whole number" in response.content.decode()


def test_a_step_out_of_reach_is_a_page_with_the_reason(client, credit_course, learner):
    client.force_login(learner)
    response = client.get(learn(f"courses/{SLUG}/post-test/"))
    assert response.status_code == 409
    assert "You are not enrolled in" in response.content.decode()
    assert client.get(learn("courses/no-such-course/")).status_code == 404
    assert client.get(learn("courses/no-such-course/claim/")).status_code == 404


def test_a_learner_earns_a_certificate_through_the_pages(client, credit_course, learner):
    client.force_login(learner)
    course_page = client.get(learn(f"courses/{SLUG}/")).content.decode()
    assert "Enrol in this course" in course_page
    assert client.post(learn(f"courses/{SLUG}/enrol/")).status_code == 302
    finish_lessons(client, credit_course)
    assert "2 of 2" in client.get(learn()).content.decode()
    answers = post_test_form(right_answers(credit_course.questions))
    assert client.post(learn(f"courses/{SLUG}/post-test/"), answers).status_code == 200
    rating, text = credit_course.items
    evaluation = {f"item-{rating.pk}": "4", f"item-{text.pk}": "Clear and practical."}
    response = client.post(learn(f"courses/{SLUG}/evaluation/"), evaluation)
    assert response["Location"] == learn(f"courses/{SLUG}/claim/")
    claim = {"credit_type": "ANCC", "hours": "2.5", "attestation": "on"}
    refused = client.post(learn(f"courses/{SLUG}/claim/"), claim)
    assert refused.status_code == 400
    assert "ANCC credit is not for your profession" in refused.content.decode()

    response = client.post(learn(f"courses/{SLUG}/claim/"), {**claim, "credit_type": "APA"})
    certificate = Certificate.objects.get(learner=learner)
    assert response["Location"] == learn(f"certificates/{certificate.code}/")
    assert str(certificate.hours) == "2.50"
    assert EvaluationResponse.objects.get().answers[str(rating.pk)] == 4
    assert Attempt.objects.get().passed
    pdf = client.get(learn(f"certificates/{certificate.code}/pdf/"))
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert "See your certificate" in client.get(learn()).content.decode()


def test_the_profile_page_saves_what_certificates_print(client, learner):
    client.force_login(learner)
    page = client.get(learn("profile/")).content.decode()
    assert "printed on certificates" in page
    data = {
        "legal_name": "Dr  Rosa   Mendez",
        "profession": "counselor",
        "licence_number": "LPC-778",
        "licence_jurisdiction": "Oregon",
    }
    assert client.post(learn("profile/"), data).status_code == 302
    learner.learner_profile.refresh_from_db()
    assert learner.learner_profile.legal_name == "Dr Rosa Mendez"
    assert learner.learner_profile.profession == "counselor"


def test_allauth_pages_render_in_the_site_layout(client, site_tree):
    html = client.get("/accounts/signup/").content.decode()
    assert 'class="skip-link"' in html
    assert "css/site.css" in html
    assert 'class="account-page account-entrance"' in html
    assert 'name="email"' in html
