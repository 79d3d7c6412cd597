"""A certificate's credential is an Open Badges 3.0 VC-JWT that an independent JOSE library
verifies against the published JWKS; a tampered, unsigned or foreign token is refused; and
keys rotate without invalidating credentials already issued."""

import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys

from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured

import jwt as pyjwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from jwcrypto import jwk
from jwcrypto import jwt as jose_jwt
from jwcrypto.common import JWException

from lessons.credit.credential import (
    OB_CONTEXT,
    VC_CONTEXT,
    CredentialRejected,
    sign_credential,
    verify_credential,
)
from lessons.credit.factories import CertificateFactory
from lessons.credit.signing_keys import keyring, private_key_pem

pytestmark = pytest.mark.django_db


def b64(data: dict | bytes) -> str:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def unb64(part: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def published_keys(client) -> jwk.JWKSet:
    response = client.get("/.well-known/jwks.json")
    assert response["Content-Type"] == "application/json"
    return jwk.JWKSet.from_json(response.content)


def verified_elsewhere(token: str, keys: jwk.JWKSet) -> dict:
    """jwcrypto, knowing nothing of this code base, picks the key by kid and checks EdDSA."""
    verified = jose_jwt.JWT(jwt=token, key=keys, algs=["EdDSA"], expected_type="JWS")
    return json.loads(verified.claims)


def key_file(tmp_path, name: str, key=None) -> str:
    """A PEM file of a private key (new unless given) or of a public one."""
    key = key or Ed25519PrivateKey.generate()
    path = tmp_path / f"{name}.pem"
    path.write_bytes(
        key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
        if hasattr(key, "verify")
        else key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    )
    return str(path)


def test_the_credential_verifies_against_the_jwks_with_an_independent_library(client):
    certificate = CertificateFactory()

    claims = verified_elsewhere(certificate.credential, published_keys(client))

    assert claims["jti"].endswith(f"/certificates/{certificate.code}/")
    assert verify_credential(certificate.credential) == claims


def test_the_header_names_the_vc_jwt_type_eddsa_and_the_key_thumbprint(client):
    certificate = CertificateFactory()
    header = unb64(certificate.credential.split(".")[0])
    [published] = published_keys(client)["keys"]

    assert header == {"alg": "EdDSA", "typ": "vc+jwt", "kid": certificate.signing_key_id}
    assert certificate.signing_key_id == published.thumbprint()  # RFC 7638, by jwcrypto


def test_the_credential_is_an_open_badge_that_discloses_only_the_certificate():
    certificate = CertificateFactory(learner_name="Dr Ada Okafor", hours="2.50")
    claims = verify_credential(certificate.credential)
    subject = claims["credentialSubject"]
    achievement = subject["achievement"]

    assert claims["@context"] == [VC_CONTEXT, OB_CONTEXT]
    assert claims["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert claims["issuer"] == {
        "id": "http://127.0.0.1:8000",
        "type": ["Profile"],
        "name": certificate.provider_name,
    }
    iss_jti_sub = (claims["issuer"]["id"], claims["id"], subject["id"])
    assert (claims["iss"], claims["jti"], claims["sub"]) == iss_jti_sub
    assert subject["id"].startswith("urn:uuid:")
    assert claims["validFrom"].endswith("Z")
    assert claims["nbf"] == claims["iat"]
    assert "vc" not in claims  # VC-JOSE-COSE: the claims set is the credential itself
    assert subject["type"] == ["AchievementSubject"]
    assert subject["name"] == "Dr Ada Okafor"
    assert subject["creditsEarned"] == achievement["creditsAvailable"] == 2.5
    assert achievement["name"] == certificate.course_title
    assert achievement["achievementType"] == "CertificateOfCompletion"
    assert achievement["criteria"]["narrative"]
    assert subject["result"][0]["resultDescription"] == achievement["resultDescription"][0]["id"]
    assert "APA" in achievement["resultDescription"][0]["name"]
    disclosed = json.dumps(claims)
    for private in (certificate.learner_email, certificate.licence_number, "California"):
        assert private not in disclosed


def test_a_credential_is_signed_before_its_certificate_is_stored():
    certificate = CertificateFactory.build()
    token, kid = sign_credential(certificate)

    assert certificate.pk is None
    assert kid == keyring().signing_key.kid
    assert verify_credential(token)["id"].endswith(f"/certificates/{certificate.code}/")


def tampered_payload(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = unb64(payload)
    claims["credentialSubject"]["achievement"]["creditsAvailable"] = 40.0
    return f"{header}.{b64(claims)}.{signature}"


def tampered_signature(token: str) -> str:
    header, payload, signature = token.split(".")
    raw = bytearray(base64.urlsafe_b64decode(signature + "=="))
    raw[0] ^= 1
    return f"{header}.{payload}.{b64(bytes(raw))}"


def unsigned(token: str) -> str:
    header, payload, _ = token.split(".")
    return f"{b64({**unb64(header), 'alg': 'none'})}.{payload}."


def public_key_as_hmac_secret(token: str) -> str:
    """The classic key confusion: HS256 keyed with the published public key."""
    header, payload, _ = token.split(".")
    signed = f"{b64({**unb64(header), 'alg': 'HS256'})}.{payload}"
    secret = keyring().signing_key.x.encode()
    mac = hmac.new(secret, signed.encode(), hashlib.sha256).digest()
    return f"{signed}.{b64(mac)}"


@pytest.mark.parametrize(
    ("tamper", "code"),
    [
        (tampered_payload, "credential_signature"),
        (tampered_signature, "credential_signature"),
        (unsigned, "credential_algorithm"),
        (public_key_as_hmac_secret, "credential_algorithm"),
    ],
)
def test_an_altered_credential_is_refused_here_and_elsewhere(client, tamper, code):
    token = tamper(CertificateFactory().credential)

    with pytest.raises(CredentialRejected) as refused:
        verify_credential(token)
    assert refused.value.code == code
    assert refused.value.status == 400
    with pytest.raises(JWException):
        verified_elsewhere(token, published_keys(client))


@pytest.mark.parametrize(
    ("kid", "code"), [("someone-else", "credential_unknown_key"), (None, "credential_signature")]
)
def test_a_credential_signed_by_another_key_is_refused(kid, code):
    """Whether the forger names a key of their own or ours."""
    claims = unb64(sign_credential(CertificateFactory.build())[0].split(".")[1])
    headers = {"typ": "vc+jwt", "kid": kid or keyring().signing_key.kid}
    token = pyjwt.encode(claims, Ed25519PrivateKey.generate(), algorithm="EdDSA", headers=headers)

    with pytest.raises(CredentialRejected) as refused:
        verify_credential(token)
    assert refused.value.code == code


@pytest.mark.parametrize(
    "token", ["", "abc", "a.b.c", "é.é.é", "x" * 30_000, None, 12, "..", "a.b"]
)
def test_what_is_not_a_jwt_is_refused_as_malformed(token):
    with pytest.raises(CredentialRejected) as refused:
        verify_credential(token)
    assert refused.value.code == "credential_malformed"


def test_keys_rotate_without_invalidating_issued_credentials(client, settings, tmp_path):
    old = key_file(tmp_path, "old")
    settings.CREDENTIAL_SIGNING_KEYS = [old]
    issued_before = CertificateFactory()

    settings.CREDENTIAL_SIGNING_KEYS = [key_file(tmp_path, "new"), old]
    issued_after = CertificateFactory()
    keys = published_keys(client)

    assert issued_after.signing_key_id != issued_before.signing_key_id
    assert [key["kid"] for key in client.get("/.well-known/jwks.json").json()["keys"]] == [
        issued_after.signing_key_id,
        issued_before.signing_key_id,
    ]
    for token in (issued_before.credential, issued_after.credential):
        assert verify_credential(token) == verified_elsewhere(token, keys)

    settings.CREDENTIAL_SIGNING_KEYS = [key_file(tmp_path, "newer")]  # the old key withdrawn
    with pytest.raises(CredentialRejected) as refused:
        verify_credential(issued_before.credential)
    assert refused.value.code == "credential_unknown_key"


def test_an_inline_key_signs_and_may_hold_escaped_newlines(settings):
    key = Ed25519PrivateKey.generate()
    settings.CREDENTIAL_SIGNING_KEY_PEM = private_key_pem(key).replace("\n", "\\n")

    signing = keyring().signing_key
    assert signing.public_key.public_bytes_raw() == key.public_key().public_bytes_raw()
    assert verify_credential(CertificateFactory(learner_name="Inline").credential)


def test_a_verify_only_key_may_be_a_public_key_but_cannot_sign(settings, tmp_path):
    public = key_file(tmp_path, "public", Ed25519PrivateKey.generate().public_key())
    settings.CREDENTIAL_SIGNING_KEYS = [key_file(tmp_path, "signing"), public]
    assert len(keyring().keys) == 2

    settings.CREDENTIAL_SIGNING_KEYS = [public]
    with pytest.raises(ImproperlyConfigured, match="private key"):
        keyring()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: key_file(tmp, "p256", ec.generate_private_key(ec.SECP256R1())), "Ed25519"),
        (lambda tmp: str(tmp / "missing.pem"), "cannot be read"),
        (lambda tmp: str(tmp), "cannot be read"),
    ],
)
def test_keys_that_are_not_ed25519_or_not_there_are_refused(settings, tmp_path, make, message):
    settings.CREDENTIAL_SIGNING_KEYS = [make(tmp_path)]
    with pytest.raises(ImproperlyConfigured, match=message):
        keyring()


