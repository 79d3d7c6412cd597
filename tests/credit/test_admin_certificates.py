"""Certificates in the admin: read-only, revoked only with a reason, corrected only by a reissue
that supersedes the old one; enrolments approved by staff; and who may do any of it."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import ModelLogEntry

import jwt
import pytest

from lessons.credit.errors import CreditError
from lessons.credit.factories import CertificateFactory, EnrolmentFactory, LearnerFactory
from lessons.credit.models import Certificate, EnrolmentStatus
from lessons.credit.services.corrections import reissue_certificate, revoke_certificate

pytestmark = pytest.mark.django_db

SNIPPET = "wagtailsnippets_credit_certificate"


def url(name, certificate):
    return reverse(f"{SNIPPET}:{name}", args=(certificate.pk,))


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def editor(*permissions):
    """A staff member who reaches the admin (Wagtail's Editors group), with extra permissions."""
    user = get_user_model().objects.create_user("ed", "ed@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    for codename in permissions:
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label="credit", codename=codename)
        )
    return user


@pytest.fixture
def certificate(credit_course, learner):
    return CertificateFactory(
        learner=learner, course=credit_course.course, learner_name="Dr Jonh Smith"
    )


def test_revoke_refuses_an_empty_reason_then_revokes_with_one(admin_client, certificate, superuser):
    response = admin_client.post(url("revoke", certificate), {"reason": "   "})
    assert response.status_code == 200
    certificate.refresh_from_db()
    assert certificate.status == "valid"

    response = admin_client.post(url("revoke", certificate), {"reason": "Attendance not verified."})
    assert response.status_code == 302
    assert response.url == url("inspect", certificate)
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revoked_reason == "Attendance not verified."
    assert certificate.revoked_by == superuser
    assert certificate.revoked_at is not None
    assert ModelLogEntry.objects.filter(action="credit.certificate.revoked").count() == 1
    assert (
        "Attendance not verified." in admin_client.get(url("history", certificate)).content.decode()
    )


def test_the_service_refuses_blank_reasons_and_certificates_no_longer_valid(certificate, superuser):
    with pytest.raises(CreditError) as blank:
        revoke_certificate(certificate, reason="", by=superuser)
    assert blank.value.code == "reason_required"
    revoke_certificate(certificate, reason="Issued in error.", by=superuser)
    with pytest.raises(CreditError) as again:
        revoke_certificate(certificate, reason="Twice.", by=superuser)
    assert again.value.code == "certificate_not_valid"
    with pytest.raises(CreditError) as reissue:
        reissue_certificate(certificate, by=superuser, learner_name="Dr John Smith")
    assert reissue.value.code == "certificate_not_valid"


def test_reissue_issues_a_new_code_and_supersedes_the_old(admin_client, certificate):
    form = admin_client.get(url("reissue", certificate))
    assert form.status_code == 200
    assert form.context["form"].initial["learner_name"] == "Dr Jonh Smith"
    data = {
        **form.context["form"].initial,
        "learner_name": "Dr John Smith",
        "licence_number": "PSY-54321",
    }
    response = admin_client.post(url("reissue", certificate), data)
    assert response.status_code == 302

    old = Certificate.objects.get(pk=certificate.pk)
    new = old.superseded_by
    assert old.status == "superseded"
    assert old.learner_name == "Dr Jonh Smith"  # the old record says what it said
    assert response.url == url("inspect", new)
    assert new.status == "valid"
    assert new.code != old.code
    assert (new.learner_name, new.licence_number) == ("Dr John Smith", "PSY-54321")
    for field in (
        "course_id",
        "learner_id",
        "course_title",
        "hours",
        "credit_type_code",
        "completed_on",
        "attested_at",
        "accreditation_statement",
    ):
        assert getattr(new, field) == getattr(old, field)
    claims = jwt.decode(new.credential, options={"verify_signature": False})
    assert claims["credentialSubject"]["name"] == "Dr John Smith"
    assert new.code in claims["jti"]
    assert new.signing_key_id
    history = admin_client.get(url("history", old)).content.decode()
    assert f"Superseded by {new.code}" in history


def test_reissue_refuses_no_change_unknown_fields_and_more_hours(certificate, superuser):
    for corrections, code in [
        ({"learner_name": "Dr Jonh Smith"}, "nothing_to_correct"),
        ({"course_title": "Another course"}, "not_correctable"),
        ({"hours": "4"}, "invalid_hours"),
        ({"profession": "astrologer"}, "invalid_profession"),
        ({"learner_email": "not an email"}, "invalid_correction"),
    ]:
        with pytest.raises(CreditError) as refused:
            reissue_certificate(certificate, by=superuser, **corrections)
        assert refused.value.code == code
    assert Certificate.objects.count() == 1
    lowered = reissue_certificate(certificate, by=superuser, hours="2.5")
    assert lowered.hours == Decimal("2.50")


