"""Certificates and the transcript as their owner sees them (the public view is smaller:
lessons/credit/verification_api.py)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from lessons.credit.serializers import ProfileSerializer


class CertifiedCourseSerializer(serializers.Serializer):
    title = serializers.CharField(source="course_title")
    url = serializers.CharField(source="course_url", help_text="As it was when issued.")


class CertifiedCreditSerializer(serializers.Serializer):
    code = serializers.CharField(source="credit_type_code")
    name = serializers.CharField(source="credit_type_name")


class CertificateLinksSerializer(serializers.Serializer):
    pdf = serializers.URLField()
    verification = serializers.URLField(help_text="The public page the PDF's QR code opens.")
    verification_api = serializers.URLField()
    credential = serializers.URLField(help_text="The signed VC-JWT.")


class CertificateSerializer(serializers.Serializer):
    code = serializers.CharField()
    status = serializers.ChoiceField(choices=["valid", "revoked", "superseded"])
    course = CertifiedCourseSerializer(source="*")
    credit_type = CertifiedCreditSerializer(source="*")
    hours = serializers.DecimalField(max_digits=4, decimal_places=2, coerce_to_string=False)
    learner_name = serializers.CharField()
    profession = serializers.CharField()
    licence_number = serializers.CharField()
    licence_jurisdiction = serializers.CharField()
    enrolled_on = serializers.DateField()
    completed_on = serializers.DateField()
    issued_at = serializers.DateTimeField()
    accreditation_statement = serializers.CharField()
    provider = serializers.CharField(source="provider_name")
    revoked_reason = serializers.CharField()
    superseded_by = serializers.SerializerMethodField()
    links = serializers.SerializerMethodField()

    def get_superseded_by(self, certificate) -> str | None:
        # learner_certificates joins the replacement: reading its code runs no query.
        return certificate.superseded_by.code if certificate.superseded_by_id else None

    @extend_schema_field(CertificateLinksSerializer)
    def get_links(self, certificate) -> dict:
        request = self.context["request"]
        code = certificate.code
        return {
            "pdf": request.build_absolute_uri(f"/api/v2/me/certificates/{code}/pdf/"),
            "verification": request.build_absolute_uri(f"/certificates/{code}/"),
            "verification_api": request.build_absolute_uri(f"/api/v2/certificates/{code}/"),
            "credential": request.build_absolute_uri(f"/api/v2/certificates/{code}/credential/"),
        }


class TranscriptTotalSerializer(serializers.Serializer):
    credit_type = serializers.CharField()
    year = serializers.IntegerField()
    hours = serializers.DecimalField(max_digits=6, decimal_places=2, coerce_to_string=False)
    certificates = serializers.IntegerField()


TRANSCRIPT_COLUMNS = [
    "certificate",
    "status",
    "course",
    "credit_type",
    "hours",
    "completed_on",
    "issued_on",
]


def transcript(certificates: list) -> dict:
    """Valid credit by type and year; superseded and revoked certificates count for nothing."""
    totals: dict[tuple[str, int], dict] = {}
    for certificate in certificates:
        if not certificate.is_valid:
            continue
        key = (certificate.credit_type_code, certificate.completed_on.year)
        total = totals.setdefault(
            key, {"credit_type": key[0], "year": key[1], "hours": 0, "certificates": 0}
        )
        total["hours"] += certificate.hours
        total["certificates"] += 1
    return {"totals": sorted(totals.values(), key=lambda t: (-t["year"], t["credit_type"]))}


def transcript_rows(certificates: list) -> list[list[str]]:
    rows = [TRANSCRIPT_COLUMNS]
    for certificate in certificates:
        rows.append(
            [
                certificate.code,
                certificate.status,
                certificate.course_title,
                certificate.credit_type_code,
                str(certificate.hours),
                certificate.completed_on.isoformat(),
                certificate.issued_at.date().isoformat(),
            ]
        )
    return rows


class CertificateListSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    results = CertificateSerializer(many=True)


class TranscriptSerializer(serializers.Serializer):
    learner = ProfileSerializer()
    totals = TranscriptTotalSerializer(many=True)
    certificates = CertificateSerializer(many=True)
