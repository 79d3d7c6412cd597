"""The printable certificate: one landscape page an accreditor, a board or an employer reads.

It carries what accreditors require on a certificate of attendance: the learner's legal name
and licence, the course, the completion date, the credit type and hours, the accreditation
statement, the provider, the certificate number, and where (and by QR code) to verify it. A
certificate that no longer stands says so across the page.

The PDF is drawn in memory (no temporary files, no network) and is reproducible: the same
certificate gives the same bytes (ReportLab's `invariant`), and its text is left uncompressed
so that what it says can be checked by reading it. Names outside Latin-1 are set in DejaVu
Sans when the system has it, as ReportLab's built-in fonts cannot draw them.
"""

import io
from decimal import Decimal

from django.utils.timezone import localdate

import segno
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from lessons.credit.credential import verification_url
from lessons.credit.models import CertificateStatus
from lessons.models import Profession

PAGE_WIDTH, PAGE_HEIGHT = landscape(letter)
MARGIN = 0.6 * inch
INK = colors.HexColor("#1f2a37")
MUTED = colors.HexColor("#5b6573")
ALERT = colors.HexColor("#b42318")
QR_SIZE = 1.3 * inch
MIN_FONT_SIZE = 7
STATEMENT_HEIGHT = 1.1 * inch
LATIN = ("Helvetica", "Helvetica-Bold")
UNICODE = ("DejaVuSans", "DejaVuSans-Bold")
NOT_VALID: dict[str, tuple[str, str]] = {
    CertificateStatus.REVOKED.value: (
        "REVOKED",
        "This certificate was revoked by its provider and is not valid.",
    ),
    CertificateStatus.SUPERSEDED.value: (
        "SUPERSEDED",
        "This certificate was corrected and reissued under a new number; it is not valid.",
    ),
}


def _fonts(texts: list[str]) -> tuple[str, str]:
    """Helvetica when every text fits its encoding, else a Unicode font if one is installed."""
    try:
        "".join(texts).encode("cp1252")
        return LATIN
    except UnicodeEncodeError:
        pass
    try:
        for name in UNICODE:
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, f"{name}.ttf"))
    except TTFError:
        return LATIN
    return UNICODE


def _hours(hours: Decimal) -> str:
    """3.00 → "3.0", 2.50 → "2.5", 1.25 → "1.25": as credit hours are usually printed."""
    text = f"{Decimal(hours):.2f}"
    return text[:-1] if text.endswith("0") else text


def _date(day) -> str:
    return f"{day.day} {day:%B %Y}"


def _licence_line(certificate) -> str:
    try:
        profession = Profession(certificate.profession).label
    except ValueError:
        profession = certificate.profession
    if not certificate.licence_number:
        return profession
    where = f", {certificate.licence_jurisdiction}" if certificate.licence_jurisdiction else ""
    return f"{profession} · Licence {certificate.licence_number}{where}"


