"""Each shared JSON shape has one definition that the OpenAPI schema documents: the schema
serializers in cms.api_fields. The builders that produce those shapes fast (cms.representation,
one dict per image or link, no serializer per item) must answer exactly the fields the schema
declares, nested ones included, so the two can never drift apart."""

from django.test import RequestFactory

import pytest
import wagtail_factories
from rest_framework import serializers

from blog.factories import ArticlePageFactory
from cms import representation
from cms.api_fields import DocumentSchema, ExpertSerializer, ImageSchema, PageLinkSchema
from cms.factories import ExpertFactory

pytestmark = pytest.mark.django_db


def declared(schema) -> dict:
    """The schema's fields, nested serializers as dicts of their own fields."""
    fields = schema().fields if isinstance(schema, type) else schema.fields
    return {
        name: declared(field) if isinstance(field, serializers.BaseSerializer) else None
        for name, field in fields.items()
    }


def produced(data) -> dict:
    return {
        key: produced(value) if isinstance(value, dict) else None for key, value in data.items()
    }


@pytest.fixture
def request_():
    return RequestFactory().get("/")


def test_the_check_notices_a_missing_field():
    assert produced({"id": 1, "renditions": {"a": {}}}) != declared(ImageSchema)


def test_an_image_is_exactly_its_schema(request_):
    image = wagtail_factories.ImageFactory(title="Calm room")
    data = representation.image_data(image, request_)
    assert produced(data) == declared(ImageSchema)


def test_a_page_link_is_exactly_its_schema(request_, site_tree):
    article = ArticlePageFactory(parent=site_tree.blog)
    data = representation.page_link(article, request_)
    assert produced(data) == declared(PageLinkSchema)


def test_a_document_is_exactly_its_schema(request_):
    document = wagtail_factories.DocumentFactory(title="Worksheet")
    data = representation.document_data(document, request_)
    assert produced(data) == declared(DocumentSchema)


def test_an_expert_has_one_serializer_everywhere(request_):
    expert = ExpertFactory(photo=wagtail_factories.ImageFactory())
    data = ExpertSerializer(expert, context={"request": request_}).data
    assert set(data) == {
        *("name", "credentials", "display_name", "title", "slug", "photo"),
        *("path", "url"),  # their page: cms.expert_pages
    }
    assert produced(data["photo"]) == declared(ImageSchema)
