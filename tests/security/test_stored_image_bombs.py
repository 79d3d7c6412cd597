"""An image saved without the upload form (an importer, a shell) must not get past the pixel
limit either: a stored bomb would make every page and API response that renders it a 500."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from wagtail.images import get_image_model

import pytest

from blog.factories import ArticlePageFactory
from tests.security.conftest import png_bytes, stored_files
from tests.security.test_image_uploads import PIXEL_BOMB


def save_image(data: bytes, **dimensions):
    return get_image_model().objects.create(
        title="Imported diagram", file=ContentFile(data, "diagram.png"), **dimensions
    )


@pytest.mark.parametrize(
    ("data", "dimensions"),
    [
        pytest.param(PIXEL_BOMB, {"width": 20000, "height": 20000}, id="decompression-bomb"),
        pytest.param(PIXEL_BOMB, {"width": 200, "height": 200}, id="bomb-with-made-up-size"),
        pytest.param(png_bytes(7000, 7000, mode="1"), {}, id="over-the-limit"),
    ],
)
def test_an_importer_cannot_store_an_oversized_image(db, data, dimensions):
    with pytest.raises(ValidationError, match="too many pixels"):
        save_image(data, **dimensions)

    assert get_image_model().objects.count() == 0
    assert stored_files("original_images") == []


def test_an_image_within_the_limit_is_stored_and_renders(client, site_tree):
    image = save_image(png_bytes(1600, 900))
    article = ArticlePageFactory(parent=site_tree.blog, slug="diagram", featured_image=image)

    page = client.get(article.url)
    api = client.get(f"/api/v2/articles/{article.slug}/")

    assert page.status_code == 200
    assert "original_images" not in page.content.decode()  # a rendition, not the original
    assert api.status_code == 200
    assert api.json()["featured_image"]["width"] == 1600


def test_changing_the_title_of_a_stored_image_needs_no_file_read(db):
    image = save_image(png_bytes(20, 20))
    image.file.storage.delete(image.file.name)  # a missing original must not block edits

    image.title = "Renamed"
    image.save()

    assert get_image_model().objects.get().title == "Renamed"
