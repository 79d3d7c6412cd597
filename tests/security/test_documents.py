"""Documents are served so that a browser never runs what an uploader put in them: their own
non-HTML content type, nosniff, and as an attachment unless they are PDFs."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model

import pytest

SCRIPT = b"name,notes\nA,<script>alert(document.cookie)</script>\n"


@pytest.fixture(autouse=True)
def _media_on_disk(settings, tmp_path):
    """Documents are streamed from the file system as in production (the test settings' memory
    storage has no files Wagtail's serve view can send)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }


def uploaded_document(admin_client, name: str, data: bytes):
    """Through the admin's upload form, as an editor would add it."""
    response = admin_client.post(
        reverse("wagtaildocs:add"), {"title": name, "file": SimpleUploadedFile(name, data)}
    )
    assert response.status_code == 302
    return get_document_model().objects.get(title=name)


def download(client, document):
    response = client.get(document.url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


@pytest.mark.parametrize(
    ("name", "content_type"), [("handout.txt", "text/plain"), ("scores.csv", "text/csv")]
)
def test_a_text_document_with_a_script_is_an_attachment(admin_client, client, name, content_type):
    document = uploaded_document(admin_client, name, SCRIPT)

    response, body = download(client, document)

    assert response.status_code == 200
    assert body == SCRIPT  # served as uploaded, but never as a page
    assert response["Content-Type"].startswith(content_type)
    assert "html" not in response["Content-Type"]
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"  # Wagtail's own


def test_a_pdf_opens_in_the_browser(admin_client, client):
    document = uploaded_document(admin_client, "consent-form.pdf", b"%PDF-1.4\n%%EOF\n")

    response, _ = download(client, document)

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_documents_are_served_by_django_whatever_the_storage(settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == ["application/pdf"]


@pytest.mark.parametrize("name", ["slides.html", "diagram.svg", "macro.js"])
def test_other_kinds_of_document_are_refused(admin_client, name):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, b"<script>alert(1)</script>")},
    )

    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert any("is not allowed" in error for error in errors), errors
    assert get_document_model().objects.count() == 0
