"""A learner's profile, and closing an account without losing what accreditors audit.

Accreditors require the provider to keep who earned which credit, and when, for years.
Closing an account therefore anonymises it and erases the profile, but keeps the issued
certificates, which hold their own copy of the name, licence and credit they certify
(docs/accreditation-records.md).
"""

from django.db import transaction

from allauth.account.models import EmailAddress

from lessons.credit.errors import CreditError
from lessons.credit.models import LearnerProfile
from lessons.models import Profession

PROFILE_LIMITS = {
    "legal_name": 200,
    "licence_number": 60,
    "licence_jurisdiction": 100,
}


def update_profile(user, data: object) -> LearnerProfile:
    if not isinstance(data, dict):
        raise CreditError("malformed_profile", "Send the profile as a JSON object.")
    allowed = {*PROFILE_LIMITS, "profession"}
    unknown = set(data) - allowed
    if unknown:
        raise CreditError(
            "unknown_field",
            f"A profile has no field {sorted(unknown)[0]!r}; it has {', '.join(sorted(allowed))}.",
            field=sorted(unknown)[0],
        )
    profile, _ = LearnerProfile.objects.get_or_create(user=user)
    for name, limit in PROFILE_LIMITS.items():
        if name in data:
            value = data[name]
            if not isinstance(value, str) or len(value.strip()) > limit:
                raise CreditError(
                    "invalid_field", f"{name} is text of at most {limit} characters.", field=name
                )
            setattr(profile, name, " ".join(value.split()))
    if "profession" in data:
        if data["profession"] not in Profession.values:
            raise CreditError(
                "invalid_field",
                f"profession is one of {', '.join(Profession.values)}.",
                field="profession",
            )
        profile.profession = data["profession"]
    profile.save()
    return profile


def delete_account(user) -> None:
    """Anonymise the account and erase the profile; keep the records accreditors audit.

    Enrolments, progress, attempts and evaluations stay, attached to the anonymised account
    (the pass rates and item analyses staff report on count them); certificates are detached
    from it and keep their own snapshot. A new password hash ends every session and token
    (Django checks the session's hash of it on each request).
    """
    if user.is_staff or user.is_superuser:
        raise CreditError(
            "staff_account", "Staff accounts are closed in the admin, not here.", status=403
        )
    with transaction.atomic():
        LearnerProfile.objects.filter(user=user).delete()
        EmailAddress.objects.filter(user=user).delete()
        user.certificates.update(learner=None)
        user.username = f"closed-{user.pk}"
        user.email = ""
        user.first_name = ""
        user.last_name = ""
        user.is_active = False
        user.set_unusable_password()
        user.save()
