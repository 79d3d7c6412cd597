"""Blocks shared by every app: the base stream block that article bodies extend, plus the
small structural blocks (links, quotes, images, videos) that transcripts and settings reuse.

Everything is imported from here (`from cms.blocks import ...`), and migrations name the
blocks by this path too, so the modules behind it can be rearranged without a migration.
"""

from .links import (
    SOCIAL_PLATFORMS,
    APIStreamBlock,
    CallToActionBlock,
    LinkBlock,
    LinkValue,
    MenuBlock,
    SocialLinkBlock,
    SocialLinkValue,
)
from .media import (
    ImageBlock,
    VideoBlock,
    VideoValue,
    is_video_file,
    validate_video_url,
    video_embed_url,
)
from .text import (
    PARAGRAPH_FEATURES,
    BaseStreamBlock,
    CitationBlock,
    CitationValue,
    HeadingBlock,
    KeyTakeawaysBlock,
    ParagraphBlock,
    PullQuoteBlock,
    ReferencesBlock,
)

__all__ = [
    "PARAGRAPH_FEATURES",
    "SOCIAL_PLATFORMS",
    "APIStreamBlock",
    "BaseStreamBlock",
    "CallToActionBlock",
    "CitationBlock",
    "CitationValue",
    "HeadingBlock",
    "ImageBlock",
    "KeyTakeawaysBlock",
    "LinkBlock",
    "LinkValue",
    "MenuBlock",
    "ParagraphBlock",
    "PullQuoteBlock",
    "ReferencesBlock",
    "SocialLinkBlock",
    "SocialLinkValue",
    "VideoBlock",
    "VideoValue",
    "is_video_file",
    "validate_video_url",
    "video_embed_url",
]
