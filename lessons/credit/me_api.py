"""The private learner API under /api/v2/me/: thin views over the credit room's services.

Every answer is `Cache-Control: private, no-store` and varies on the credentials, so no shared
cache can keep one; the response cache skips the whole prefix (API_RESPONSE_CACHE_EXCLUDE).
Learners authenticate as allauth issues them: a session (browsers, with CSRF) or an
`X-Session-Token` (apps). Anonymous requests get a 401 in JSON.
"""

import csv
import io

from django.http import HttpResponse

from allauth.headless.contrib.rest_framework.authentication import XSessionTokenAuthentication
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.permissions import IsAuthenticated
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from cms.csv_safety import spreadsheet_safe
from lessons.credit.errors import CreditError
from lessons.credit.input_serializers import ProfileInputSerializer
from lessons.credit.pdf import certificate_pdf
from lessons.credit.record_serializers import (
    CertificateListSerializer,
    CertificateSerializer,
    TranscriptSerializer,
    TranscriptTotalSerializer,
    transcript,
    transcript_rows,
)
from lessons.credit.selectors import learner_account, learner_certificate, learner_certificates
from lessons.credit.serializers import ProfileSerializer
from lessons.credit.services.accounts import delete_account, update_profile

ERROR = OpenApiResponse(description='`{"error": "...", "code": "..."}`')
# Every learner endpoint: signed out (401), or a browser session without its CSRF token (403).
PRIVATE = {401: ERROR, 403: ERROR}


class LearnerTokenAuthentication(XSessionTokenAuthentication):
    """allauth's app token; named in WWW-Authenticate so that anonymous requests get a 401."""

    def authenticate_header(self, request) -> str:
        return 'X-Session-Token realm="learner"'


class LearnerAPIView(APIView):
    authentication_classes = [LearnerTokenAuthentication, SessionAuthentication]
    permission_classes = [IsAuthenticated]
    throttle_classes: list = []

    def perform_content_negotiation(self, request, force=False):
        """An unknown `?format=` is a 400 naming the formats, not DRF's bare 404."""
        asked = request.query_params.get("format")
        formats = [renderer.format for renderer in self.get_renderers()]
        if not force and asked is not None and asked not in formats:
            raise CreditError(
                "unknown_format", f"format is one of {', '.join(formats)}.", field="format"
            )
        return super().perform_content_negotiation(request, force)

    def handle_exception(self, exc):
        # An error is JSON even where the body would have been CSV or a PDF.
        self.request.accepted_renderer = JSONRenderer()
        self.request.accepted_media_type = JSONRenderer.media_type
        if isinstance(exc, CreditError):
            return Response(exc.as_json(), status=exc.status)
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        response["Vary"] = "Cookie, X-Session-Token, Authorization"
        return response


class ProfileView(LearnerAPIView):
    @extend_schema(responses={**PRIVATE, 200: ProfileSerializer}, tags=["learner"])
    def get(self, request):
        return Response(ProfileSerializer(learner_account(request.user)).data)

    @extend_schema(
        request=ProfileInputSerializer,
        responses={**PRIVATE, 200: ProfileSerializer, 400: ERROR},
        tags=["learner"],
    )
    def patch(self, request):
        update_profile(request.user, request.data)
        return Response(ProfileSerializer(learner_account(request.user)).data)

    @extend_schema(
        responses={**PRIVATE, 204: None},
        tags=["learner"],
        description="Closes the account: it is anonymised, certificates are kept (docs).",
    )
    def delete(self, request):
        delete_account(request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class CertificatePDFView(LearnerAPIView):
    @extend_schema(
        responses={**PRIVATE, (200, "application/pdf"): bytes, 404: ERROR}, tags=["learner"]
    )
    def get(self, request, code: str):
        certificate = learner_certificate(request.user, code)
        if certificate is None:
            raise CreditError("unknown_certificate", "You hold no such certificate.", status=404)
        response = HttpResponse(certificate_pdf(certificate), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code}.pdf"'
        return response


class CertificatesView(LearnerAPIView):
    @extend_schema(responses={**PRIVATE, 200: CertificateListSerializer}, tags=["learner"])
    def get(self, request):
        certificates = learner_certificates(request.user)
        data = CertificateSerializer(certificates, many=True, context={"request": request}).data
        return Response({"count": len(certificates), "results": data})


class CSVRenderer(BaseRenderer):
    """Rows to CSV, for `?format=csv`; cells that a spreadsheet would run are neutralised."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if not isinstance(data, list):  # an error body
            data = [["error"], [data.get("error", "") if isinstance(data, dict) else data]]
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in data:
            writer.writerow([spreadsheet_safe(str(cell)) for cell in row])
        return buffer.getvalue().encode()


class TranscriptView(LearnerAPIView):
    renderer_classes = [JSONRenderer, CSVRenderer]

    @extend_schema(
        parameters=[OpenApiParameter("format", enum=["json", "csv"], required=False)],
        responses={**PRIVATE, 200: TranscriptSerializer, (200, "text/csv"): str, 400: ERROR},
        tags=["learner"],
    )
    def get(self, request):
        certificates = learner_certificates(request.user)
        if request.accepted_renderer.format == "csv":
            response = Response(transcript_rows(certificates))
            response["Content-Disposition"] = 'attachment; filename="transcript.csv"'
            return response
        account = learner_account(request.user)
        totals = transcript(certificates)["totals"]
        return Response(
            {
                "learner": ProfileSerializer(account).data,
                "totals": TranscriptTotalSerializer(totals, many=True).data,
                "certificates": CertificateSerializer(
                    certificates, many=True, context={"request": request}
                ).data,
            }
        )
