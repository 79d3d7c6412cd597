"""Links, and the stream base that leaves links to hidden pages out of the API.

The two live together because they answer one question: may a reader follow this link? A link
block represents itself as None when its page is hidden, and `APIStreamBlock` checks the
visibility of every page a stream links to in one query before asking its blocks.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator, URLValidator

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from cms.representation import check_pages_visible, page_is_visible, page_link
from cms.selectors import is_visible


def context_request(context):
    """The request an API representation was asked for, if any: serializers pass it in the
    block context so that links and images come out absolute for the caller's host."""
    return (context or {}).get("request")


class APIStreamBlock(blocks.StreamBlock):
    """A stream whose API form is `[{type, id, value}]`, each block representing itself.

    Page links inside are checked for visibility in one query for the whole stream, and a
    block that represents itself as None (a link to a hidden page) is left out.
    """

    def get_api_representation(self, value, context=None):
        request = context_request(context)
        check_pages_visible(list(_linked_pages(value)), request)
        items = []
        for child in value:
            represented = child.block.get_api_representation(child.value, context=context)
            if represented is not None:
                items.append({"type": child.block_type, "value": represented, "id": child.id})
        return items

    def api_schema(self, schemas) -> dict:
        """Each block's own shape, in a list discriminated by `type` (cms.block_schema)."""
        return schemas.stream(self)


def _linked_pages(value):
    for child in value:
        child_value = child.value
        if isinstance(child_value, blocks.StructValue) and child_value.get("page") is not None:
            yield child_value["page"]


class LinkValue(blocks.StructValue):
    @property
    def href(self):
        """The target's URL, or "" when the target page is hidden from readers."""
        page = self.get("page")
        if page is not None:
            return page.url if is_visible(page) else ""
        return self.get("url") or ""


SITE_PATH = RegexValidator(r"^/(?![/\\])\S*$", "Enter a path on this site, starting with one /.")


def validate_address(value: str) -> None:
    """An external http(s) address, or a path of this site that is not a Wagtail page (the
    learner pages at /learn/, say): "//host" is refused, as browsers read it as another host."""
    if value.startswith("/"):
        SITE_PATH(value)
    else:
        URLValidator(schemes=["http", "https"])(value)


class AddressBlock(blocks.FieldBlock):
    def __init__(self, required=False, help_text=None, **kwargs):
        self.field = forms.CharField(
            required=required, max_length=500, validators=[validate_address], help_text=help_text
        )
        super().__init__(**kwargs)


class LinkBlock(blocks.StructBlock):
    """A label with exactly one target: a page of this site or an external address."""

    label = blocks.CharBlock()
    page = blocks.PageChooserBlock(required=False)
    url = AddressBlock(help_text="https://… for another site, or /path/ for a page of this one.")

    def get_api_representation(self, value, context=None):
        """A link to a hidden page is no link at all: the whole block is left out (None)."""
        request = context_request(context)
        page = value.get("page")
        data = {name: value.get(name) for name in self.child_blocks if name not in {"page", "url"}}
        if page is not None:
            link = page_link(page, request) if page_is_visible(page, request) else None
            if link is None:
                return None
            return {**data, "url": link["url"], "page": link}
        address = value.get("url")
        if not address:
            return None
        if address.startswith("/") and request is not None:
            address = request.build_absolute_uri(address)  # absolute, as page links are
        return {**data, "url": address, "page": None}

    def api_schema(self, schemas) -> dict:
        """What get_api_representation answers (cms.block_schema): a hidden page's link is
        left out of its stream, so `page` is null only for an address."""
        data = {
            name: schemas.value(child)
            for name, child in self.child_blocks.items()
            if name not in {"page", "url"}
        }
        url = schemas.string("Absolute URL: the page's on the frontend, or the address")
        return schemas.struct(data | {"url": url, "page": schemas.page_link()})

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


class MenuBlock(APIStreamBlock):
    """A menu: ordered links; a link to a page readers cannot see is left out."""

    link = LinkBlock()


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


# Migrations name these blocks by the package path (cms.blocks.X) they had as one module.
DECONSTRUCT_ALIASES = {
    cls: f"cms.blocks.{cls.__name__}"
    for cls in (APIStreamBlock, LinkBlock, CallToActionBlock, MenuBlock, SocialLinkBlock)
}
