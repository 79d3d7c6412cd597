"""Images and videos in a body, and the video-link rules shared with lessons and the importer.

Player URLs are built here from the link itself rather than through oEmbed: the CMS must render
and validate offline, and a frontend needs only the player address. Lessons and the WordPress
importer use the same functions so that a link accepted in one place plays in every other.
"""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from cms.representation import image_data

from .links import context_request

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIDEO_FILE = re.compile(r"\.(mp4|webm|m4v|ogv)$", re.IGNORECASE)


def video_embed_url(url: str) -> str | None:
    """Player URL for a video link, built locally.

    oEmbed would ask the provider at render time; the CMS must render and validate offline, and a
    frontend only needs the player address.
    """
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if host in {"youtube.com", "youtube-nocookie.com"}:
        video_id = parse_qs(parsed.query).get("v", [""])[0]
        if not video_id and parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
        if _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "youtu.be":
        video_id = parsed.path.lstrip("/")
        if _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host in {"vimeo.com", "player.vimeo.com"}:
        digits = [part for part in parsed.path.split("/") if part.isdigit()]
        if digits:
            return f"https://player.vimeo.com/video/{digits[-1]}"
    elif parsed.scheme in {"http", "https"} and _VIDEO_FILE.search(parsed.path):
        return url
    return None


def is_video_file(url: str) -> bool:
    return bool(_VIDEO_FILE.search(urlparse(url or "").path))


def validate_video_url(url: str) -> None:
    if url and video_embed_url(url) is None:
        raise ValidationError(
            "Use a YouTube or Vimeo link, or a direct link to an .mp4 or .webm file."
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        help_text="What the image shows, for readers who cannot see it.",
    )
    decorative = blocks.BooleanBlock(
        required=False, help_text="Tick only if the image adds no information (no alt text)."
    )
    caption = blocks.CharBlock(required=False)

    def get_api_representation(self, value, context=None):
        return {
            "image": image_data(value.get("image"), context_request(context)),
            "alt": "" if value.get("decorative") else value.get("alt_text", ""),
            "decorative": bool(value.get("decorative")),
            "caption": value.get("caption", ""),
        }

    def api_schema(self, schemas) -> dict:
        """What get_api_representation answers (cms.block_schema)."""
        properties = {"image": schemas.image(), "alt": schemas.string("Empty when decorative")}
        return schemas.struct(
            properties | {"decorative": {"type": "boolean"}, "caption": schemas.string()}
        )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("alt_text") and not value.get("decorative"):
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError("Describe the image or mark it decorative.")
                }
            )
        return value

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class VideoValue(blocks.StructValue):
    @property
    def embed_url(self):
        return video_embed_url(self.get("url"))

    @property
    def is_file(self):
        return is_video_file(self.get("url"))


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        validators=[validate_video_url], help_text="YouTube, Vimeo or a direct video file."
    )
    caption = blocks.CharBlock(required=False)

    def get_api_representation(self, value, context=None):
        return {
            "url": value.get("url"),
            "embed_url": value.embed_url,
            "is_file": value.is_file,
            "caption": value.get("caption", ""),
        }

    def api_schema(self, schemas) -> dict:
        """What get_api_representation answers (cms.block_schema)."""
        return schemas.struct(
            {
                "url": schemas.string(),
                "embed_url": schemas.string("The player's URL", allow_null=True),
                "is_file": {"type": "boolean"},
                "caption": schemas.string(),
            }
        )

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        value_class = VideoValue


# Migrations name these blocks by the package path (cms.blocks.X) they had as one module.
DECONSTRUCT_ALIASES = {cls: f"cms.blocks.{cls.__name__}" for cls in (ImageBlock, VideoBlock)}
