"""Learners' records stay private: no shared cache keeps them, and public content is the same
for a signed-in learner as for anyone."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from lessons.credit.factories import (
    LEARNER_PASSWORD,
    CertificateFactory,
    EnrolmentFactory,
    LearnerFactory,
)
from lessons.factories import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

ME = "/api/v2/me/"


def test_public_content_is_identical_for_a_signed_in_learner(client, credit_course, learner):
    urls = ["/api/v2/courses/", "/api/v2/courses/anxiety-basics/", "/api/v2/site/"]
    anonymous = [client.get(url).content for url in urls]
    client.force_login(learner)
    client.post(ME + "courses/", {"course": "anxiety-basics"}, content_type="application/json")
    assert [client.get(url).content for url in urls] == anonymous


def test_learner_answers_are_never_cached(client, credit_course, learner, settings):
    settings.API_RESPONSE_CACHE = True
    client.force_login(learner)
    first = client.get(ME + "courses/")
    client.post(ME + "courses/", {"course": "anxiety-basics"}, content_type="application/json")
    second = client.get(ME + "courses/")
    assert first.json()["count"] == 0
    assert second.json()["count"] == 1
    assert "X-Cache" not in second or second["X-Cache"] != "hit"
    client.logout()
    assert client.get(ME + "courses/").status_code == 401


def test_learners_never_reach_the_admin(client, learner):
    client.post("/admin/login/", {"username": learner.username, "password": LEARNER_PASSWORD})
    assert client.get("/admin/").url.startswith("/admin/login/")  # no admin access permission
    client.force_login(learner)  # even signed in on the reader site
    assert client.get("/admin/").url.startswith("/admin/login/")
    assert client.get("/admin/pages/").status_code == 302


def _course_with(site_tree, slug, lessons):
    course = CoursePageFactory(parent=site_tree.courses, slug=slug)
    for n in range(lessons):
        LessonPageFactory(parent=course, slug=f"{slug}-lesson-{n}")
    return course


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_learner_endpoints_take_a_constant_number_of_queries(client, site_tree, report_figure):
    learner = LearnerFactory()
    client.force_login(learner)
    EnrolmentFactory(learner=learner, course=_course_with(site_tree, "one", 1))
    CertificateFactory(learner=learner)
    urls = [ME, ME + "courses/", ME + "certificates/", ME + "transcript/"]
    few = {url: _queries(client, url) for url in urls}
    for n in range(3):
        EnrolmentFactory(learner=learner, course=_course_with(site_tree, f"more-{n}", 4))
        CertificateFactory(learner=learner)
    many = {url: _queries(client, url) for url in urls}
    assert many == few
    report_figure("learner endpoint queries: " + ", ".join(f"{u} {q}" for u, q in few.items()))
