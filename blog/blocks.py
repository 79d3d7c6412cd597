"""What an article body can hold: the shared blocks plus the publisher's editorial blocks."""

from cms.blocks import (
    BaseStreamBlock,
    CallToActionBlock,
    KeyTakeawaysBlock,
    ReferencesBlock,
    VideoBlock,
)


class ArticleBodyBlock(BaseStreamBlock):
    video = VideoBlock()
    call_to_action = CallToActionBlock()
    key_takeaways = KeyTakeawaysBlock()
    references = ReferencesBlock()
