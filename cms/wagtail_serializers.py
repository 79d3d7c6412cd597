"""Wagtail's v2 serializers with URLs a frontend can trust: every `html_url` the frontend's
(`FRONTEND_URL`, or this host), every `detail_url` and file URL absolute on the host that
was asked (or the media storage's own), nested pages (`meta.parent`, `alias_of`) included.

Stock Wagtail builds `detail_url` and document URLs from WAGTAILAPI_BASE_URL whatever host
serves the API, nested pages' `html_url` from the Site record (http://localhost/ on a fresh
install), and gives an image's `download_url` as a bare path.
"""

from wagtail.api.v2.serializers import (
    DetailUrlField,
    PageAliasOfField,
    PageHtmlUrlField,
    PageParentField,
    PageSerializer,
    get_serializer_class,
)
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.images.api.v2.serializers import ImageSerializer

from rest_framework.fields import Field, SkipField

from cms.representation import cms_url, frontend_url, page_path


class RequestDetailUrlField(DetailUrlField):
    """`meta.detail_url` on the host serving the request (Wagtail's uses WAGTAILAPI_BASE_URL,
    so a frontend on another host, or a proxy, was sent to 127.0.0.1:8000)."""

    def get_attribute(self, instance):
        path = self.context["router"].get_object_detail_urlpath(type(instance), instance.pk)
        if not path:  # no endpoint for this model: Wagtail leaves the field out
            raise SkipField
        return cms_url(path, self.context.get("request"))


class FrontendHtmlUrlField(PageHtmlUrlField):
    def to_representation(self, page):
        path = page_path(page, self.context.get("request"))
        return frontend_url(path, self.context.get("request")) if path else None


def _page_reference(page, context) -> dict:
    """A page nested in another's `meta` (its parent, what it is an alias of), with the same
    frontend `html_url` and request-host `detail_url` as the page itself (Wagtail's nested
    serializer gives the Site record's http://localhost/ address)."""
    serializer_class = get_serializer_class(
        type(page),
        ["id", "type", "detail_url", "html_url", "title"],
        meta_fields=["type", "detail_url", "html_url"],
        base=FrontendPageSerializer,
    )
    return serializer_class(context=context).to_representation(page)


class LoadedParentField(PageParentField):
    """`meta.parent` as the viewset loaded it (`api_parent`: the parent when readers may see
    it on this site, else None), rather than Wagtail's two queries while serializing."""

    def get_attribute(self, instance):
        return instance.api_parent

    def to_representation(self, value):
        return _page_reference(value, self.context)


class FrontendAliasOfField(PageAliasOfField):
    def to_representation(self, value):
        return _page_reference(value, self.context)


class FrontendPageSerializer(PageSerializer):
    detail_url = RequestDetailUrlField(read_only=True)
    html_url = FrontendHtmlUrlField(read_only=True)
    parent = LoadedParentField(read_only=True)
    alias_of = FrontendAliasOfField(read_only=True)


class ImageDownloadUrlField(Field):
    """The original file's absolute URL: on the media storage's own host when it has one (a
    bucket, a CDN), else on the host serving the request (Wagtail gives a bare path)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return cms_url(image.file.url, self.context.get("request"))


class DocumentDownloadUrlField(Field):
    """The document's serve URL (which applies its collection's privacy), on the host serving
    the request (Wagtail's is on WAGTAILAPI_BASE_URL)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, document):
        return cms_url(document.url, self.context.get("request"))


class FrontendImageSerializer(ImageSerializer):
    detail_url = RequestDetailUrlField(read_only=True)
    download_url = ImageDownloadUrlField(read_only=True)


class FrontendDocumentSerializer(DocumentSerializer):
    detail_url = RequestDetailUrlField(read_only=True)
    download_url = DocumentDownloadUrlField(read_only=True)
