"""Anyone holding a certificate's code can check it, through the API or the reader page, and
learns what the certificate says and whether it stands, nothing more; lookups are throttled,
unknown codes are a clean 404, and the published keys are public and cacheable."""

import pytest
from jsonschema import Draft202012Validator

from lessons.credit.factories import CertificateFactory
from lessons.credit.models import CertificateStatus

pytestmark = pytest.mark.django_db

API = "/api/v2/certificates/"
PUBLIC_KEYS = {"valid", "status", "learner_name", "course", "completed_on", "credits", "provider"}


@pytest.fixture
def certificate():
    return CertificateFactory(
        learner_name="Dr Sam Whitfield",
        learner_email="sam.whitfield@example.org",
        licence_number="LCSW-99871",
        licence_jurisdiction="Vermont",
        profession="social_worker",
        credit_type_code="ASWB",
        credit_type_name="Association of Social Work Boards",
        hours="1.50",
    )


def revoke(certificate):
    certificate.status = CertificateStatus.REVOKED
    certificate.revoked_reason = "Attendance could not be confirmed."
    certificate.save(update_fields=["status", "revoked_reason"])


def supersede(certificate):
    correction = CertificateFactory(learner=certificate.learner, learner_name="Dr Sam Whitfield")
    certificate.status = CertificateStatus.SUPERSEDED
    certificate.superseded_by = correction
    certificate.save(update_fields=["status", "superseded_by"])
    return correction


def test_the_api_says_what_the_certificate_says_and_nothing_else(client, certificate):
    response = client.get(f"{API}{certificate.code}/")

    assert response.status_code == 200
    assert response.json() == {
        "valid": True,
        "status": "valid",
        "learner_name": "Dr Sam Whitfield",
        "course": certificate.course_title,
        "completed_on": "2026-11-02",
        "credits": [{"type": "ASWB", "name": "Association of Social Work Boards", "hours": 1.5}],
        "provider": certificate.provider_name,
    }
    assert response["Cache-Control"] == "no-store"


def test_nothing_private_reaches_the_public_endpoints(client, certificate):
    answers = [
        client.get(f"{API}{certificate.code}/").content,
        client.get(f"/certificates/{certificate.code}/").content,
        client.get(f"{API}{certificate.code}/credential/", HTTP_ACCEPT="application/json").content,
    ]
    for body in answers:
        for private in (b"sam.whitfield@example.org", b"LCSW-99871", b"Vermont", b"social_worker"):
            assert private not in body


