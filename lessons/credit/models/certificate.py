"""Issued certificates: immutable records of credit, verifiable by their code.

Everything a certificate says is copied onto it when it is issued, so that a later edit of
the course, the learner's profile or the accreditation statement never changes what a
certificate already said, and an accreditor's audit years later reads what the learner got.
A correction is a new certificate (new code) that supersedes the old one.
"""

import base64
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

CODE_BYTES = 15  # 120 bits: unguessable (Step 12 asks for at least 80)


def new_certificate_code() -> str:
    """24 characters of base32 in groups of four, easy to read aloud and to type."""
    raw = base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode()
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


class CertificateStatus(models.TextChoices):
    VALID = "valid", "Valid"
    REVOKED = "revoked", "Revoked"
    SUPERSEDED = "superseded", "Superseded"


# The fields that may change after issue: the status and who changed it, and why.
STATUS_FIELDS = frozenset(
    {"status", "revoked_at", "revoked_reason", "revoked_by", "superseded_by", "learner"}
)


class CertificateIsImmutable(Exception):
    pass


class Certificate(models.Model):
    code = models.CharField(max_length=40, unique=True, default=new_certificate_code)
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    enrolment = models.ForeignKey(
        "credit.Enrolment", null=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    course = models.ForeignKey(
        "lessons.CoursePage", null=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    credit_type = models.ForeignKey(
        "lessons.CreditType", null=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    learner_name = models.CharField(max_length=200)
    learner_email = models.EmailField(blank=True)
    profession = models.CharField(max_length=20)
    licence_number = models.CharField(max_length=60, blank=True)
    licence_jurisdiction = models.CharField(max_length=100, blank=True)
    course_title = models.CharField(max_length=255)
    course_url = models.URLField(max_length=500, blank=True)
    enrolled_on = models.DateField()
    completed_on = models.DateField()
    credit_type_code = models.CharField(max_length=20)
    credit_type_name = models.CharField(max_length=255)
    hours = models.DecimalField(max_digits=4, decimal_places=2)
    accreditation_statement = models.TextField(blank=True)
    provider_name = models.CharField(max_length=255)
    post_test_score = models.PositiveSmallIntegerField(null=True)
    attested_at = models.DateTimeField(help_text="When the learner attested to their hours.")
    issued_at = models.DateTimeField(default=timezone.now)
    credential = models.TextField(help_text="The signed VC-JWT, as issued.")
    signing_key_id = models.CharField(max_length=100)

    status = models.CharField(
        max_length=20, choices=CertificateStatus.choices, default=CertificateStatus.VALID
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.TextField(blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    superseded_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="supersedes"
    )

    class Meta:
        ordering = ["-issued_at", "-pk"]
        indexes = [models.Index(fields=["credit_type_code", "completed_on"])]

    def __str__(self) -> str:
        return f"{self.code} ({self.learner_name}, {self.course_title})"

    def save(self, *args, **kwargs):
        """Once issued, only the status fields change, and only when named."""
        if self.pk is not None:
            update_fields = kwargs.get("update_fields")
            if update_fields is None or not set(update_fields) <= STATUS_FIELDS:
                raise CertificateIsImmutable(
                    "An issued certificate is not edited: reissue it to correct it."
                )
        super().save(*args, **kwargs)

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID
