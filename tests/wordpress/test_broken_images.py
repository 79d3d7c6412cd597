"""An <img> the import cannot show is reported with its post and line, and the post is imported
all the same.

Found by issue 20: a post holding an <img> without `src` (and no wp-image-ID class) was dropped
whole, reported only as "'NoneType' object has no attribute 'group'". An image inside a list,
heading, quote or table vanished without a word: those blocks hold text only.
"""

from wagtail.images import get_image_model

import pytest

from blog.models import ArticlePage
from blog.wordpress.html_blocks import html_to_blocks

from .conftest import SMALL, line_of, run_import

pytestmark = pytest.mark.django_db

ORIGINAL = "<p>Complex trauma grows from repeated harm, often in childhood.</p>"
DIAGRAM = "https://old.example.org/wp-content/uploads/2024/03/breathing.png"
BROKEN = (
    "<p>Complex trauma grows from repeated harm.</p>"
    '<figure><img alt="The window of tolerance"><figcaption>Window</figcaption></figure>'
    '<p>Stay inside it <img class="alignleft" alt=""> with the client.</p>'
    f'<ul><li>Breathe out slowly <img src="{DIAGRAM}" alt="A slow breath"></li></ul>'
)


@pytest.fixture
def imported_with_broken_images(site_tree, media_dir, tmp_path):
    text = SMALL.read_text()
    assert ORIGINAL in text
    path = tmp_path / "broken-images.xml"
    path.write_text(text.replace(ORIGINAL, BROKEN))
    return run_import(path, media_dir=str(media_dir)), path.read_text()


def test_a_post_with_an_image_without_src_is_imported_and_the_image_reported(
    imported_with_broken_images,
):
    result, text = imported_with_broken_images
    article = ArticlePage.objects.get(slug="complex-trauma-in-adults")

    paragraphs = [b.value.source for b in article.body if b.block_type == "paragraph"]
    assert paragraphs[:2] == [
        "<p>Complex trauma grows from repeated harm.</p>",
        "<p>Stay inside it  with the client.</p>",
    ]
    line = line_of(text, "<title>Complex trauma in adults", start="<item>")
    label = "post 13 'Complex trauma in adults'"
    assert result.err.count(f"line {line}: {label}: image with no src is not among") == 2
    assert "'Complex trauma in adults' not imported" not in result.err
    assert "NoneType" not in result.err


def test_an_image_inside_a_list_becomes_a_block_after_it(imported_with_broken_images):
    article = ArticlePage.objects.get(slug="complex-trauma-in-adults")
    diagram = get_image_model().objects.get(title="Calm breathing diagram")

    kinds = [b.block_type for b in article.body]
    assert kinds == ["paragraph", "paragraph", "paragraph", "image"]
    assert article.body[2].value.source == "<ul><li>Breathe out slowly </li></ul>"
    assert article.body[3].value["image"] == diagram
    assert article.body[3].value["alt_text"] == "A slow breath"


@pytest.mark.parametrize(
    "html",
    [
        "<h2>Heading <img></h2>",
        "<blockquote><p>Quoted</p><img></blockquote>",
        "<table><tr><td>Cell <img></td></tr></table>",
        "<ol><li><a href='/x'><img></a> Item</li></ol>",
    ],
)
def test_no_image_vanishes_without_a_warning(html):
    result = html_to_blocks(html, lambda src, pk: None)

    assert result.warnings == ["image with no src is not among the imports"]
