"""The printed certificate says everything an accreditor asks of one, marks a certificate that
no longer stands, and carries a QR code of its verification address."""

import datetime
import re
from decimal import Decimal

import pytest
import segno

from lessons.credit import pdf
from lessons.credit.factories import CertificateFactory
from lessons.credit.models import CertificateStatus

pytestmark = pytest.mark.django_db

_SHOWN = re.compile(rb"\(((?:\\.|[^\\)])*)\) Tj")
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)")


def _unescape(match: re.Match) -> bytes:
    escaped = match.group(1)
    return bytes([int(escaped, 8)]) if escaped[:1].isdigit() else escaped


def shown_text(document: bytes) -> str:
    """The lines the page draws, read from its (uncompressed) content stream."""
    lines = [_ESCAPE.sub(_unescape, found) for found in _SHOWN.findall(document)]
    return "\n".join(line.decode("cp1252") for line in lines)


@pytest.fixture
def certificate():
    return CertificateFactory(
        learner_name="Dr Morgan O'Neill (née Reyes)",
        licence_number="PSY-40213",
        licence_jurisdiction="Oregon",
        course_title="Working with anxious clients",
        completed_on=datetime.date(2026, 11, 2),
        credit_type_code="APA",
        credit_type_name="American Psychological Association",
        hours=Decimal("3.25"),
        accreditation_statement="The publisher is approved by the APA to sponsor continuing "
        "education for psychologists and maintains responsibility for this program.",
        provider_name="Clinical Education Publisher",
    )


def test_the_certificate_says_what_an_accreditor_requires(certificate):
    document = pdf.certificate_pdf(certificate)
    text = shown_text(document)

    assert document.startswith(b"%PDF-")
    assert "Dr Morgan O'Neill (née Reyes)" in text
    assert "Psychologist · Licence PSY-40213, Oregon" in text
    assert "Working with anxious clients" in text
    assert "Completed on 2 November 2026" in text
    assert "3.25 credit hours: American Psychological Association (APA)" in text
    assert "The publisher is approved by the APA" in text
    assert "Clinical Education Publisher" in text
    assert f"Certificate number: {certificate.code}" in text
    assert f"/certificates/{certificate.code}/" in text
    assert "REVOKED" not in text
    assert "SUPERSEDED" not in text


def test_hours_print_as_credit_hours_are_usually_printed():
    assert pdf._hours(Decimal("3.00")) == "3.0"
    assert pdf._hours(Decimal("2.50")) == "2.5"
    assert pdf._hours(Decimal("1.25")) == "1.25"


def test_a_learner_without_a_licence_shows_the_profession_alone(certificate):
    certificate.licence_number = ""
    text = shown_text(pdf.certificate_pdf(certificate))

    assert "Psychologist" in text
    assert "Licence" not in text


@pytest.mark.parametrize(
    ("status", "mark"),
    [(CertificateStatus.REVOKED, "REVOKED"), (CertificateStatus.SUPERSEDED, "SUPERSEDED")],
)
def test_a_certificate_that_no_longer_stands_says_so(certificate, status, mark):
    certificate.status = status
    text = shown_text(pdf.certificate_pdf(certificate))

    assert mark in text
    assert "not valid" in text


def test_the_same_certificate_gives_the_same_bytes(certificate):
    assert pdf.certificate_pdf(certificate) == pdf.certificate_pdf(certificate)


class RecordingCanvas:
    def __init__(self):
        self.rects = []

    def setFillColor(self, color):  # ReportLab's name
        self.color = color

    def rect(self, x, y, width, height, stroke=1, fill=0):
        self.rects.append((self.color, x, y, width, height))


def test_the_qr_code_draws_exactly_the_modules_of_the_verification_url():
    url = "https://cms.example.org/certificates/ABCD-EFGH-IJKL-MNOP-QRST-UVWX/"
    canvas = RecordingCanvas()
    pdf._draw_qr(canvas, url, 0, 0, 100)

    expected = [list(row) for row in segno.make(url, error="m").matrix_iter(border=2)]
    module = 100 / len(expected)
    drawn = [[False] * len(expected) for _ in expected]
    for _color, x, y, width, height in canvas.rects[1:]:  # the first is the white ground
        row = round((100 - y - height) / module)
        for column in range(round(x / module), round((x + width) / module)):
            drawn[row][column] = True
    assert drawn == [[bool(cell) for cell in row] for row in expected]


def test_long_titles_and_statements_still_make_one_page(certificate):
    certificate.course_title = "Trauma-informed care " * 12
    certificate.accreditation_statement = "This activity is approved for credit. " * 40
    document = pdf.certificate_pdf(certificate)

    assert len(re.findall(rb"/Type /Page(?!s)", document)) == 1


def test_a_name_beyond_latin_1_is_drawn_in_a_unicode_font(certificate):
    certificate.learner_name = "Łukasz Żółkiewski"
    document = pdf.certificate_pdf(certificate)

    assert document.startswith(b"%PDF-")
    if pdf._fonts(["Ł"]) == pdf.UNICODE:  # DejaVu Sans is installed here
        assert b"DejaVuSans" in document
