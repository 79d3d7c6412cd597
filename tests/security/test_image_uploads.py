"""Images are refused before anything is stored when they are too big, have too many pixels,
are not what their extension says, or are SVG; through both of the admin's upload paths."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model

import pytest

from tests.security.conftest import animated_gif_bytes, png_bytes, stored_files

# 20000 x 20000 one-bit pixels: a few tens of KB on disk, 400 million pixels once decoded.
PIXEL_BOMB = png_bytes(20000, 20000, mode="1")

REFUSED = [
    pytest.param("bomb.png", PIXEL_BOMB, "too many pixels", id="decompression-bomb"),
    pytest.param("large.png", png_bytes(7000, 7000, mode="1"), "too many pixels", id="45-mpx"),
    # 50 frames of 1000 x 1000: 50 megapixels once every frame is counted (Willow counts one).
    pytest.param(
        "loop.gif", animated_gif_bytes(1000, 1000, 50), "too many pixels", id="50-mpx-animation"
    ),
    # The first bytes say GIF, so Willow takes it for one; Pillow cannot read the rest.
    pytest.param("junk.gif", b"GIF89a" + b"\x00junk" * 40, "Upload a valid image", id="gif-junk"),
    pytest.param("photo.jpg", png_bytes(40, 30), "does not match the file format", id="png-as-jpg"),
    pytest.param("notes.jpg", b"Session notes, not a photo.", "Upload a valid image", id="text"),
    pytest.param(
        "page.png",
        b"<!DOCTYPE html><html><script>alert(document.cookie)</script></html>",
        "Not a valid .png image",
        id="html-as-png",
    ),
    pytest.param(
        "logo.svg",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "Not a supported image format",
        id="svg",
    ),
]


def upload(client, name: str, data: bytes):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Upload", "file": SimpleUploadedFile(name, data), "collection": 1},
    )


def assert_nothing_stored():
    assert get_image_model().objects.count() == 0
    assert stored_files("original_images") == []


def test_a_pixel_bomb_is_small_on_disk():
    assert len(PIXEL_BOMB) < 100_000


@pytest.mark.parametrize(("name", "data", "message"), REFUSED)
def test_the_add_image_form_refuses_with_a_clear_message(editor_client, name, data, message):
    response = upload(editor_client, name, data)

    assert response.status_code == 200  # the form again, with its error
    errors = response.context["form"].errors["file"]
    assert any(message in error for error in errors), errors
    assert_nothing_stored()


@pytest.mark.parametrize(("name", "data", "message"), REFUSED)
def test_the_multiple_upload_refuses_with_a_clear_message(editor_client, name, data, message):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile(name, data)}
    )

    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert message in answer["error_message"]
    assert_nothing_stored()


def test_an_oversize_file_is_refused(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20_000
    data = png_bytes(400, 400) + b"\0" * 30_000  # trailing bytes: a valid PNG of 30+ KB

    response = upload(editor_client, "photo.png", data)

    errors = response.context["form"].errors["file"]
    assert any("This file is too big" in error for error in errors), errors
    assert_nothing_stored()


def test_the_limits_are_the_configured_ones(settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


def test_a_real_image_is_accepted(editor_client):
    response = upload(editor_client, "portrait.png", png_bytes(1200, 800))

    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (1200, 800)
    assert len(stored_files("original_images")) == 1
