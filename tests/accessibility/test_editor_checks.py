"""Editors are held to the same bar as the templates: an image in a body needs its alt text
unless the editor marks it decorative, and Wagtail's accessibility checker (axe-core in the
editor's user bar, "Content checks") is on for every page they view."""

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

import pytest
import wagtail_factories

from blog.factories import ArticlePageFactory
from cms.blocks import ImageBlock

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("alt_text", "decorative", "refused"),
    [
        ("", False, True),
        ("   ", False, True),
        ("A therapist listening", False, False),
        ("", True, False),
    ],
)
def test_an_image_needs_alt_text_unless_it_is_decorative(alt_text, decorative, refused):
    block = ImageBlock()
    value = block.to_python(
        {
            "image": wagtail_factories.ImageFactory().pk,
            "alt_text": alt_text,
            "decorative": decorative,
        }
    )
    if refused:
        with pytest.raises(ValidationError):
            block.clean(value)
    else:
        block.clean(value)


def test_editors_get_the_accessibility_checker_on_reader_pages(client, site_tree):
    article = ArticlePageFactory(parent=site_tree.blog)
    assert "checker-axe-configuration" not in client.get(article.url).content.decode()
    client.force_login(User.objects.create_superuser("checker", "checker@example.org", "x"))
    page = client.get(article.url).content.decode()
    assert "wagtail-userbar" in page
    assert "checker-axe-configuration" in page