def test_development_generates_one_private_key_and_keeps_it(settings, tmp_path):
    settings.CREDENTIAL_DEV_KEY_FILE = str(tmp_path / "var" / "dev-key.pem")
    first = keyring().signing_key.kid
    settings.CREDENTIAL_DEV_KEY_FILE = str(tmp_path / "var" / ".." / "var" / "dev-key.pem")

    assert keyring().signing_key.kid == first  # read back from the file, not generated anew
    assert (tmp_path / "var" / "dev-key.pem").stat().st_mode & 0o077 == 0
    assert [path.name for path in (tmp_path / "var").iterdir()] == ["dev-key.pem"]


def production_start(**env) -> subprocess.CompletedProcess:
    unset = ("CREDENTIAL_", "DJANGO_", "WAGTAILAPI_")
    environment = {k: v for k, v in os.environ.items() if not k.startswith(unset)}
    key = "credential-test-" + "0123456789abcdefghijklmnopqrstuvwxyz"  # production wants 50+
    environment |= {"DJANGO_SETTINGS_MODULE": "cms.settings.production", "SECRET_KEY": key}
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=django_settings.BASE_DIR,
        env={**environment, "ALLOWED_HOSTS": "cms.example.org", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_key_or_an_https_issuer():
    without_key = production_start(CREDENTIAL_ISSUER_URL="https://cms.example.org")
    assert without_key.returncode != 0
    assert "CREDENTIAL_SIGNING_KEYS" in without_key.stderr

    local_issuer = production_start(CREDENTIAL_SIGNING_KEYS="/run/secrets/credential.pem")
    assert local_issuer.returncode != 0
    assert "CREDENTIAL_ISSUER_URL" in local_issuer.stderr

    configured = production_start(
        CREDENTIAL_SIGNING_KEYS="/run/secrets/credential.pem",
        CREDENTIAL_ISSUER_URL="https://cms.example.org",
    )
    assert configured.returncode == 0, configured.stderr
