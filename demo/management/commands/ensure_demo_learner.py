"""The demo learner: someone to sign in to the reader site as who has already done a course.

They take the same path a real learner does, through the credit room's services (enrol,
watch every lesson, pass the post-test, evaluate, claim), so the demo shows records exactly
as the site makes them, and the command fails loudly if that path is broken. Each step is
skipped when already done, so running it again keeps one enrolment and one certificate.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from allauth.account.models import EmailAddress

from demo.data.credit import LEARNER_COURSE, LEARNER_CREDIT_TYPE
from lessons.credit.errors import CreditError
from lessons.credit.models import (
    Certificate,
    CertificateStatus,
    Enrolment,
    EvaluationItem,
    EvaluationResponse,
    LearnerProfile,
)
from lessons.credit.services.claims import claim_credit
from lessons.credit.services.courses import course_lessons, published_course
from lessons.credit.services.enrolment import enrol, record_progress
from lessons.credit.services.evaluation import course_evaluation, submit_evaluation
from lessons.credit.services.post_test import post_test_state, submit_attempt
from lessons.models import Profession

PROFILE = {
    "legal_name": "Jordan A. Rivera, PhD",
    "profession": Profession.PSYCHOLOGIST,
    "licence_number": "PSY 00000 (demo)",
    "licence_jurisdiction": "California",
}
# The evaluation's free-text items, in order: what will change in practice, future topics.
TEXT_ANSWERS = (
    "I will offer patients a choice of anchors, starting with the feet or sounds rather than "
    "the breath, and keep first practices to a few minutes.",
    "Mindfulness for children and adolescents with anxiety.",
)


class Command(BaseCommand):
    help = (
        "Create or refresh the demo learner, who has completed a demo course and holds its "
        "certificate. Run after load_demo; safe to re-run."
    )

    def handle(self, *args, **options):
        username = settings.DEMO_LEARNER_USERNAME
        password = settings.DEMO_LEARNER_PASSWORD
        try:
            with transaction.atomic():
                user, created = self.ensure_account(username, password)
                certificate = self.ensure_certificate(user)
        except CreditError as error:
            raise CommandError(
                f"The demo learner could not complete {LEARNER_COURSE!r}: {error.message} "
                "(has `manage.py load_demo` run?)"
            ) from error
        verb = "Created" if created else "Refreshed"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} demo learner: username {username!r}, password {password!r}, "
                f"certificate {certificate.code}"
            )
        )

    def ensure_account(self, username: str, password: str | None):
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "first_name": "Jordan",
                "last_name": "Rivera",
            },
        )
        user.set_password(password)
        user.is_active = True
        user.is_staff = False
        user.is_superuser = False
        user.save()
        EmailAddress.objects.filter(user=user).exclude(email__iexact=user.email).update(
            primary=False
        )
        EmailAddress.objects.update_or_create(
            user=user,
            email=user.email,
            defaults={"primary": True, "verified": True},
        )
        LearnerProfile.objects.update_or_create(user=user, defaults=PROFILE)
        return user, created

    def ensure_certificate(self, user) -> Certificate:
        course = published_course(LEARNER_COURSE)
        held = Certificate.objects.filter(
            learner=user,
            course=course,
            credit_type_code=LEARNER_CREDIT_TYPE,
            status=CertificateStatus.VALID,
        ).first()
        if held is not None:
            return held
        enrolment = self.fresh_enrolment(user, course)
        for lesson in course_lessons(course):
            record_progress(
                user,
                lesson.pk,
                position_seconds=int(lesson.duration.total_seconds()),
                completed=True,
            )
        state = post_test_state(enrolment)
        if not state.passed:
            answers = {
                str(question.pk): sorted(question.correct_choice_ids())
                for question in state.questions
            }
            submit_attempt(user, LEARNER_COURSE, answers)
        if not EvaluationResponse.objects.filter(enrolment=enrolment).exists():
            submit_evaluation(user, LEARNER_COURSE, self.evaluation_answers(enrolment))
        return claim_credit(
            user,
            LEARNER_COURSE,
            credit_type_code=LEARNER_CREDIT_TYPE,
            hours=str(course.credit_hours),
            attestation=True,
        )

    def fresh_enrolment(self, user, course) -> Enrolment:
        """The learner's enrolment, started over if someone signed in as the demo learner and
        used up every attempt without passing: the demo account must always reach its
        certificate (its past records are demo data, not an accreditor's)."""
        enrolment, _ = enrol(user, course.slug)
        state = post_test_state(enrolment)
        if not state.passed and state.attempts_left == 0:
            enrolment.delete()
            enrolment, _ = enrol(user, course.slug)
        return enrolment

    def evaluation_answers(self, enrolment: Enrolment) -> dict[str, int | str]:
        _, items = course_evaluation(enrolment)
        answers: dict[str, int | str] = {}
        texts = iter(TEXT_ANSWERS)
        for number, item in enumerate(items):
            if item.kind == EvaluationItem.Kind.RATING:
                answers[str(item.pk)] = 5 if number % 3 else 4
            else:
                answer = next(texts, "")
                if answer:
                    answers[str(item.pk)] = answer
        return answers
