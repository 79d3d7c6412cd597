"""The error pages work without a database: the 500 page renders with no context at all.

Kept apart from test_reader_pages.py, whose module-wide demo site would fill the database."""

from django.template.loader import get_template

import pytest

from cms.models import Expert

pytestmark = pytest.mark.django_db


def test_500_page_renders_without_context():
    html = get_template("500.html").render({})
    assert "<html" in html
    assert Expert.objects.count() == 0
