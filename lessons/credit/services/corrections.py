"""Staff corrections to issued certificates: revoking one, and reissuing one with a fix.

An issued certificate is never edited (an accreditor may already hold a copy): a mistake in it
is corrected by a new certificate, with a new code and its own signed credential, and the old
one stays on record as superseded by it, so a verifier who scans the old code is told where
the current one is. Revoking withdraws the credit itself, with the reason on record.

Only the learner's particulars and the hours can be corrected: a different course or credit
type is a different claim, not a correction.
"""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from lessons.credit.credential import sign_credential
from lessons.credit.errors import CreditError
from lessons.credit.models import Certificate, CertificateStatus, new_certificate_code
from lessons.models import Profession

CORRECTABLE_FIELDS = (
    "learner_name",
    "learner_email",
    "profession",
    "licence_number",
    "licence_jurisdiction",
    "hours",
)

# Copied from the old certificate as they are: everything it says but what is new to a reissue.
NOT_COPIED = frozenset(
    {"id", "code", "issued_at", "credential", "signing_key_id"}
    | {"status", "revoked_at", "revoked_reason", "revoked_by", "superseded_by"}
)


def _locked(certificate: Certificate) -> Certificate:
    """The certificate as it is now, locked: two staff acting at once see each other's change."""
    return Certificate.objects.select_for_update().get(pk=certificate.pk)


def revoke_certificate(certificate: Certificate, *, reason: str, by) -> Certificate:
    reason = (reason or "").strip()
    if not reason:
        raise CreditError("reason_required", "Say why the certificate is revoked.", field="reason")
    with transaction.atomic():
        current = _locked(certificate)
        if current.status != CertificateStatus.VALID:
            raise CreditError(
                "certificate_not_valid",
                f"Only a valid certificate can be revoked; this one is {current.status}.",
                status=409,
            )
        current.status = CertificateStatus.REVOKED
        current.revoked_at = timezone.now()
        current.revoked_reason = reason
        current.revoked_by = by
        current.save(update_fields=["status", "revoked_at", "revoked_reason", "revoked_by"])
        log(current, "credit.certificate.revoked", user=by, data={"reason": reason})
    return current


def _cleaned_corrections(old: Certificate, corrections: dict) -> dict:
    unknown = sorted(set(corrections) - set(CORRECTABLE_FIELDS))
    if unknown:
        raise CreditError(
            "not_correctable",
            f"These cannot be corrected by a reissue: {', '.join(unknown)}.",
            field=unknown[0],
        )
    cleaned = {}
    for name, value in corrections.items():
        if isinstance(value, str):
            value = value.strip()
        if name == "hours":
            value = _hours(value, old.hours)
        if name == "profession" and value not in Profession.values:
            raise CreditError("invalid_profession", "Choose a listed profession.", field=name)
        if value != getattr(old, name):
            cleaned[name] = value
    if not cleaned:
        raise CreditError("nothing_to_correct", "The correction changes nothing.")
    return cleaned


def _hours(value: object, issued: Decimal) -> Decimal:
    """A correction may lower the hours (a claim over what was attended), never raise them."""
    try:
        hours = Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        raise CreditError("invalid_hours", "hours must be a number.", field="hours") from None
    if not hours.is_finite() or hours <= 0 or hours > issued:
        raise CreditError(
            "invalid_hours", f"hours must be more than 0 and at most {issued}.", field="hours"
        )
    return hours


def reissue_certificate(certificate: Certificate, *, by, **corrections) -> Certificate:
    """The corrected certificate (new code, newly signed); the old one is superseded by it."""
    with transaction.atomic():
        old = _locked(certificate)
        if old.status != CertificateStatus.VALID:
            raise CreditError(
                "certificate_not_valid",
                f"Only a valid certificate can be reissued; this one is {old.status}.",
                status=409,
            )
        changes = _cleaned_corrections(old, corrections)
        copied = {
            field.attname: getattr(old, field.attname)
            for field in Certificate._meta.concrete_fields
            if field.name not in NOT_COPIED
        }
        new = Certificate(**{**copied, **changes}, code=new_certificate_code())
        try:
            unchanged = [f.name for f in Certificate._meta.fields if f.name not in changes]
            new.clean_fields(exclude=unchanged)  # the rest was valid when first issued
        except ValidationError as exc:
            field, messages = next(iter(exc.message_dict.items()))
            raise CreditError(
                "invalid_correction", f"{field}: {messages[0]}", field=field
            ) from None
        new.credential, new.signing_key_id = sign_credential(new)
        new.save()
        old.status = CertificateStatus.SUPERSEDED
        old.superseded_by = new
        old.save(update_fields=["status", "superseded_by"])
        changed = {name: [str(getattr(old, name)), str(value)] for name, value in changes.items()}
        log(old, "credit.certificate.superseded", user=by, data={"new": new.code, **changed})
        log(new, "credit.certificate.reissued", user=by, data={"replaces": old.code})
    return new