def test_a_lookup_is_one_query(client, certificate, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert client.get(f"{API}{certificate.code}/").status_code == 200


@pytest.mark.parametrize(
    "typed",
    [
        lambda code: code.lower(),
        lambda code: code.replace("-", ""),
        lambda code: code.replace("-", " "),
        lambda code: code.replace("O", "0").replace("I", "1").replace("B", "8"),
    ],
)
def test_codes_are_read_as_people_type_them(client, certificate, typed):
    response = client.get(f"{API}{typed(certificate.code)}/")

    assert response.status_code == 200
    assert response.json()["learner_name"] == "Dr Sam Whitfield"


@pytest.mark.parametrize(("change", "status"), [(revoke, "revoked"), (supersede, "superseded")])
def test_a_revoked_or_superseded_certificate_is_not_valid_at_once(
    client, certificate, change, status
):
    assert client.get(f"{API}{certificate.code}/").json()["valid"] is True

    change(certificate)
    body = client.get(f"{API}{certificate.code}/").json()

    assert body["valid"] is False
    assert body["status"] == status
    assert set(body) == PUBLIC_KEYS  # neither the reason nor the correction's number


@pytest.mark.parametrize(
    "code",
    [
        "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",  # well formed, never issued
        "not-a-code",
        "AAAA-AAAA-AAAA-AAAA-AAAA-AAA!",
        "A" * 500,
        "%00",
        "%E2%80%AE",
        "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
    ],
)
def test_unknown_and_malformed_codes_are_a_json_404(client, code):
    response = client.get(f"{API}{code}/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "error": "No certificate has this code. Check it against the certificate.",
        "code": "certificate_not_found",
    }
    assert client.get(f"/certificates/{code}/").status_code == 404
    assert client.get(f"{API}{code}/credential/").status_code == 404


def test_lookups_are_throttled_across_the_api_and_the_reader_page(client, settings, certificate):
    settings.CERTIFICATE_LOOKUP_RATE = "3/minute"
    assert client.get(f"{API}{certificate.code}/").status_code == 200
    assert client.get(f"{API}AAAA-AAAA-AAAA-AAAA-AAAA-AAAA/").status_code == 404  # misses count
    assert client.get(f"/certificates/{certificate.code}/").status_code == 200

    refused = client.get(f"{API}{certificate.code}/", HTTP_X_FORWARDED_FOR="203.0.113.9")
    page = client.get(f"/certificates/{certificate.code}/")

    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/json"
    assert refused.json()["code"] == "throttled"
    assert "error" in refused.json()
    assert int(refused["Retry-After"]) > 0
    assert page.status_code == 429
    assert "Dr Sam Whitfield" not in page.content.decode()
    assert int(page["Retry-After"]) > 0


def test_the_credential_is_served_as_a_vc_jwt_or_in_json(client, certificate):
    raw = client.get(f"{API}{certificate.code}/credential/")
    wrapped = client.get(f"{API}{certificate.code}/credential/", HTTP_ACCEPT="application/json")

    assert raw.status_code == 200
    assert raw["Content-Type"] == "application/vc+jwt"
    assert raw.content.decode() == certificate.credential
    assert wrapped.json() == {"credential": certificate.credential}
    assert raw["Cache-Control"] == "no-store"


def test_a_revoked_certificates_credential_is_no_longer_handed_out(client, certificate):
    revoke(certificate)
    response = client.get(f"{API}{certificate.code}/credential/")

    assert response.status_code == 410
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == "certificate_revoked"


def test_the_published_keys_are_public_cacheable_json(client):
    response = client.get("/.well-known/jwks.json")
    [key] = response.json()["keys"]

    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"].startswith("public, max-age=")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert set(key) == {"kty", "crv", "x", "kid", "use", "alg"}  # no private part ("d")
    assert (key["kty"], key["crv"], key["alg"]) == ("OKP", "Ed25519", "EdDSA")


def test_the_reader_page_shows_the_certificate_and_its_status(client, site_tree, certificate):
    response = client.get(f"/certificates/{certificate.code.lower()}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Dr Sam Whitfield" in html
    assert "Valid certificate" in html
    assert certificate.code in html
    assert f"{API}{certificate.code}/credential/" in html
    assert '<meta name="robots" content="noindex">' in html
    assert response["Cache-Control"] == "no-store"

    revoke(certificate)
    html = client.get(f"/certificates/{certificate.code}/").content.decode()
    assert "Revoked: this certificate is not valid" in html
    assert "/credential/" not in html


def test_the_reader_page_for_an_unknown_code_is_a_404_page(client, site_tree):
    response = client.get("/certificates/AAAA-AAAA-AAAA-AAAA-AAAA-AAAA/")

    assert response.status_code == 404
    assert "No certificate has this number" in response.content.decode()


def test_the_schema_documents_both_endpoints_and_the_answers_match_it(client, certificate):
    spec = client.get("/api/schema/", {"format": "json"}).json()
    assert "post" in spec["paths"]["/api/v2/certificates/verify/"]
    lookup = spec["paths"]["/api/v2/certificates/{code}/"]["get"]
    credential = spec["paths"]["/api/v2/certificates/{code}/credential/"]["get"]

    assert {"200", "404", "429"} <= set(lookup["responses"])
    assert {"application/vc+jwt", "application/json"} <= set(
        credential["responses"]["200"]["content"]
    )
    for url, operation in [
        (f"{API}{certificate.code}/", lookup),
        (f"{API}nope/", lookup),
    ]:
        response = client.get(url)
        documented = operation["responses"][str(response.status_code)]
        schema = documented["content"]["application/json"]["schema"]
        validator = Draft202012Validator({**schema, "components": spec["components"]})
        assert not list(validator.iter_errors(response.json()))
    component = lookup["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    fields = spec["components"]["schemas"][component.rsplit("/", 1)[1]]["properties"]
    assert set(fields) == PUBLIC_KEYS


def check(client, body, **extra):
    return client.post(f"{API}verify/", body, content_type="application/json", **extra)


def test_a_presented_credential_is_checked_with_its_current_status(client, certificate):
    answer = check(client, {"credential": certificate.credential})
    assert answer.status_code == 200
    assert answer.json()["valid"] is True
    assert answer.json()["credential"]["credentialSubject"]["name"] == "Dr Sam Whitfield"

    revoke(certificate)
    answer = check(client, {"credential": certificate.credential}).json()
    assert (answer["valid"], answer["status"]) == (False, "revoked")


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"credential": "not.a.jwt"}, "credential_malformed"),
        ({"credential": 42}, "credential_missing"),
        ({}, "credential_missing"),
        (["a list"], "credential_missing"),
    ],
)
def test_what_is_not_a_credential_is_a_400_naming_the_problem(client, body, code):
    answer = check(client, body)

    assert answer.status_code == 400
    assert answer.json()["code"] == code
    assert answer.json()["error"]


def test_an_altered_credential_is_a_400(client, certificate):
    header, _, signature = certificate.credential.split(".")
    other = CertificateFactory(learner_name="Someone Else").credential.split(".")[1]

    answer = check(client, {"credential": f"{header}.{other}.{signature}"})

    assert answer.status_code == 400
    assert answer.json()["code"] == "credential_signature"


@pytest.mark.parametrize(
    ("method", "path", "headers"),
    [
        ("get", "verify/", {}),
        ("post", "{code}/", {}),
        ("get", "{code}/credential/", {"HTTP_ACCEPT": "text/html"}),
        ("get", "{code}/credential/?format=xml", {}),
        ("get", "{code}/?unknown=1", {}),
        ("delete", "{code}/credential/", {}),
    ],
)
def test_odd_requests_are_answered_in_json_never_a_500(client, certificate, method, path, headers):
    url = API + path.format(code=certificate.code)
    response = getattr(client, method)(url, **headers)

    assert 400 <= response.status_code < 500
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]
