"""Claiming credit: the last step, allowed only when everything an accreditor checks is done.

The order of the checks is the order a learner meets them in, so the error names the first
thing still to do. Nothing is written until every check has passed, and the certificate is
signed before it is stored, so a certificate never exists without its credential.
"""

from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone

from allauth.account.models import EmailAddress

from cms.seo.publisher import site_name
from lessons.credit.credential import sign_credential
from lessons.credit.errors import CreditError
from lessons.credit.models import Certificate, Enrolment, LearnerProfile
from lessons.credit.selectors import CourseProgress, course_progress
from lessons.credit.services.courses import active_enrolment
from lessons.models import CreditType

HOURS_STEP = Decimal("0.25")


def _hours(value: object, course_hours: Decimal) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise CreditError("invalid_hours", "hours must be a number.", field="hours")
    try:
        hours = Decimal(str(value))
    except InvalidOperation:
        raise CreditError("invalid_hours", "hours must be a number.", field="hours") from None
    if not hours.is_finite() or hours <= 0:
        raise CreditError("invalid_hours", "hours must be more than zero.", field="hours")
    if hours > course_hours:
        raise CreditError(
            "too_many_hours",
            f"This course carries at most {course_hours} hours.",
            field="hours",
        )
    if hours % HOURS_STEP:
        raise CreditError(
            "invalid_hours", "Claim hours in quarter hours (0.25, 0.5…).", field="hours"
        )
    return hours.quantize(Decimal("0.01"))


def _credit_type(enrolment: Enrolment, code: object, profession: str) -> CreditType:
    offered = {credit.code: credit for credit in enrolment.course.credit_types.all()}
    if not isinstance(code, str) or code not in offered:
        raise CreditError(
            "credit_type_not_offered",
            f"This course offers credit of types {', '.join(sorted(offered)) or 'none'}.",
            field="credit_type",
        )
    credit_type = offered[code]
    if not credit_type.allows(profession):
        raise CreditError(
            "credit_type_not_for_profession",
            f"{credit_type.code} credit is not for your profession ({profession}).",
            field="credit_type",
        )
    return credit_type


def _profile(user) -> LearnerProfile:
    profile = LearnerProfile.objects.filter(user=user).first()
    if profile is None or not profile.legal_name.strip() or not profile.profession:
        raise CreditError(
            "profile_incomplete",
            "Add your legal name and profession to your profile: the certificate prints them.",
            status=409,
        )
    if not EmailAddress.objects.filter(user=user, primary=True, verified=True).exists():
        raise CreditError(
            "email_not_verified", "Verify your email address before claiming credit.", status=409
        )
    return profile


def _checked_progress(enrolment: Enrolment) -> CourseProgress:
    progress = course_progress(enrolment)
    if progress.lessons_left:
        raise CreditError(
            "lessons_incomplete",
            f"Complete every lesson first: {progress.lessons_left} left.",
            status=409,
        )
    if progress.passing_attempt is None:
        raise CreditError("post_test_not_passed", "Pass the post-test first.", status=409)
    if not progress.evaluated:
        raise CreditError("evaluation_missing", "Evaluate the course first.", status=409)
    return progress


def claim_credit(
    user, course_slug: object, *, credit_type_code: object, hours: object, attestation: object
) -> Certificate:
    with transaction.atomic():
        enrolment = active_enrolment(user, course_slug, for_update=True)
        course = enrolment.course
        if course.credit_hours is None:
            raise CreditError("no_credit", "This course carries no CE/CME credit.", status=409)
        progress = _checked_progress(enrolment)
        completed_at = progress.completed_at or timezone.now()
        profile = _profile(user)
        credit_type = _credit_type(enrolment, credit_type_code, profile.profession)
        claimed_hours = _hours(hours, course.credit_hours)
        if attestation is not True:
            raise CreditError(
                "attestation_required",
                "Attest that you took part for the hours you claim (attestation: true).",
                field="attestation",
            )
        if Certificate.objects.filter(
            enrolment=enrolment, credit_type_code=credit_type.code, status="valid"
        ).exists():
            raise CreditError(
                "already_claimed",
                f"You already hold {credit_type.code} credit for this course.",
                status=409,
            )
        if enrolment.completed_at is None:
            enrolment.completed_at = completed_at
            enrolment.save(update_fields=["completed_at"])
        certificate = Certificate(
            learner=user,
            enrolment=enrolment,
            course=course,
            credit_type=credit_type,
            learner_name=profile.legal_name.strip(),
            learner_email=user.email,
            profession=profile.profession,
            licence_number=profile.licence_number,
            licence_jurisdiction=profile.licence_jurisdiction,
            course_title=course.title,
            course_url=course.get_full_url() or "",
            enrolled_on=timezone.localdate(enrolment.enrolled_at),
            completed_on=timezone.localdate(completed_at),
            credit_type_code=credit_type.code,
            credit_type_name=credit_type.name,
            hours=claimed_hours,
            accreditation_statement=course.accreditation_statement,
            provider_name=site_name(None),
            post_test_score=progress.passing_attempt.score if progress.passing_attempt else None,
            attested_at=timezone.now(),
        )
        certificate.credential, certificate.signing_key_id = sign_credential(certificate)
        certificate.save()
    return certificate
