"""Public verification: anyone holding a certificate's code checks it, and fetches its signed
credential to verify offline against /.well-known/jwks.json; a verifier without a JOSE library
may post a credential it was shown to have it checked here.

A verifier learns what the certificate itself says (name, course, date, credit, provider) and
whether it still stands; nothing else about the learner. Codes are 120 random bits, and every
lookup, hit or miss, counts against one budget per client (CERTIFICATE_LOOKUP_RATE), shared
with the reader page, so codes cannot be enumerated. Answers are never cached: a revocation
shows at once (the response cache skips these paths too).
"""

from django.conf import settings

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
)
from rest_framework import exceptions, serializers
from rest_framework.decorators import action
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle

from cms.api_common import ContentAPIViewSet, ErrorSerializer
from cms.client_address import client_ip
from lessons.credit.credential import MEDIA_TYPE, CredentialRejected, verify_credential
from lessons.credit.models import Certificate, CertificateStatus
from lessons.credit.verification_selectors import (
    certificate_for_verification,
    certificate_status,
    credential_for_verification,
)

NOT_FOUND = "No certificate has this code. Check it against the certificate."


class CertificateLookupThrottle(SimpleRateThrottle):
    """One budget per client address for every certificate lookup, API or reader page.

    The address is the one every other per-client limit counts (cms.client_address): DRF's
    own would believe a forged X-Forwarded-For and give each request a fresh budget.
    """

    scope = "certificate_lookup"

    def get_rate(self) -> str | None:
        return settings.CERTIFICATE_LOOKUP_RATE or None

    def get_cache_key(self, request, view) -> str:
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}


class VerifiableCredentialRenderer(BaseRenderer):
    """The compact VC-JWT as it is, under the media type VC-JOSE-COSE registers for it."""

    media_type = MEDIA_TYPE
    format = "jwt"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        return str(data).encode("ascii")


class VerifiedCreditSerializer(serializers.Serializer):
    type = serializers.CharField(source="credit_type_code", help_text="e.g. APA, ASWB, ANCC")
    name = serializers.CharField(source="credit_type_name")
    hours = serializers.DecimalField(max_digits=4, decimal_places=2, coerce_to_string=False)


class CertificateVerificationSerializer(serializers.Serializer):
    valid = serializers.BooleanField(source="is_valid")
    status = serializers.ChoiceField(choices=CertificateStatus.choices)
    learner_name = serializers.CharField(help_text="The name printed on the certificate")
    course = serializers.CharField(source="course_title")
    completed_on = serializers.DateField()
    credits = serializers.SerializerMethodField()
    provider = serializers.CharField(source="provider_name")

    @extend_schema_field(VerifiedCreditSerializer(many=True))
    def get_credits(self, certificate: Certificate) -> list[dict]:
        return [VerifiedCreditSerializer(certificate).data]


class CredentialSerializer(serializers.Serializer):
    credential = serializers.CharField(help_text="The compact VC-JWT (EdDSA)")


class CheckedCredentialSerializer(serializers.Serializer):
    valid = serializers.BooleanField(help_text="Signed by this issuer, and the certificate stands")
    status = serializers.ChoiceField(
        choices=[*CertificateStatus.choices, ("unknown", "Unknown")],
        help_text="`unknown`: signed by this issuer, but no such certificate is on record",
    )
    credential = serializers.DictField(help_text="The verified credential's claims")


CODE_PARAM = OpenApiParameter(
    "code",
    str,
    OpenApiParameter.PATH,
    description="The certificate number, in any case, dashes optional",
)


