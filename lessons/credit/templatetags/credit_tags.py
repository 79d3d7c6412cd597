"""Template helpers for the learner's pages."""

from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def hours(value) -> str:
    """Credit hours as a certificate says them: 1.5, 0.25, 3 (never 1.50 nor 1E+1)."""
    if value is None or value == "":
        return ""
    text = f"{Decimal(str(value)):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
