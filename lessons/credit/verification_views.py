"""The issuer's public keys and the reader's verification page.

`/.well-known/jwks.json` is what makes a credential verifiable without the CMS: every key
that ever signed a credential still in circulation (lessons/credit/signing_keys.py), cached
publicly for a while and readable from any origin, as a verifier may run in a browser.
`/certificates/<code>/` is the address printed (and QR-coded) on every certificate: it says
what the API says, to a person, and counts against the same lookup budget.
"""

import math

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from lessons.credit.signing_keys import keyring
from lessons.credit.verification_api import CertificateLookupThrottle
from lessons.credit.verification_selectors import certificate_for_verification

JWKS_MAX_AGE = 600  # rotation: publish a new key this long before it signs (signing_keys.py)
TEMPLATE = "credit/certificate_verification.html"


@require_safe
def jwks(request):
    response = JsonResponse(keyring().jwks())
    response["Cache-Control"] = f"public, max-age={JWKS_MAX_AGE}"
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _page(request, context: dict, status: int = 200) -> TemplateResponse:
    response = TemplateResponse(request, TEMPLATE, context, status=status)
    # The status can change (revocation) and the page names a person: kept out of caches
    # and search engines alike.
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def certificate_verification(request, code: str):
    throttle = CertificateLookupThrottle()
    # The throttle's key reads the request only: no DRF view is needed to count a lookup.
    if not throttle.allow_request(request, None):  # type: ignore[arg-type]
        response = _page(request, {"throttled": True}, status=429)
        wait = throttle.wait()
        if wait is not None:
            response["Retry-After"] = str(max(1, math.ceil(wait)))
        return response
    certificate = certificate_for_verification(code)
    if certificate is None:
        return _page(request, {"not_found": True}, status=404)
    credential_url = None
    if certificate.is_valid:
        credential_url = reverse("certificates-credential", kwargs={"code": certificate.code})
    return _page(request, {"certificate": certificate, "credential_url": credential_url})
