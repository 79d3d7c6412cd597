"""Shared blocks: local video embeds, link targets, alt text."""

from django.core.exceptions import ValidationError

from wagtail.blocks.struct_block import StructBlockValidationError

import pytest
import wagtail_factories

from cms.blocks import ImageBlock, LinkBlock, validate_video_url, video_embed_url


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        (
            "https://www.youtube.com/watch?v=abcdefghijk",
            "https://www.youtube-nocookie.com/embed/abcdefghijk",
        ),
        ("https://youtu.be/abcdefghijk", "https://www.youtube-nocookie.com/embed/abcdefghijk"),
        (
            "https://m.youtube.com/watch?v=abcdefghijk&t=4",
            "https://www.youtube-nocookie.com/embed/abcdefghijk",
        ),
        ("https://vimeo.com/123456789", "https://player.vimeo.com/video/123456789"),
        ("https://cdn.example.org/lesson-1.mp4", "https://cdn.example.org/lesson-1.mp4"),
    ],
)
def test_known_video_links_get_a_player_url(url, embed):
    assert video_embed_url(url) == embed
    validate_video_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/page",
        "https://www.youtube.com/watch?v=short",
        "javascript:alert(1)",
        "",
    ],
)
def test_unknown_video_links_have_no_player(url):
    assert video_embed_url(url) is None


def test_unknown_video_link_is_refused():
    with pytest.raises(ValidationError):
        validate_video_url("https://example.org/page")


@pytest.mark.django_db
def test_link_needs_exactly_one_target(site_tree):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": "x", "page": None, "url": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python({"label": "x", "page": site_tree.blog.pk, "url": "https://e.org"})
        )
    value = block.clean(block.to_python({"label": "Blog", "page": site_tree.blog.pk, "url": ""}))
    assert value.href == site_tree.blog.url


@pytest.mark.parametrize("address", ["/learn/", "/learn/courses/x/?a=1", "https://e.org/x"])
def test_a_link_takes_a_path_of_this_site_or_an_http_address(address):
    block = LinkBlock()
    assert block.clean(block.to_python({"label": "x", "page": None, "url": address})).href


@pytest.mark.parametrize(
    "address", ["//evil.example/", "/\\evil.example", "javascript:alert(1)", "learn/", "/a b"]
)
def test_a_link_refuses_other_hosts_in_disguise_and_other_schemes(address):
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": "x", "page": None, "url": address}))


@pytest.mark.django_db
def test_image_needs_alt_text_unless_decorative():
    image = wagtail_factories.ImageFactory()
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": False}))
    assert set(error.value.block_errors) == {"alt_text"}
    block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))
    block.clean(
        block.to_python({"image": image.pk, "alt_text": "A calm room", "decorative": False})
    )
