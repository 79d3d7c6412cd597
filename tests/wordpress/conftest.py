"""Fixtures for the WordPress importer: the small export written for these tests, a copy of
its uploads folder with real PNG files, and a helper that runs the command."""

import io
from pathlib import Path
from types import SimpleNamespace

from django.core.management import call_command

import pytest
from PIL import Image as PILImage

SMALL = Path(__file__).parent / "data" / "small.xml"


def line_of(text: str, marker: str, start: str = "") -> int:
    """The line of `marker` in `text`, or of the last `start` before it (an item's opening)."""
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if marker in line:
            if not start:
                return number
            while start not in lines[number - 1]:
                number -= 1
            return number
    raise AssertionError(f"{marker!r} is not in the file")


def run_import(path, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_wordpress", str(path), stdout=out, stderr=err, **options)
    return SimpleNamespace(out=out.getvalue(), err=err.getvalue())


@pytest.fixture
def media_dir(tmp_path):
    """wp-content/uploads as a publisher would copy it: the diagram is there, the scan is not."""
    uploads = tmp_path / "uploads"
    (uploads / "2024" / "03").mkdir(parents=True)
    PILImage.new("RGB", (64, 40), "steelblue").save(uploads / "2024" / "03" / "breathing.png")
    (uploads / "2024" / "03" / "grounding-handout.pdf").write_bytes(b"%PDF-1.4\n%handout\n")
    return uploads


@pytest.fixture
def imported(site_tree, media_dir):
    """The small export imported once into the empty site."""
    result = run_import(SMALL, media_dir=str(media_dir))
    return SimpleNamespace(site_tree=site_tree, result=result, text=SMALL.read_text())