class CertificateVerificationViewSet(ContentAPIViewSet):
    # Public certificate verification, by code. (A comment: the API docs show docstrings.)

    pagination_class = None
    lookup_field = "code"
    lookup_value_regex = r"[^/]+"
    # What `verify/` takes: DRF's OPTIONS answer describes it (without one, OPTIONS was a 500).
    serializer_class = CredentialSerializer

    def get_throttles(self):
        """The API's own throttles (if any), and the lookup budget besides."""
        return [*super().get_throttles(), CertificateLookupThrottle()]

    @extend_schema(
        summary="Verify a certificate by its code",
        description="Whether the certificate stands (`valid`), its `status` (`revoked` and "
        "`superseded` certificates are not valid: a superseded one was corrected and reissued "
        "under a new number), and what it certifies. Nothing else about the learner is "
        "disclosed. Unknown and malformed codes are a 404. Lookups are limited per client "
        "(429 with `Retry-After`).",
        parameters=[CODE_PARAM],
        responses={
            200: CertificateVerificationSerializer,
            404: ErrorSerializer,
            429: ErrorSerializer,
        },
    )
    def retrieve(self, request, code=None):
        certificate = certificate_for_verification(code)
        if certificate is None:
            raise exceptions.NotFound(NOT_FOUND, code="certificate_not_found")
        return Response(CertificateVerificationSerializer(certificate).data)

    @extend_schema(
        summary="A certificate's signed credential (VC-JWT)",
        description="The Open Badges 3.0 credential, a W3C Verifiable Credential secured as a "
        "compact JWT (`typ` vc+jwt, EdDSA with Ed25519). Verify it offline against the keys at "
        "`/.well-known/jwks.json`, choosing the key by the header's `kid`. Answered as "
        '`application/vc+jwt`, or as `{"credential": ...}` with `Accept: application/json`. '
        "A revoked or superseded certificate's credential is no longer handed out (410).",
        parameters=[CODE_PARAM],
        responses={
            (200, MEDIA_TYPE): OpenApiResponse(OpenApiTypes.STR),
            (200, "application/json"): CredentialSerializer,
            (404, "application/json"): ErrorSerializer,
            (410, "application/json"): ErrorSerializer,
            (429, "application/json"): ErrorSerializer,
        },
    )
    @action(
        detail=True,
        methods=["get"],
        url_path="credential",
        renderer_classes=[VerifiableCredentialRenderer, JSONRenderer],
    )
    def credential(self, request, code=None):
        certificate = credential_for_verification(code)
        if certificate is None:
            raise exceptions.NotFound(NOT_FOUND, code="certificate_not_found")
        if not certificate.is_valid:
            return Response(
                {
                    "error": f"This certificate is {certificate.status}: its credential is "
                    "no longer valid.",
                    "code": f"certificate_{certificate.status}",
                },
                status=410,
            )
        if request.accepted_renderer.format == "json":
            return Response({"credential": certificate.credential})
        return Response(certificate.credential)

    @extend_schema(
        summary="Check a credential (VC-JWT) someone presented",
        description="For verifiers without a JOSE library: the signature is checked against "
        "this issuer's keys (by `kid`), and the certificate's current status is looked up. A "
        "credential that is malformed, altered, or signed by another key is a 400 naming the "
        "problem. Counts against the same lookup budget.",
        request=CredentialSerializer,
        responses={200: CheckedCredentialSerializer, 400: ErrorSerializer, 429: ErrorSerializer},
    )
    @action(detail=False, methods=["post"], url_path="verify")
    def verify(self, request):
        token = request.data.get("credential") if hasattr(request.data, "get") else None
        if not isinstance(token, str):
            raise exceptions.ParseError(
                'Send {"credential": "<compact JWT>"}.', code="credential_missing"
            )
        try:
            claims = verify_credential(token)
        except CredentialRejected as rejected:
            return Response(rejected.as_json(), status=rejected.status)
        status = certificate_status(str(claims["jti"]).rstrip("/").rsplit("/", 1)[-1])
        return Response(
            {
                "valid": status == CertificateStatus.VALID,
                "status": status or "unknown",
                "credential": claims,
            }
        )

    def handle_exception(self, exc):
        """Errors carry a code beside the message, as every credit error does."""
        response = super().handle_exception(exc)
        if isinstance(exc, exceptions.APIException) and isinstance(response.data, dict):
            codes = exc.get_codes()
            if isinstance(codes, str):
                response.data.setdefault("code", codes)
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        if isinstance(response, Response) and not isinstance(response.data, str):
            # An error (or the JSON form) is JSON, even when the JWT was asked for.
            request.accepted_renderer = JSONRenderer()
            request.accepted_media_type = JSONRenderer.media_type
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "no-store"
        response["X-Robots-Tag"] = "noindex"
        return response
