"""Factories for learners and every record of the credit room."""

import datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

import factory
import wagtail_factories
from allauth.account.models import EmailAddress
from factory.django import DjangoModelFactory

from lessons.credit.models import (
    Attempt,
    Certificate,
    CourseEvaluation,
    Enrolment,
    EvaluationItem,
    LearnerProfile,
    PostTest,
    Question,
    QuestionKind,
    new_certificate_code,
)
from lessons.credit.models.assessment import ChoiceBlock
from lessons.models import Profession

LEARNER_PASSWORD = "a-long-learner-passphrase"  # noqa: S105 -- test factories only


class LearnerFactory(DjangoModelFactory):
    """A learner with a profile and a verified primary email (`email_verified=False`: not yet)."""

    username = factory.Sequence(lambda n: f"learner{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password(LEARNER_PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    profile = factory.PostGeneration(
        lambda user, create, extracted, **kw: _profile(user, create, kw)
    )
    email_verified = factory.PostGeneration(
        lambda user, create, extracted, **kw: _email(user, create, verified=extracted is not False)
    )


def _profile(user: Any, create: bool, values: dict) -> None:
    if create:
        LearnerProfile.objects.create(
            user=user,
            **{
                "legal_name": f"Dr {user.username.title()} Example",
                "profession": Profession.PSYCHOLOGIST,
                "licence_number": "PSY-12345",
                "licence_jurisdiction": "California",
                **values,
            },
        )


def _email(user: Any, create: bool, *, verified: bool) -> None:
    if create:
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=verified)


class EnrolmentFactory(DjangoModelFactory):
    learner = factory.SubFactory(LearnerFactory)
    course = None  # a CoursePage: pass one
    activated_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Enrolment


class ChoiceBlockFactory(wagtail_factories.StructBlockFactory):
    text = factory.Sequence(lambda n: f"Choice {n}")
    correct = False

    class Meta:
        model = ChoiceBlock


class PostTestFactory(DjangoModelFactory):
    course = None  # a CoursePage: pass one
    pass_mark = 75
    attempt_limit = 3

    class Meta:
        model = PostTest


class QuestionFactory(DjangoModelFactory):
    """A single-choice question whose first choice is right, unless `choices` says otherwise."""

    post_test = factory.SubFactory(PostTestFactory)
    kind = QuestionKind.SINGLE
    prompt = factory.Sequence(lambda n: f"Which response fits situation {n}?")
    explanation = "The first response meets the client where they are."
    choices = factory.LazyFunction(
        lambda: [
            ("choice", {"text": "Reflect the feeling first", "correct": True}),
            ("choice", {"text": "Offer advice at once", "correct": False}),
            ("choice", {"text": "Change the subject", "correct": False}),
        ]
    )
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Question


class CourseEvaluationFactory(DjangoModelFactory):
    course = None  # a CoursePage: pass one
    intro = "Your answers help us improve the course."

    class Meta:
        model = CourseEvaluation


class EvaluationItemFactory(DjangoModelFactory):
    evaluation = factory.SubFactory(CourseEvaluationFactory)
    kind = EvaluationItem.Kind.RATING
    prompt = factory.Sequence(lambda n: f"The course met learning objective {n}.")
    required = True
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = EvaluationItem


class AttemptFactory(DjangoModelFactory):
    enrolment = factory.SubFactory(EnrolmentFactory)
    number = factory.Sequence(lambda n: n + 1)
    answers = factory.LazyFunction(dict)
    score = 100
    pass_mark = 75
    passed = True

    class Meta:
        model = Attempt


class CertificateFactory(DjangoModelFactory):
    """An issued certificate, signed like a real one (lessons.credit.credential)."""

    code = factory.LazyFunction(new_certificate_code)
    learner = factory.SubFactory(LearnerFactory)
    learner_name = "Dr Alex Example"
    learner_email = "alex@example.org"
    profession = Profession.PSYCHOLOGIST
    licence_number = "PSY-12345"
    licence_jurisdiction = "California"
    course_title = "Working with anxious clients"
    enrolled_on = datetime.date(2026, 10, 1)
    completed_on = datetime.date(2026, 11, 2)
    credit_type_code = "APA"
    credit_type_name = "American Psychological Association"
    hours = Decimal("3.00")
    accreditation_statement = "Approved for 3 hours of continuing education."
    provider_name = "Clinical Education Publisher"
    post_test_score = 90
    attested_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Certificate

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        from lessons.credit.credential import sign_credential

        certificate = model_class(*args, **kwargs)
        certificate.credential, certificate.signing_key_id = sign_credential(certificate)
        certificate.save()
        return certificate
