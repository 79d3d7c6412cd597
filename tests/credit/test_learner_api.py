"""/api/v2/me/: private answers, every step's rules, and bad input as 4xx JSON with nothing
recorded half-way."""

import pytest

from lessons.credit.models import Attempt, Enrolment, LessonProgress
from lessons.factories import CoursePageFactory
from tests.credit.conftest import right_answers, wrong_answers

pytestmark = pytest.mark.django_db

ME = "/api/v2/me/"
ENDPOINTS = [
    ("get", ME),
    ("patch", ME),
    ("get", ME + "courses/"),
    ("post", ME + "courses/"),
    ("put", ME + "lessons/1/progress/"),
    ("get", ME + "courses/anxiety-basics/post-test/"),
    ("post", ME + "courses/anxiety-basics/post-test/attempts/"),
    ("get", ME + "courses/anxiety-basics/evaluation/"),
    ("post", ME + "courses/anxiety-basics/claims/"),
    ("get", ME + "certificates/"),
    ("get", ME + "certificates/ABCD/pdf/"),
    ("get", ME + "transcript/"),
    ("get", ME + "transcript/?format=csv"),
]


def call(client, method, url, body=None, **headers):
    return getattr(client, method)(url, body or {}, content_type="application/json", **headers)


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_anonymous_requests_get_a_json_401_that_no_cache_keeps(client, method, url):
    response = call(client, method, url)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]
    assert response["Cache-Control"] == "private, no-store"
    assert "X-Session-Token" in response["WWW-Authenticate"]


def test_an_invalid_session_token_is_a_401(client):
    response = client.get(ME, HTTP_X_SESSION_TOKEN="not-a-token")
    assert response.status_code == 401


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def test_profile_reads_and_changes_only_the_learners_own_fields(signed_in, learner):
    body = call(signed_in, "get", ME).json()
    assert body["username"] == learner.username
    assert body["email_verified"] is True
    changed = call(
        signed_in, "patch", ME, {"legal_name": "  Dr  Ada   Lovelace ", "profession": "nurse"}
    )
    assert changed.status_code == 200, changed.content
    assert changed.json()["legal_name"] == "Dr Ada Lovelace"
    assert changed.json()["profession"] == "nurse"
    assert changed["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    "body",
    [
        {"profession": "astronaut"},
        {"legal_name": 12},
        {"legal_name": "x" * 201},
        {"is_staff": True},
        ["legal_name"],
    ],
)
def test_bad_profile_changes_are_refused_and_nothing_changes(signed_in, learner, body):
    response = call(signed_in, "patch", ME, body)
    assert response.status_code == 400
    assert response.json()["error"]
    learner.refresh_from_db()
    assert not learner.is_staff
    assert learner.learner_profile.profession == "psychologist"


def test_enrolment_is_idempotent_and_lists_progress_per_lesson(signed_in, credit_course):
    first = call(signed_in, "post", ME + "courses/", {"course": "anxiety-basics"})
    again = call(signed_in, "post", ME + "courses/", {"course": "anxiety-basics"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert Enrolment.objects.count() == 1
    listing = call(signed_in, "get", ME + "courses/").json()
    assert listing["count"] == 1
    course = listing["results"][0]
    assert course["course"]["slug"] == "anxiety-basics"
    assert course["lessons_total"] == 2
    assert [lesson["completed"] for lesson in course["lessons"]] == [False, False]
    assert course["lessons"][0]["required_seconds"] == 540
    assert course["next_step"] == "complete_lessons"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"course": "no-such-course"}, 404),
        ({"course": ""}, 400),
        ({}, 400),
        ({"course": ["a"]}, 400),
    ],
)
def test_enrolling_in_nothing_is_a_clear_error(signed_in, credit_course, body, status):
    response = call(signed_in, "post", ME + "courses/", body)
    assert response.status_code == status
    assert response.json()["error"]
    assert not Enrolment.objects.exists()


def test_a_draft_course_cannot_be_enrolled_in(signed_in, site_tree):
    draft = CoursePageFactory(parent=site_tree.courses, slug="secret-draft", live=False)
    response = call(signed_in, "post", ME + "courses/", {"course": draft.slug})
    assert response.status_code == 404
    assert b"secret" not in response.content.replace(b"secret-draft", b"")


def test_courses_needing_approval_wait_for_staff(signed_in, credit_course, learner):
    credit_course.course.enrolment_policy = "approval"
    credit_course.course.save()
    enrolment = call(signed_in, "post", ME + "courses/", {"course": "anxiety-basics"}).json()
    assert enrolment["status"] == "awaiting_approval"
    assert enrolment["next_step"] == "wait_for_enrolment"
    lesson = credit_course.lessons[0]
    refused = call(signed_in, "put", f"{ME}lessons/{lesson.pk}/progress/", {"position_seconds": 10})
    assert refused.status_code == 409
    assert refused.json()["code"] == "enrolment_not_active"


