"""The certificate as a credential anyone can verify offline: an Open Badges 3.0 credential
(W3C Verifiable Credentials Data Model 2.0), secured as a VC-JWT with EdDSA (Ed25519).

It follows "Securing Verifiable Credentials using JOSE and COSE" (VC-JOSE-COSE): the JWT's
claims set *is* the credential (no `vc` wrapper), the header's `typ` is `vc+jwt`, and the
registered claims repeat the credential's own values (`iss` = issuer.id, `jti` = id, `sub` =
credentialSubject.id) so that a plain JWT library and a VC verifier read the same thing.

What a public credential discloses is kept to what the certificate proves: the name printed
on it, the course, the date, the credit type and hours, the provider. No email, no licence
number, no profession, no post-test score: a learner shares a credential with anyone
(employers, boards, wallets), and the licence is for the accreditor's records, not the world.
The subject's `id` is a name-based UUID of the certificate, so two credentials of one learner
cannot be linked by it.

A credential is signed before its certificate is stored: everything read here is on the
unsaved certificate (`code` and `issued_at` have their defaults by then).
"""

import uuid
from datetime import UTC, datetime, time
from decimal import Decimal

from django.conf import settings

import jwt

from lessons.credit.errors import CreditError
from lessons.credit.signing_keys import keyring

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
MEDIA_TYPE = "application/vc+jwt"
JWT_TYPE = "vc+jwt"
ALGORITHM = "EdDSA"
MAX_TOKEN_LENGTH = 20_000  # a credential is about 2 kB; anything far longer is not ours
CLOCK_LEEWAY_SECONDS = 60


class CredentialRejected(CreditError):
    """A credential that does not verify, and why: a 400 naming the problem."""

    def __init__(self, code: str, message: str):
        super().__init__(code, message, status=400)


def issuer_url() -> str:
    base = settings.CREDENTIAL_ISSUER_URL or settings.WAGTAILAPI_BASE_URL
    return base.rstrip("/")


def verification_url(code: str) -> str:
    """Where anyone checks a certificate's status: the reader page, printed on the PDF."""
    return f"{issuer_url()}/certificates/{code}/"


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _hours(hours: Decimal) -> float:
    return float(Decimal(hours).quantize(Decimal("0.01")))


