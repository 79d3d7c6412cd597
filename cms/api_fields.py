"""DRF fields for the shared representations, so output serializers stay declarative and the
OpenAPI schema describes each shape once."""

from django.urls import reverse

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms import representation as represent


class RenditionSchema(serializers.Serializer):
    """One rendition: a signed URL on the image serve view, made on its first request."""

    url = serializers.URLField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    format = serializers.ChoiceField(choices=["avif", "webp", "jpeg", "png"])


class SrcsetSchema(serializers.Serializer):
    """`srcset` attributes (`url 400w, url 800w, ...`), one per format, for a `<picture>`."""

    avif = serializers.CharField(
        allow_null=True, help_text="image/avif; null where the server cannot encode AVIF"
    )
    webp = serializers.CharField(help_text="image/webp")
    fallback = serializers.CharField(
        help_text="the `<img>` itself: JPEG, or PNG for PNG and GIF originals"
    )


class FocalPointSchema(serializers.Serializer):
    """The focal point's centre in percent (the image's centre when none is set), as CSS
    `object-position` takes it."""

    x = serializers.FloatField()
    y = serializers.FloatField()


class ImageCropsSchema(serializers.Serializer):
    thumbnail = RenditionSchema(help_text="400x300, cropped around the focal point")
    social = RenditionSchema(help_text="1200x630, as Open Graph and X cards want it")


class ImageSchema(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    alt = serializers.CharField(allow_blank=True)
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    focal_point = FocalPointSchema()
    src = RenditionSchema(help_text="the default `<img src>`: the fallback format, 800 wide")
    renditions = serializers.ListField(
        child=RenditionSchema(),
        help_text="widths 400, 800, 1200 and 1600 (up to the original's) in each format",
    )
    srcset = SrcsetSchema()
    crops = ImageCropsSchema()


class PageLinkSchema(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.CharField(help_text="app_label.ModelName, e.g. blog.ArticlePage")
    title = serializers.CharField()
    path = serializers.CharField(help_text="Path on the frontend, e.g. /blog/some-article/")
    url = serializers.URLField(help_text="Absolute frontend URL")


class DocumentSchema(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.URLField()
    file_extension = serializers.CharField(allow_blank=True)


def _request(field):
    return field.context.get("request")


@extend_schema_field(ImageSchema(allow_null=True))
class ImageField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return represent.image_data(value, _request(self))


class ExpertNameSerializer(serializers.Serializer):
    """How an expert is named wherever they are credited (search results name them so)."""

    name = serializers.CharField()
    credentials = serializers.CharField(allow_blank=True)
    display_name = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    slug = serializers.CharField()
    path = serializers.SerializerMethodField(help_text="Their page, e.g. /experts/rosa-field/")
    url = serializers.SerializerMethodField(help_text="Absolute frontend URL of their page")

    def get_path(self, expert) -> str:
        return expert_path(expert)

    def get_url(self, expert) -> str:
        return represent.frontend_url(expert_path(expert), _request(self))


def expert_path(expert) -> str:
    """An expert's reader page ("/experts/rosa-field/", cms.expert_pages), on the CMS and on a
    frontend alike: experts are snippets, not pages, so the path comes from the URL conf."""
    return reverse("expert-page", kwargs={"slug": expert.slug})


class ExpertSerializer(ExpertNameSerializer):
    """The expert shape of every article, course, lesson and transcript: the name and photo.
    The email is for the editorial team only and is never declared here."""

    photo = ImageField()


def expert_data(expert, request) -> dict | None:
    """An expert in the shared shape, for code that builds JSON outside a serializer (a
    transcript block's API representation)."""
    if expert is None:
        return None
    return ExpertSerializer(expert, context={"request": request}).data


@extend_schema_field(ExpertSerializer)
class ExpertField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return expert_data(value, _request(self))


@extend_schema_field(DocumentSchema)
class DocumentField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return represent.document_data(value, _request(self))


@extend_schema_field(OpenApiTypes.STR)
class RichTextField(serializers.Field):
    """Rich text as frontend HTML (see cms.representation.rich_text_html)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return represent.rich_text_html(str(getattr(value, "source", value) or ""), _request(self))


class StreamField(serializers.Field):
    """A StreamField as `[{type, id, value}]`; each block shapes its own value. The schema is
    read from `stream_block`, the model field's block (cms.block_schema): each block type a
    component, the list a `oneOf` on `type`."""

    def __init__(self, stream_block=None, **kwargs):
        # None where no schema documents it (Wagtail's `pages/`, whose items are open).
        self.stream_block = stream_block
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return value.stream_block.get_api_representation(value, self.context)


@extend_schema_field(PageLinkSchema)
class PageLinkField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return represent.page_link(value, _request(self))


class OpenGraphArticleSchema(serializers.Serializer):
    """Open Graph's article:* properties (one article:tag meta tag per tag)."""

    published_time = serializers.CharField(allow_null=True)
    modified_time = serializers.CharField(allow_null=True)
    section = serializers.CharField(allow_null=True)
    tags = serializers.ListField(child=serializers.CharField())


class OpenGraphSchema(serializers.Serializer):
    type = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    url = serializers.URLField()
    image = serializers.URLField(allow_null=True)
    site_name = serializers.CharField()
    locale = serializers.CharField(help_text='e.g. "en_US"')
    article = OpenGraphArticleSchema(allow_null=True, help_text="articles only")


class TwitterCardSchema(serializers.Serializer):
    card = serializers.ChoiceField(choices=["summary_large_image", "summary"])
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    image = serializers.URLField(allow_null=True)
    site = serializers.CharField(
        allow_null=True, help_text="the publisher's @handle, from its X (Twitter) link"
    )


@extend_schema_field({"$ref": "#/components/schemas/JsonLd"})  # declared in cms.schema
class JsonLdField(serializers.DictField):
    """schema.org JSON-LD for the page: one object with `@context` and `@type`."""


class SEOSchema(serializers.Serializer):
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    canonical_url = serializers.URLField()
    open_graph = OpenGraphSchema()
    twitter = TwitterCardSchema()
    json_ld = JsonLdField()


@extend_schema_field(SEOSchema)
class SEOField(serializers.Field):
    """SEO for the serialized page itself (source="*")."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, value):
        from cms.seo import seo_data

        return seo_data(value, _request(self))


@extend_schema_field(PageLinkSchema(many=True))
class VisiblePageLinksField(serializers.Field):
    """Links to the related pages the public may see. The pages endpoint warms the visibility
    cache for a whole page of results first (see `api_linked_pages`), so this costs no query."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        request = _request(self)
        pages = list(value.all() if hasattr(value, "all") else value)
        represent.check_pages_visible(pages, request)
        links = (
            represent.page_link(page, request)
            for page in pages
            if represent.page_is_visible(page, request)
        )
        return [link for link in links if link is not None]


@extend_schema_field(ExpertSerializer(many=True))
class ExpertListField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return [expert_data(expert, _request(self)) for expert in value]


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class TagListField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, value):
        return sorted(tag.name for tag in value.all())
