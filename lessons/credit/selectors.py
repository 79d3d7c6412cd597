"""Everything a learner's response shows, loaded in a constant handful of queries.

`learner_courses` reads all of a learner's enrolments at once (courses, their lessons,
progress, attempts, evaluations, certificates, credit types): the number of queries does not
grow with the number of courses, lessons or certificates, and the serializers run none.
"""

from dataclasses import dataclass, field
from datetime import datetime
from functools import reduce
from operator import or_

from django.db.models import Prefetch, Q

from allauth.account.models import EmailAddress

from lessons.credit.models import (
    Attempt,
    Certificate,
    Enrolment,
    EvaluationResponse,
    LearnerProfile,
    LessonProgress,
)
from lessons.models import CoursePage, CreditType, LessonPage


@dataclass
class CourseProgress:
    enrolment: Enrolment
    lessons: list[LessonPage] = field(default_factory=list)
    progress: dict[int, LessonProgress] = field(default_factory=dict)
    attempts: list[Attempt] = field(default_factory=list)
    evaluated: bool = False
    certificates: list[Certificate] = field(default_factory=list)

    @property
    def course(self) -> CoursePage:
        return self.enrolment.course

    @property
    def lessons_completed(self) -> int:
        return sum(1 for lesson in self.lessons if self._completed(lesson))

    @property
    def lessons_left(self) -> int:
        return len(self.lessons) - self.lessons_completed

    def _completed(self, lesson: LessonPage) -> bool:
        record = self.progress.get(lesson.pk)
        return record is not None and record.completed

    @property
    def passing_attempt(self) -> Attempt | None:
        return next((attempt for attempt in self.attempts if attempt.passed), None)

    @property
    def completed_at(self) -> datetime | None:
        """When the last requirement was met: every lesson watched and the post-test passed."""
        if self.lessons_left or self.passing_attempt is None:
            return None
        moments = [self.passing_attempt.submitted_at]
        for lesson in self.lessons:
            completed_at = self.progress[lesson.pk].completed_at
            if completed_at is not None:
                moments.append(completed_at)
        return max(moments)

    @property
    def next_step(self) -> str:
        """What the learner has to do next, in the order the claim checks it."""
        if not self.enrolment.is_active:
            return "wait_for_enrolment"
        if self.lessons_left:
            return "complete_lessons"
        if self.passing_attempt is None:
            return "pass_post_test"
        if not self.evaluated:
            return "evaluate"
        if not any(certificate.is_valid for certificate in self.certificates):
            return "claim_credit"
        return "done"


def _lessons_by_course(courses: list[CoursePage]) -> dict[str, list[LessonPage]]:
    if not courses:
        return {}
    within = reduce(
        or_, (Q(path__startswith=course.path, depth=course.depth + 1) for course in courses)
    )
    lessons: dict[str, list[LessonPage]] = {course.path: [] for course in courses}
    for lesson in LessonPage.objects.live().public().filter(within).order_by("path"):
        lessons[lesson.path[: -LessonPage.steplen]].append(lesson)
    return lessons


def _progress_of(enrolments: list[Enrolment]) -> list[CourseProgress]:
    lessons = _lessons_by_course([enrolment.course for enrolment in enrolments])
    results = {
        enrolment.pk: CourseProgress(enrolment, lessons=lessons.get(enrolment.course.path, []))
        for enrolment in enrolments
    }
    for record in LessonProgress.objects.filter(enrolment__in=results):
        results[record.enrolment_id].progress[record.lesson_id] = record
    for attempt in Attempt.objects.filter(enrolment__in=results).order_by("number"):
        results[attempt.enrolment_id].attempts.append(attempt)
    for enrolment_id in EvaluationResponse.objects.filter(enrolment__in=results).values_list(
        "enrolment_id", flat=True
    ):
        results[enrolment_id].evaluated = True
    certificates = Certificate.objects.filter(enrolment__in=results).select_related("superseded_by")
    for certificate in certificates:
        if certificate.enrolment_id is not None:
            results[certificate.enrolment_id].certificates.append(certificate)
    return list(results.values())


def _enrolments():
    return (
        Enrolment.objects.filter(course__live=True)
        .select_related("course", "course__post_test")
        .prefetch_related(
            Prefetch("course__credit_types", queryset=CreditType.objects.order_by("code"))
        )
    )


def learner_courses(user) -> list[CourseProgress]:
    return _progress_of(list(_enrolments().filter(learner=user)))


def learner_course(user, course: CoursePage) -> CourseProgress | None:
    enrolment = _enrolments().filter(learner=user, course=course).first()
    return _progress_of([enrolment])[0] if enrolment else None


def course_progress(enrolment: Enrolment) -> CourseProgress:
    return _progress_of([enrolment])[0]


@dataclass(frozen=True)
class LearnerAccount:
    user: object
    profile: LearnerProfile
    email_verified: bool


def learner_account(user) -> LearnerAccount:
    profile, _ = LearnerProfile.objects.get_or_create(user=user)
    verified = EmailAddress.objects.filter(user=user, primary=True, verified=True).exists()
    return LearnerAccount(user, profile, verified)


def learner_certificates(user) -> list[Certificate]:
    return list(
        Certificate.objects.filter(learner=user)
        .select_related("superseded_by")
        .order_by("-issued_at", "-pk")
    )


def learner_certificate(user, code: str) -> Certificate | None:
    return (
        Certificate.objects.filter(learner=user, code=code).select_related("superseded_by").first()
    )
