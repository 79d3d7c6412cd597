"""Running text: headings, paragraphs, quotes, takeaways and references, and the body base
built from them.

`BaseStreamBlock` is here because it is the text an article or lesson is made of; the apps
extend it with their own blocks (video, calls to action) rather than starting from scratch.
"""

from wagtail import blocks

from cms.representation import rich_text_html

from .links import APIStreamBlock, context_request
from .media import ImageBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        form_classname = "title"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    def get_api_representation(self, value, context=None):
        return rich_text_html(value.source if value else "", context_request(context))

    def api_schema(self, schemas) -> dict:
        return schemas.string("HTML, internal links as frontend URLs (cms.block_schema)")

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"


class PullQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text="A short sentence set apart from the running text.")
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/pull_quote.html"


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

    def api_schema(self, schemas) -> dict:
        optional = schemas.string(allow_null=True)
        citation = schemas.struct(
            {"citation": schemas.string(), "doi": optional, "doi_url": optional}
            | {"pubmed_id": optional, "pubmed_url": optional}
        )
        return {"type": "array", "items": citation}

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/references.html"


class BaseStreamBlock(APIStreamBlock):
    """What every long-form body can hold; apps extend it with their own blocks."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    pull_quote = PullQuoteBlock()
    image = ImageBlock()


# Migrations name these blocks by the package path (cms.blocks.X) they had as one module.
DECONSTRUCT_ALIASES = {
    cls: f"cms.blocks.{cls.__name__}"
    for cls in (
        HeadingBlock,
        ParagraphBlock,
        PullQuoteBlock,
        KeyTakeawaysBlock,
        CitationBlock,
        ReferencesBlock,
        BaseStreamBlock,
    )
}
