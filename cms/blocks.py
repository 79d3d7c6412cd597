"""Blocks shared by every app: the base stream block that article bodies extend, plus the
small structural blocks (links, quotes, images, videos) that transcripts and settings reuse."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]

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


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        form_classname = "title"


def _request(context):
    return (context or {}).get("request")


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    def get_api_representation(self, value, context=None):
        from cms.serializers import rich_text_html

        return rich_text_html(value.source if value else "", _request(context))

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"


class PullQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text="A short sentence set apart from the running text.")
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/pull_quote.html"


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
        from cms.serializers import image_data

        return {
            "image": image_data(value.get("image"), _request(context)),
            "alt": "" if value.get("decorative") else value.get("alt_text", ""),
            "decorative": bool(value.get("decorative")),
            "caption": value.get("caption", ""),
        }

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

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        value_class = VideoValue


class LinkValue(blocks.StructValue):
    @property
    def href(self):
        """The target's URL, or "" when the target page is hidden from readers."""
        from cms.selectors import is_visible

        page = self.get("page")
        if page is not None:
            return page.url if is_visible(page) else ""
        return self.get("url") or ""


class LinkBlock(blocks.StructBlock):
    """A label with exactly one target: a page of this site or an external address."""

    label = blocks.CharBlock()
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False)

    def get_api_representation(self, value, context=None):
        """A link to a hidden page is no link at all: the whole block is left out (None)."""
        from cms.serializers import page_is_visible, page_link

        request = _request(context)
        page = value.get("page")
        data = {name: value.get(name) for name in self.child_blocks if name not in {"page", "url"}}
        if page is not None:
            link = page_link(page, request) if page_is_visible(page, request) else None
            if link is None:
                return None
            return {**data, "url": link["url"], "page": link}
        if not value.get("url"):
            return None
        return {**data, "url": value.get("url"), "page": None}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = ValidationError("Choose a page or enter a URL, not both.")
            raise StructBlockValidationError(block_errors={"url": message})
        return value

    class Meta:
        icon = "link"
        value_class = LinkValue


class CallToActionBlock(LinkBlock):
    text = blocks.TextBlock(required=False, help_text="An optional sentence before the button.")

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        value_class = LinkValue


class KeyTakeawaysBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(blocks.CharBlock(label="Takeaway"), **kwargs)

    class Meta:
        icon = "list-ul"
        template = "blocks/key_takeaways.html"


class CitationValue(blocks.StructValue):
    @property
    def doi_url(self):
        return f"https://doi.org/{self['doi']}" if self.get("doi") else ""

    @property
    def pubmed_url(self):
        pmid = self.get("pubmed_id")
        return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else ""


class CitationBlock(blocks.StructBlock):
    citation = blocks.TextBlock(help_text="Authors (year). Title. Journal or publisher.")
    doi = blocks.RegexBlock(
        regex=r"^10\.\d{4,9}/\S+$",
        required=False,
        error_messages={"invalid": "A DOI looks like 10.1000/xyz123."},
    )
    pubmed_id = blocks.RegexBlock(
        regex=r"^\d{1,9}$",
        required=False,
        label="PubMed ID",
        error_messages={"invalid": "A PubMed ID is a number."},
    )

    class Meta:
        icon = "doc-full"
        value_class = CitationValue


class ReferencesBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(CitationBlock(), **kwargs)

    def get_api_representation(self, value, context=None):
        return [
            {
                "citation": item.get("citation"),
                "doi": item.get("doi") or None,
                "doi_url": item.doi_url or None,
                "pubmed_id": item.get("pubmed_id") or None,
                "pubmed_url": item.pubmed_url or None,
            }
            for item in value
        ]

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/references.html"


class APIStreamBlock(blocks.StreamBlock):
    """A stream whose API form is `[{type, id, value}]`, each block representing itself.

    Page links inside are checked for visibility in one query for the whole stream, and a
    block that represents itself as None (a link to a hidden page) is left out.
    """

    def get_api_representation(self, value, context=None):
        from cms.serializers import check_pages_visible

        request = _request(context)
        check_pages_visible(list(_linked_pages(value)), request)
        items = []
        for child in value:
            represented = child.block.get_api_representation(child.value, context=context)
            if represented is not None:
                items.append({"type": child.block_type, "value": represented, "id": child.id})
        return items


def _linked_pages(value):
    for child in value:
        child_value = child.value
        if isinstance(child_value, blocks.StructValue) and child_value.get("page") is not None:
            yield child_value["page"]


class BaseStreamBlock(APIStreamBlock):
    """What every long-form body can hold; apps extend it with their own blocks."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    pull_quote = PullQuoteBlock()
    image = ImageBlock()


SOCIAL_PLATFORMS = [
    ("facebook", "Facebook"),
    ("x", "X (Twitter)"),
    ("linkedin", "LinkedIn"),
    ("youtube", "YouTube"),
    ("instagram", "Instagram"),
]


class SocialLinkValue(blocks.StructValue):
    @property
    def label(self) -> str:
        return dict(SOCIAL_PLATFORMS).get(self.get("platform"), self.get("platform", ""))


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(choices=SOCIAL_PLATFORMS)
    url = blocks.URLBlock()

    class Meta:
        icon = "site"
        value_class = SocialLinkValue


class MenuBlock(APIStreamBlock):
    """A menu: ordered links; a link to a page readers cannot see is left out."""

    link = LinkBlock()
