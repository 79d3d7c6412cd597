"""The demo's credit room: every demo course has a post-test that passes the admin's own
validation and an evaluation with what accreditors ask; `ensure_demo_learner` leaves a
learner who completed a course and holds one valid certificate, however often it runs."""

import io
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from allauth.account.models import EmailAddress

from lessons.credit.models import (
    Attempt,
    Certificate,
    CourseEvaluation,
    Enrolment,
    EvaluationItem,
    EvaluationResponse,
    LessonProgress,
    PostTest,
    Question,
    QuestionKind,
)
from lessons.credit.services.enrolment import enrol
from lessons.credit.services.post_test import post_test_state, submit_attempt
from lessons.models import CoursePage, CreditType, EnrolmentPolicy, LessonPage

COURSE = "mindfulness-for-anxiety"


def ensure_learner() -> str:
    out = io.StringIO()
    call_command("ensure_demo_learner", stdout=out)
    return out.getvalue()


def learner():
    return get_user_model().objects.get(username=settings.DEMO_LEARNER_USERNAME)


def credit_room_counts() -> dict[str, int]:
    models = (PostTest, Question, CourseEvaluation, EvaluationItem, CoursePage)
    return {model.__name__: model.objects.count() for model in models}


def test_every_demo_course_has_a_valid_post_test(demo):
    courses = list(CoursePage.objects.all())
    assert len(courses) == 2
    for course in courses:
        post_test = PostTest.objects.get(course=course)
        assert (post_test.pass_mark, post_test.attempt_limit) == (75, 3)
        questions = list(post_test.questions.all())
        assert 6 <= len(questions) <= 10
        assert {q.kind for q in questions} == set(QuestionKind.values), course.slug
        for question in questions:
            question.clean()  # raises on a question editors could not save
            assert question.explanation.strip()
            ids = question.choice_ids()
            assert all(ids), "every choice keeps a stable id once saved"
            assert len(set(ids)) == len(ids)


def test_every_demo_course_has_an_evaluation_accreditors_accept(demo):
    for course in CoursePage.objects.all():
        items = list(CourseEvaluation.objects.get(course=course).items.all())
        ratings = [item.prompt for item in items if item.kind == EvaluationItem.Kind.RATING]
        texts = {item.prompt: item.required for item in items if item.kind == "text"}
        objectives = [block.value for block in course.learning_objectives]
        assert all(any(objective in prompt for prompt in ratings) for objective in objectives)
        for topic in ("relevant to my clinical practice", "commercial bias", "presented"):
            assert any(topic in prompt for prompt in ratings), topic
        change = "What will you change in your practice as a result of this course?"
        assert texts[change] is True
        assert any("future courses" in prompt for prompt in texts)


def test_credit_types_name_their_professions_and_one_course_is_sold(demo):
    professions = dict(CreditType.objects.values_list("code", "eligible_professions"))
    assert professions == {
        "APA": ["psychologist"],
        "ASWB": ["social_worker", "mft"],
        "NBCC": ["counselor"],
        "ANCC": ["nurse"],
        "ACCME": ["physician"],
    }
    prices = {c.slug: (c.price, c.price_currency) for c in CoursePage.objects.all()}
    assert prices == {COURSE: (None, "USD"), "trauma-informed-care": (Decimal("89.00"), "USD")}
    policies = set(CoursePage.objects.values_list("enrolment_policy", flat=True))
    assert policies == {EnrolmentPolicy.OPEN}
    priced = CoursePage.objects.get(slug="trauma-informed-care")
    assert not priced.has_unpublished_changes  # the price is live, not a draft


def test_load_demo_again_changes_nothing_in_the_credit_room(demo):
    before = credit_room_counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "nothing to do" in out.getvalue()
    assert credit_room_counts() == before


def test_demo_learner_completed_a_course_and_holds_its_certificate(demo):
    assert "Created demo learner" in ensure_learner()
    user = learner()
    assert user.check_password("learner-demo-2026")
    assert not user.is_staff
    assert EmailAddress.objects.filter(user=user, primary=True, verified=True).count() == 1
    profile = user.learner_profile
    assert profile.profession == "psychologist"
    assert profile.legal_name
    assert profile.licence_number
    assert profile.licence_jurisdiction

    enrolment = Enrolment.objects.get(learner=user)
    assert enrolment.course.slug == COURSE
    assert enrolment.is_active
    assert enrolment.completed_at is not None
    lessons = LessonPage.objects.live().child_of(enrolment.course).count()
    done = LessonProgress.objects.filter(enrolment=enrolment, completed_at__isnull=False)
    assert done.count() == lessons >= 5
    attempt = Attempt.objects.get(enrolment=enrolment)
    assert attempt.passed
    assert attempt.score == 100
    assert EvaluationResponse.objects.filter(enrolment=enrolment).exists()

    certificate = Certificate.objects.get(learner=user)
    assert certificate.is_valid
    assert (certificate.credit_type_code, certificate.hours) == ("APA", Decimal("3.00"))
    assert certificate.learner_name == profile.legal_name
    assert certificate.post_test_score == 100
    assert certificate.credential.count(".") == 2  # a compact JWT


def test_running_it_again_keeps_one_certificate_and_restores_the_password(demo):
    ensure_learner()
    code = Certificate.objects.get(learner=learner()).code
    user = learner()
    user.set_password("changed-by-a-visitor")
    user.save()
    assert "Refreshed demo learner" in ensure_learner()
    assert learner().check_password(settings.DEMO_LEARNER_PASSWORD)
    assert list(Certificate.objects.filter(learner=user).values_list("code", flat=True)) == [code]
    assert Enrolment.objects.filter(learner=user).count() == 1
    assert Attempt.objects.filter(enrolment__learner=user).count() == 1


def test_a_learner_stuck_without_attempts_is_started_over(demo):
    """Someone signed in as the demo learner and failed every attempt before it was complete."""
    ensure_learner()
    user = learner()
    Certificate.objects.filter(learner=user).delete()
    Enrolment.objects.filter(learner=user).delete()
    enrolment, _ = enrol(user, COURSE)
    wrong = {
        str(q.pk): [next(c.id for c in q.choices if not c.value["correct"])]
        for q in post_test_state(enrolment).questions
    }
    for _ in range(3):
        submit_attempt(user, COURSE, wrong)
    assert post_test_state(enrolment).attempts_left == 0

    ensure_learner()
    assert Certificate.objects.get(learner=user).is_valid
    assert Attempt.objects.filter(enrolment__learner=user, passed=True).count() == 1
