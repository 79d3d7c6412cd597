"""The admin's credit reports: course figures and pass rate, item analysis and evaluation
summaries on a small known data set, the learner look-up and transcript, the accreditor's CSV
(formulas neutralised), who may see them, and query counts that do not grow with the data."""

import csv
import datetime
import io
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from lessons.credit.factories import (
    AttemptFactory,
    CertificateFactory,
    EnrolmentFactory,
    EvaluationItemFactory,
    LearnerFactory,
    PostTestFactory,
    QuestionFactory,
)
from lessons.credit.models import (
    Certificate,
    CourseEvaluation,
    EnrolmentStatus,
    EvaluationItem,
    EvaluationResponse,
    Question,
    QuestionKind,
)
from lessons.factories import CoursePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("chief", "c@example.org", "pw"))
    return client


@pytest.fixture
def course(site_tree):
    return CoursePageFactory(parent=site_tree.courses, title="Grief work", slug="grief-work")


def choice_ids(question):
    return Question.objects.get(pk=question.pk).choice_ids()


@pytest.fixture
def tested(course):
    """Two questions, four attempts by three learners (one passes on a second go), one learner
    who never attempted and one waiting for approval."""
    post_test = PostTestFactory(course=course)
    single = QuestionFactory(post_test=post_test)  # choices A (right), B, C
    multiple = QuestionFactory(
        post_test=post_test,
        kind=QuestionKind.MULTIPLE,
        choices=[
            ("choice", {"text": "X", "correct": True}),
            ("choice", {"text": "Y", "correct": True}),
            ("choice", {"text": "Z", "correct": False}),
        ],
    )
    (a, b, c), (x, y, z) = choice_ids(single), choice_ids(multiple)
    q1, q2 = str(single.pk), str(multiple.pk)
    first, second, third = (EnrolmentFactory(course=course) for _ in range(3))
    EnrolmentFactory(course=course)
    EnrolmentFactory(course=course, status=EnrolmentStatus.AWAITING_APPROVAL)
    for enrolment, number, answers, correct, passed in [
        (first, 1, {q1: [b], q2: [x]}, [], False),
        (first, 2, {q1: [a], q2: [x, y]}, [q1, q2], True),
        (second, 1, {q1: [a], q2: [x, z]}, [q1], False),
        (third, 1, {q1: [c], q2: [y]}, [], False),
    ]:
        AttemptFactory(
            enrolment=enrolment,
            number=number,
            answers=answers,
            correct_questions=correct,
            passed=passed,
            score=100 if passed else 50,
        )
    first.completed_at = first.enrolled_at
    first.save()
    return first, second, third


def report(client, course):
    response = client.get(reverse("credit_reports:course", args=(course.pk,)))
    assert response.status_code == 200
    return response


def test_course_figures_and_pass_rate(admin_client, course, tested):
    response = report(admin_client, course)
    shown = response.context["course"]
    assert (shown.enrolment_count, shown.awaiting_count, shown.completion_count) == (5, 1, 1)
    assert (shown.attempted_count, shown.passed_count) == (3, 1)
    assert response.context["pass_rate"] == pytest.approx(1 / 3)
    assert "33 %" in response.content.decode()
    index = admin_client.get(reverse("credit_reports:index"))
    assert [(c.pk, rate) for c, rate in index.context["rows"]] == [
        (course.pk, pytest.approx(1 / 3))
    ]


def test_item_analysis_shares_of_each_choice(admin_client, course, tested):
    response = report(admin_client, course)
    assert response.context["attempts"] == 4
    single, multiple = response.context["questions"]
    assert [(c.text, c.chosen, c.share) for c in multiple.choices] == [
        ("X", 3, 0.75),
        ("Y", 2, 0.5),
        ("Z", 1, 0.25),
    ]
    assert [c.share for c in single.choices] == [0.5, 0.25, 0.25]
    assert [c.correct for c in single.choices] == [True, False, False]
    assert (single.correct, single.share_correct) == (2, 0.5)
    assert (multiple.correct, multiple.share_correct) == (1, 0.25)
    assert "75 %" in response.content.decode()


def test_evaluation_summary_means_and_free_text(admin_client, course, tested):
    evaluation = CourseEvaluation.objects.create(course=course)
    rating = EvaluationItemFactory(evaluation=evaluation, prompt="Objectives were met.")
    text = EvaluationItemFactory(
        evaluation=evaluation, kind=EvaluationItem.Kind.TEXT, required=False
    )
    for enrolment, stars, words in zip(
        tested, (4, 5, 2), ("More cases, please.", "", "Too fast."), strict=True
    ):
        EvaluationResponse.objects.create(
            enrolment=enrolment, answers={str(rating.pk): stars, str(text.pk): words}
        )
    response = report(admin_client, course)
    assert response.context["responses"] == 3
    rated, written = response.context["items"]
    assert (rated.count, rated.mean) == (3, pytest.approx(11 / 3))
    assert written.texts == ["More cases, please.", "Too fast."]
    html = response.content.decode()
    assert "3.67" in html
    assert "Too fast." in html


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_completions_csv_lists_the_right_rows_and_neutralises_formulas(
    admin_client, course, site_tree
):
    other = CoursePageFactory(parent=site_tree.courses)
    hostile = CertificateFactory(
        course=course,
        learner_name='=HYPERLINK("http://evil")',
        licence_number="+1-555",
        licence_jurisdiction="@SUM(A1)",
        learner_email="-x@example.org",
        completed_on=datetime.date(2026, 3, 1),
    )
    CertificateFactory(
        course=course, learner_name="\tTabbed", completed_on=datetime.date(2026, 5, 1)
    )
    CertificateFactory(course=other, completed_on=datetime.date(2026, 4, 1))
    url = reverse("credit_reports:completions_csv")
    header, *rows = read_csv(admin_client.get(url, {"course": course.pk}))
    assert header[:3] == ["Learner name", "Email", "Licence number"]
    assert header[-2:] == ["Certificate number", "Status"]
    assert rows[0][:4] == ['\'=HYPERLINK("http://evil")', "'-x@example.org", "'+1-555", "'@SUM(A1)"]
    assert rows[0][5:8] == [hostile.course_title, "2026-10-01", "2026-03-01"]
    assert rows[0][8:] == ["APA", "3.00", hostile.code, "valid"]
    assert rows[1][0] == "'\tTabbed"
    assert len(read_csv(admin_client.get(url))) == 4
    assert len(read_csv(admin_client.get(url, {"since": "2026-04-01", "until": "2026-04-30"}))) == 2
    bad = admin_client.get(url, {"since": "last spring"})
    assert bad.status_code == 400
    assert bad.json()["code"] == "invalid_date"
    assert admin_client.get(url, {"course": 999999}).status_code == 404


