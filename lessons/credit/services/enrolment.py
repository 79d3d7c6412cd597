"""Enrolling in a course and recording how far a learner has watched each lesson."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from lessons.credit.errors import CreditError
from lessons.credit.models import Enrolment, EnrolmentStatus, LessonProgress
from lessons.credit.services.courses import published_course
from lessons.models import EnrolmentPolicy, LessonPage

STATUS_FOR_POLICY = {
    EnrolmentPolicy.OPEN: EnrolmentStatus.ACTIVE,
    EnrolmentPolicy.APPROVAL: EnrolmentStatus.AWAITING_APPROVAL,
    EnrolmentPolicy.PAID: EnrolmentStatus.AWAITING_PAYMENT,
}


def enrol(user, course_slug: object) -> tuple[Enrolment, bool]:
    """Idempotent: enrolling twice answers the first enrolment, whatever its status."""
    course = published_course(course_slug)
    existing = Enrolment.objects.filter(learner=user, course=course).first()
    if existing is not None:
        return existing, False
    status = STATUS_FOR_POLICY.get(
        EnrolmentPolicy(course.enrolment_policy), EnrolmentStatus.AWAITING_APPROVAL
    )
    try:
        with transaction.atomic():
            enrolment = Enrolment.objects.create(
                learner=user,
                course=course,
                status=status,
                activated_at=timezone.now() if status == EnrolmentStatus.ACTIVE else None,
            )
    except IntegrityError:  # the same learner enrolling from two tabs at once
        return Enrolment.objects.get(learner=user, course=course), False
    return enrolment, True


def approve_enrolment(enrolment: Enrolment, *, by) -> Enrolment:
    """Staff approve an enrolment, or record that it was paid for (outside the CMS)."""
    if enrolment.is_active:
        raise CreditError("already_active", "This enrolment is already active.", status=409)
    enrolment.status = EnrolmentStatus.ACTIVE
    enrolment.activated_at = timezone.now()
    enrolment.save(update_fields=["status", "activated_at"])
    return enrolment


def _lesson_for(user, lesson_id: int) -> tuple[LessonPage, Enrolment]:
    lesson = LessonPage.objects.live().public().filter(pk=lesson_id).first()
    if lesson is None:
        raise CreditError("unknown_lesson", f"There is no lesson {lesson_id}.", status=404)
    course_path = lesson.path[: -LessonPage.steplen]
    enrolment = (
        Enrolment.objects.select_for_update().filter(learner=user, course__path=course_path).first()
    )
    if enrolment is None:
        raise CreditError(
            "not_enrolled", "Enrol in this lesson's course before recording progress.", status=409
        )
    if not enrolment.is_active:
        raise CreditError(
            "enrolment_not_active", "Your enrolment in this course is not active yet.", status=409
        )
    return lesson, enrolment


def required_seconds(lesson: LessonPage) -> int:
    """How far a learner must reach before a lesson counts: 90 % of its video, or nothing."""
    return int(lesson.duration.total_seconds() * settings.LESSON_COMPLETION_SHARE)


def record_progress(
    user, lesson_id: int, *, position_seconds: int, completed: bool
) -> LessonProgress:
    """Saves the resume position; completes the lesson when asked and watched far enough.

    A completed lesson stays complete (a later position only moves the resume point): the
    record of having watched it is what an accreditor audits.
    """
    with transaction.atomic():
        lesson, enrolment = _lesson_for(user, lesson_id)
        length = int(lesson.duration.total_seconds())
        if length and position_seconds > length:
            raise CreditError(
                "position_out_of_range",
                f"position_seconds is past the end of the video ({length} s).",
                field="position_seconds",
            )
        progress, _ = LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
        progress.position_seconds = position_seconds
        progress.furthest_seconds = max(progress.furthest_seconds, position_seconds)
        if completed and progress.completed_at is None:
            needed = required_seconds(lesson)
            if progress.furthest_seconds < needed:
                raise CreditError(
                    "lesson_not_watched",
                    f"Watch at least {needed} s of this lesson before marking it complete "
                    f"(furthest point reached: {progress.furthest_seconds} s).",
                    status=409,
                )
            progress.completed_at = timezone.now()
        progress.save()
    return progress