def _draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code as filled rectangles, one per run of dark modules (a vector, not an image)."""
    qr = segno.make(text, error="m")
    rows = [list(row) for row in qr.matrix_iter(scale=1, border=2)]
    module = size / len(rows)
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    for index, row in enumerate(rows):
        top = y + size - (index + 1) * module
        column = 0
        while column < len(row):
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            canvas.rect(x + start * module, top, (column - start) * module, module, 0, 1)


def _centred(canvas: Canvas, text: str, y: float, font: str, size: float, color=INK) -> None:
    """A centred line, set smaller when it would not fit (a long name or course title)."""
    room = PAGE_WIDTH - 2 * MARGIN
    while size > MIN_FONT_SIZE and pdfmetrics.stringWidth(text, font, size) > room:
        size -= 0.5
    canvas.setFont(font, size)
    canvas.setFillColor(color)
    canvas.drawCentredString(PAGE_WIDTH / 2, y, text)


def _not_valid_mark(canvas: Canvas, status: str, bold: str) -> None:
    word, sentence = NOT_VALID[status]
    canvas.saveState()
    canvas.setFillColor(ALERT)
    canvas.setFillAlpha(0.18)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(24)
    canvas.setFont(bold, 110)
    canvas.drawCentredString(0, -40, word)
    canvas.restoreState()
    canvas.setFillColor(ALERT)
    canvas.rect(0, PAGE_HEIGHT - 0.42 * inch, PAGE_WIDTH, 0.42 * inch, stroke=0, fill=1)
    _centred(canvas, f"{word}: {sentence}", PAGE_HEIGHT - 0.28 * inch, bold, 12, colors.white)


def certificate_pdf(certificate) -> bytes:
    """The certificate as a one-page PDF."""
    url = verification_url(certificate.code)
    licence = _licence_line(certificate)
    texts = [
        certificate.learner_name,
        certificate.course_title,
        certificate.provider_name,
        certificate.credit_type_name,
        certificate.accreditation_statement,
        licence,
    ]
    regular, bold = _fonts(texts)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=0, invariant=1)
    canvas.setTitle(f"Certificate {certificate.code}: {certificate.course_title}")
    canvas.setAuthor(certificate.provider_name)
    canvas.setSubject("Certificate of completion, continuing education")

    canvas.setStrokeColor(INK)
    canvas.setLineWidth(2)
    canvas.rect(MARGIN / 2, MARGIN / 2, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN)

    top = PAGE_HEIGHT - 1.25 * inch
    _centred(canvas, certificate.provider_name, top, bold, 16)
    _centred(canvas, "Certificate of Completion", top - 0.55 * inch, bold, 30)
    _centred(canvas, "This certifies that", top - 1.05 * inch, regular, 13, MUTED)
    _centred(canvas, certificate.learner_name, top - 1.6 * inch, bold, 28)
    _centred(canvas, licence, top - 1.95 * inch, regular, 12, MUTED)
    _centred(canvas, "has completed the course", top - 2.4 * inch, regular, 13, MUTED)
    _centred(canvas, certificate.course_title, top - 2.85 * inch, bold, 20)
    completed = f"Completed on {_date(certificate.completed_on)}"
    _centred(canvas, completed, top - 3.2 * inch, regular, 12)
    hours = _hours(certificate.hours)
    credit = (
        f"{hours} credit hour{'' if Decimal(certificate.hours) == 1 else 's'}: "
        f"{certificate.credit_type_name} ({certificate.credit_type_code})"
    )
    _centred(canvas, credit, top - 3.6 * inch, bold, 14)

    if certificate.accreditation_statement:
        _statement(canvas, certificate.accreditation_statement, regular)

    canvas.setFont(regular, 9.5)
    canvas.setFillColor(INK)
    canvas.drawString(MARGIN, MARGIN + 0.6 * inch, f"Certificate number: {certificate.code}")
    issued = f"Issued on {_date(localdate(certificate.issued_at))} by {certificate.provider_name}"
    canvas.drawString(MARGIN, MARGIN + 0.4 * inch, issued)
    canvas.drawString(MARGIN, MARGIN + 0.2 * inch, f"Verify this certificate at {url}")

    qr_x = PAGE_WIDTH - MARGIN - QR_SIZE
    _draw_qr(canvas, url, qr_x, MARGIN + 0.1 * inch, QR_SIZE)

    if certificate.status in NOT_VALID:
        _not_valid_mark(canvas, certificate.status, bold)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _statement(canvas: Canvas, text: str, font: str) -> None:
    """The accreditation statement, word-wrapped above the certificate number, set smaller
    until it fits its box (statements run from one line to a paragraph)."""
    width = PAGE_WIDTH - 2 * MARGIN - QR_SIZE - 0.4 * inch
    size = 9.5
    while True:
        style = ParagraphStyle("statement", fontName=font, fontSize=size, leading=size * 1.25)
        paragraph = Paragraph(_escape(text), style)
        _, height = paragraph.wrap(width, STATEMENT_HEIGHT)
        if height <= STATEMENT_HEIGHT or size <= MIN_FONT_SIZE:
            break
        size -= 0.5
    paragraph.drawOn(canvas, MARGIN, MARGIN + 0.95 * inch + max(0, STATEMENT_HEIGHT - height))


def _escape(text: str) -> str:
    """Paragraph reads a little markup: the statement is text, line breaks kept."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<br/>".join(escaped.splitlines())