def test_learner_lookup_and_transcript(admin_client, course):
    found = LearnerFactory(profile__legal_name="Dr Amara Osei", profile__licence_number="LCSW-778")
    LearnerFactory(profile__legal_name="Dr Someone Else")
    for value in ("LCSW-778", "amara", found.email):
        learners = admin_client.get(reverse("credit_reports:learners"), {"q": value}).context[
            "learners"
        ]
        assert [learner.pk for learner in learners] == [found.pk]
    kept, _, revoked = (
        CertificateFactory(learner=found, course=course, hours=Decimal(hours), completed_on=day)
        for hours, day in [
            ("2", datetime.date(2025, 6, 1)),
            ("3", datetime.date(2026, 1, 9)),
            ("1", datetime.date(2026, 2, 9)),
        ]
    )
    Certificate.objects.filter(pk=revoked.pk).update(status="revoked")
    CertificateFactory(
        learner=found, course=course, credit_type_code="ASWB", credit_type_name="ASWB ACE"
    )
    response = admin_client.get(reverse("credit_reports:learner", args=(found.pk,)))
    assert response.status_code == 200
    groups = [
        (g.credit_type_code, g.year, g.hours, len(g.certificates))
        for g in response.context["groups"]
    ]
    assert groups == [
        ("APA", 2026, Decimal("3"), 2),
        ("APA", 2025, Decimal("2"), 1),
        ("ASWB", 2026, Decimal("3"), 1),
    ]
    assert kept.code in response.content.decode()


REPORTS = ["credit_reports:index", "credit_reports:learners", "credit_reports:completions_csv"]


def staff_editor(*codenames):
    user = get_user_model().objects.create_user("ed", "ed@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="credit", codename__in=codenames)
    )
    return user


@pytest.mark.parametrize("name", REPORTS)
def test_learners_and_editors_without_the_permission_are_refused(client, name):
    client.force_login(LearnerFactory())  # not staff: sent to sign in to the admin
    assert client.get(reverse(name)).url.startswith(reverse("wagtailadmin_login"))
    client.force_login(staff_editor())  # staff without credit.view_certificate
    assert client.get(reverse(name)).url == reverse("wagtailadmin_home")
    assert "Course reports" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_an_editor_with_the_permission_sees_the_reports_in_the_menu(client, course):
    client.force_login(staff_editor("view_certificate"))
    assert client.get(reverse("credit_reports:course", args=(course.pk,))).status_code == 200
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "CE/CME credit" in home
    assert "Course reports" in home


def query_count(client, url, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


def grow(course, learners):
    """Learners who each attempted, evaluated and hold a certificate."""
    evaluation = CourseEvaluation.objects.filter(course=course).first()
    item = evaluation.items.first()
    for learner in (LearnerFactory() for _ in range(learners)):
        enrolment = EnrolmentFactory(course=course, learner=learner)
        AttemptFactory(enrolment=enrolment, number=1, answers={}, correct_questions=[])
        EvaluationResponse.objects.create(enrolment=enrolment, answers={str(item.pk): 4})
        CertificateFactory(course=course, learner=learner, enrolment=enrolment)
        CertificateFactory(course=course, learner=learner, credit_type_code="ASWB")


def test_query_counts_do_not_grow_with_learners_or_certificates(admin_client, course, tested):
    evaluation = CourseEvaluation.objects.create(course=course)
    EvaluationItemFactory(evaluation=evaluation)
    grow(course, 1)
    one = LearnerFactory(username="steady")
    CertificateFactory(learner=one, course=course)
    urls = {
        "index": (reverse("credit_reports:index"), {}),
        "course": (reverse("credit_reports:course", args=(course.pk,)), {}),
        "csv": (reverse("credit_reports:completions_csv"), {}),
        "lookup": (reverse("credit_reports:learners"), {"q": "learner"}),
        "transcript": (reverse("credit_reports:learner", args=(one.pk,)), {}),
        "certificates": (reverse("wagtailsnippets_credit_certificate:list"), {}),
    }
    before = {
        name: query_count(admin_client, url, **params) for name, (url, params) in urls.items()
    }
    grow(course, 4)
    for _ in range(4):
        CertificateFactory(learner=one, course=course)
    CoursePageFactory(parent=course.get_parent())
    after = {name: query_count(admin_client, url, **params) for name, (url, params) in urls.items()}
    assert after == before