def test_reissue_of_a_revoked_certificate_is_refused_in_the_admin(
    admin_client, certificate, superuser
):
    revoke_certificate(certificate, reason="Duplicate.", by=superuser)
    response = admin_client.get(url("reissue", certificate))
    assert response.status_code == 302
    assert response.url == url("inspect", certificate)
    assert Certificate.objects.count() == 1


def test_certificates_have_no_edit_add_or_delete_form(admin_client, certificate):
    listing = admin_client.get(reverse(f"{SNIPPET}:list")).content.decode()
    assert certificate.code in listing
    assert url("edit", certificate) not in listing
    assert url("revoke", certificate) in listing
    for response in (
        admin_client.get(url("edit", certificate)),
        admin_client.post(url("edit", certificate), {"learner_name": "Someone else"}),
        admin_client.get(reverse(f"{SNIPPET}:add")),
        admin_client.post(url("delete", certificate)),
    ):
        assert response.status_code in (302, 403)
        assert response.get("Location", reverse("wagtailadmin_home")) == reverse(
            "wagtailadmin_home"
        )
    certificate.refresh_from_db()
    assert certificate.learner_name == "Dr Jonh Smith"
    inspect = admin_client.get(url("inspect", certificate))
    assert inspect.status_code == 200
    html = inspect.content.decode()
    assert url("reissue", certificate) in html
    assert certificate.credential not in html
    history = admin_client.get(url("history", certificate))
    assert history.status_code == 200


def test_a_learner_never_reaches_the_certificates(client, certificate):
    client.force_login(LearnerFactory())
    for target in (
        reverse(f"{SNIPPET}:list"),
        url("inspect", certificate),
        url("revoke", certificate),
    ):
        response = client.get(target)
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))
    client.post(url("revoke", certificate), {"reason": "Because I can."})
    certificate.refresh_from_db()
    assert certificate.status == "valid"


def test_an_editor_needs_the_permissions(client, certificate):
    client.force_login(editor())
    assert client.get(url("inspect", certificate)).status_code == 302
    client.post(url("revoke", certificate), {"reason": "No right to."})
    certificate.refresh_from_db()
    assert certificate.status == "valid"


def test_an_editor_who_may_view_sees_but_may_not_revoke(client, certificate):
    client.force_login(editor("view_certificate"))
    inspect = client.get(url("inspect", certificate))
    assert inspect.status_code == 200
    assert url("revoke", certificate) not in inspect.content.decode()
    response = client.post(url("revoke", certificate), {"reason": "No right to."})
    assert response.url == reverse("wagtailadmin_home")
    certificate.refresh_from_db()
    assert certificate.status == "valid"


def test_an_editor_who_may_change_certificates_revokes(client, certificate):
    client.force_login(editor("view_certificate", "change_certificate"))
    response = client.post(url("revoke", certificate), {"reason": "Learner asked."})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked"


def approve_url(*enrolments):
    base = reverse("wagtail_bulk_action", args=("credit", "enrolment", "approve_enrolments"))
    return base + "?" + "&".join(f"id={enrolment.pk}" for enrolment in enrolments)


def test_staff_approve_and_mark_paid_waiting_enrolments(admin_client, credit_course):
    waiting = EnrolmentFactory(
        course=credit_course.course, status=EnrolmentStatus.AWAITING_APPROVAL, activated_at=None
    )
    unpaid = EnrolmentFactory(
        course=credit_course.course, status=EnrolmentStatus.AWAITING_PAYMENT, activated_at=None
    )
    listing = admin_client.get(
        reverse("wagtailsnippets_credit_enrolment:list"), {"waiting": "true"}
    )
    assert {row.pk for row in listing.context["object_list"]} == {waiting.pk, unpaid.pk}
    assert admin_client.post(approve_url(waiting, unpaid), {}).status_code == 302
    for enrolment in (waiting, unpaid):
        enrolment.refresh_from_db()
        assert enrolment.status == EnrolmentStatus.ACTIVE
        assert enrolment.activated_at is not None
    edit = reverse("wagtailsnippets_credit_enrolment:edit", args=(waiting.pk,))
    assert admin_client.get(edit).status_code == 302


def test_approving_takes_the_enrolment_permission(client, credit_course):
    waiting = EnrolmentFactory(
        course=credit_course.course, status=EnrolmentStatus.AWAITING_APPROVAL, activated_at=None
    )
    client.force_login(editor("view_enrolment"))
    client.post(approve_url(waiting), {})
    waiting.refresh_from_db()
    assert waiting.status == EnrolmentStatus.AWAITING_APPROVAL