def credential_document(certificate) -> dict:
    """The unsecured credential: what a VC verifier shows once the signature checks out."""
    issuer = issuer_url()
    credential_id = verification_url(certificate.code)
    course_id = certificate.course_url or (
        f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{issuer}/courses/{certificate.course_title}')}"
    )
    credit = f"{course_id}#credit-{certificate.credit_type_code}"
    hours = _hours(certificate.hours)
    # The certificate keeps the day, not the hour: midday UTC is that day in most time zones.
    ended = datetime.combine(certificate.completed_on, time(12), tzinfo=UTC)
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{certificate.course_title}: certificate of completion",
        "issuer": {"id": issuer, "type": ["Profile"], "name": certificate.provider_name},
        "validFrom": _timestamp(certificate.issued_at),
        "awardedDate": _timestamp(certificate.issued_at),
        "credentialSubject": {
            "id": f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, credential_id)}",
            "type": ["AchievementSubject"],
            "name": certificate.learner_name,
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": certificate.learner_name,
                }
            ],
            "activityEndDate": _timestamp(ended),
            "creditsEarned": hours,
            "achievement": {
                "id": course_id,
                "type": ["Achievement"],
                "achievementType": "CertificateOfCompletion",
                "name": certificate.course_title,
                "description": certificate.accreditation_statement
                or f"Continuing-education credit for {certificate.course_title}.",
                "criteria": {
                    "narrative": "Completed every lesson of the course, passed its post-test, "
                    "submitted the course evaluation and attested to the hours claimed."
                },
                "creditsAvailable": hours,
                "resultDescription": [
                    {
                        "id": credit,
                        "type": ["ResultDescription"],
                        "name": f"{certificate.credit_type_name} ({certificate.credit_type_code})"
                        " credit hours",
                        "resultType": "ext:CreditHours",
                    }
                ],
            },
            "result": [{"type": ["Result"], "resultDescription": credit, "value": str(hours)}],
        },
        "credentialSchema": [{"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
    }


def sign_credential(certificate) -> tuple[str, str]:
    """The compact VC-JWT of a certificate, and the `kid` of the key that signed it."""
    document = credential_document(certificate)
    issued = int(certificate.issued_at.timestamp())
    claims = {
        **document,
        "iss": document["issuer"]["id"],
        "jti": document["id"],
        "sub": document["credentialSubject"]["id"],
        "iat": issued,
        "nbf": issued,
    }
    keys = keyring()
    kid = keys.signing_key.kid
    token = jwt.encode(
        claims, keys.signer, algorithm=ALGORITHM, headers={"typ": JWT_TYPE, "kid": kid}
    )
    return token, kid


def _header(token: object) -> dict:
    if not isinstance(token, str) or not token.isascii() or len(token) > MAX_TOKEN_LENGTH:
        raise CredentialRejected("credential_malformed", "This is not a compact JWT.")
    if token.count(".") != 2:
        raise CredentialRejected("credential_malformed", "This is not a compact JWT.")
    try:
        return jwt.get_unverified_header(token)
    except jwt.InvalidTokenError:
        raise CredentialRejected("credential_malformed", "This is not a compact JWT.") from None


def _check_consistency(claims: dict) -> None:
    """The JWT claims and the credential must say the same thing (VC-JOSE-COSE)."""
    if "vc" in claims or "vp" in claims:
        raise CredentialRejected("credential_invalid", "A VC-JWT carries no vc or vp claim.")
    issuer = claims.get("issuer")
    subject = claims.get("credentialSubject")
    contexts = claims.get("@context")
    types = claims.get("type")
    if (
        not isinstance(contexts, list)
        or contexts[:1] != [VC_CONTEXT]
        or not isinstance(types, list)
        or "VerifiableCredential" not in types
        or not isinstance(issuer, dict)
        or not isinstance(subject, dict)
        or claims["iss"] != issuer.get("id")
        or claims["jti"] != claims.get("id")
        or claims["sub"] != subject.get("id")
    ):
        raise CredentialRejected(
            "credential_invalid", "The JWT's claims do not match the credential they carry."
        )


def verify_credential(token: str) -> dict:
    """The credential a token carries, once its signature, key and claims check out.

    The key is the one its `kid` names among the issuer's keys, current or retired; the
    algorithm is EdDSA whatever the header says (no `none`, no key confusion).
    """
    header = _header(token)
    if header.get("alg") != ALGORITHM:
        raise CredentialRejected(
            "credential_algorithm", f"Credentials are signed with {ALGORITHM} only."
        )
    if str(header.get("typ", "")).lower().removeprefix("application/") != JWT_TYPE:
        raise CredentialRejected("credential_type", f"A credential's typ is {JWT_TYPE}.")
    if "crit" in header:
        raise CredentialRejected("credential_malformed", "Unknown critical header parameters.")
    key = keyring().by_kid(header.get("kid"))
    if key is None:
        raise CredentialRejected(
            "credential_unknown_key", "No key of this issuer has the credential's kid."
        )
    try:
        claims = jwt.decode(
            token,
            key.public_key,
            algorithms=[ALGORITHM],
            options={"require": ["iss", "jti", "sub", "iat", "nbf"], "verify_aud": False},
            leeway=CLOCK_LEEWAY_SECONDS,
        )
    except jwt.InvalidSignatureError:
        raise CredentialRejected(
            "credential_signature", "The signature does not match: the credential was altered."
        ) from None
    except jwt.ImmatureSignatureError:
        raise CredentialRejected(
            "credential_not_yet_valid", "The credential is not valid yet."
        ) from None
    except jwt.InvalidTokenError as error:
        raise CredentialRejected(
            "credential_invalid", f"The credential is invalid: {error}."
        ) from None
    _check_consistency(claims)
    return claims