def test_a_lesson_completes_only_after_ninety_percent_of_its_video(signed_in, credit_course):
    call(signed_in, "post", ME + "courses/", {"course": "anxiety-basics"})
    url = f"{ME}lessons/{credit_course.lessons[0].pk}/progress/"
    early = call(signed_in, "put", url, {"position_seconds": 300, "completed": True})
    assert early.status_code == 409
    assert early.json()["code"] == "lesson_not_watched"
    assert not LessonProgress.objects.exists()  # the refused request recorded nothing
    resume = call(signed_in, "put", url, {"position_seconds": 545, "completed": False})
    assert resume.json() == resume.json() | {"position_seconds": 545, "completed": False}
    back = call(signed_in, "put", url, {"position_seconds": 20, "completed": True})
    assert back.status_code == 200
    assert back.json()["completed"] is True
    assert back.json()["position_seconds"] == 20  # resumes where they stopped
    assert back.json()["furthest_seconds"] == 545


@pytest.mark.parametrize(
    "body",
    [
        {"position_seconds": -1},
        {"position_seconds": "ten"},
        {"position_seconds": 601},
        {},
        {"position_seconds": 10**12},
    ],
)
def test_bad_progress_is_refused(signed_in, credit_course, body):
    call(signed_in, "post", ME + "courses/", {"course": "anxiety-basics"})
    url = f"{ME}lessons/{credit_course.lessons[0].pk}/progress/"
    response = call(signed_in, "put", url, body)
    assert response.status_code == 400
    assert response.json()["error"]


def test_progress_on_a_course_the_learner_did_not_enrol_in_is_refused(signed_in, credit_course):
    url = f"{ME}lessons/{credit_course.lessons[0].pk}/progress/"
    assert call(signed_in, "put", url, {"position_seconds": 5}).status_code == 409
    assert (
        call(signed_in, "put", f"{ME}lessons/999999/progress/", {"position_seconds": 5}).status_code
        == 404
    )


def test_post_test_questions_carry_no_hint_of_the_answers(signed_in, credit_course):
    call(signed_in, "post", ME + "courses/", {"course": "anxiety-basics"})
    response = call(signed_in, "get", ME + "courses/anxiety-basics/post-test/")
    assert response.status_code == 200
    body = response.json()
    assert b"correct" not in response.content
    assert b"explanation" not in response.content
    assert {q["id"] for q in body["questions"]} == {q.pk for q in credit_course.questions}
    assert set(body["questions"][0]["choices"][0]) == {"id", "text"}
    orders = {
        tuple(
            q["id"]
            for q in call(signed_in, "get", ME + "courses/anxiety-basics/post-test/").json()[
                "questions"
            ]
        )
        for _ in range(12)
    }
    assert len(orders) > 1  # shuffled for each reading


def test_attempts_are_graded_on_the_server_and_answers_revealed_only_at_the_end(
    signed_in, credit_course
):
    call(signed_in, "post", ME + "courses/", {"course": "anxiety-basics"})
    url = ME + "courses/anxiety-basics/post-test/attempts/"
    failed = call(signed_in, "post", url, {"answers": wrong_answers(credit_course.questions)})
    assert failed.status_code == 201, failed.content
    assert failed.json() | {"questions": None} == failed.json() | {
        "attempt": 1,
        "score": 0,
        "passed": False,
        "attempts_left": 2,
        "questions": None,
    }
    assert all("correct_choices" not in q for q in failed.json()["questions"])
    assert all(q["explanation"] for q in failed.json()["questions"])
    answers = right_answers(credit_course.questions)
    answers[str(credit_course.questions[0].pk)] = wrong_answers(credit_course.questions[:1])[
        str(credit_course.questions[0].pk)
    ]
    passed = call(signed_in, "post", url, {"answers": answers}).json()
    assert (passed["score"], passed["passed"], passed["attempts_left"]) == (75, True, 1)
    assert all("correct_choices" in q for q in passed["questions"])
    again = call(signed_in, "post", url, {"answers": right_answers(credit_course.questions)})
    assert again.status_code == 409
    assert again.json()["code"] == "already_passed"


def test_no_attempt_is_allowed_past_the_limit(signed_in, credit_course):
    call(signed_in, "post", ME + "courses/", {"course": "anxiety-basics"})
    url = ME + "courses/anxiety-basics/post-test/attempts/"
    for _ in range(3):
        call(signed_in, "post", url, {"answers": wrong_answers(credit_course.questions)})
    last = call(signed_in, "post", url, {"answers": right_answers(credit_course.questions)})
    assert last.status_code == 409
    assert last.json()["code"] == "no_attempts_left"
    assert Attempt.objects.count() == 3


@pytest.mark.parametrize(
    "answers",
    [
        None,
        [],
        "all of them",
        {"999999": ["x"]},
        "partial",
        "unknown-choice",
        "two-for-single",
        "nested",
    ],
)
def test_malformed_answer_maps_are_refused_and_use_no_attempt(signed_in, credit_course, answers):
    call(signed_in, "post", ME + "courses/", {"course": "anxiety-basics"})
    questions = credit_course.questions
    good = right_answers(questions)
    first = str(questions[0].pk)
    if answers == "partial":
        answers = dict(list(good.items())[1:])
    elif answers == "unknown-choice":
        answers = good | {first: ["not-a-choice"]}
    elif answers == "two-for-single":
        answers = good | {first: questions[0].choice_ids()[:2]}
    elif answers == "nested":
        answers = good | {first: [{"id": "x"}]}
    response = call(
        signed_in, "post", ME + "courses/anxiety-basics/post-test/attempts/", {"answers": answers}
    )
    assert response.status_code == 400, response.content
    assert response.json()["error"]
    assert not Attempt.objects.exists()
