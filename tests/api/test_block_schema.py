"""Block schemas are read from the blocks (cms.block_schema): a block that shapes its API value
by hand must declare that shape, or the schema is not generated at all."""

from django.core.exceptions import ImproperlyConfigured

from wagtail import blocks

import pytest
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ComponentRegistry

from cms.block_schema import BlockSchemas


class Handmade(blocks.StructBlock):
    text = blocks.CharBlock()

    def get_api_representation(self, value, context=None):
        return {"words": value["text"].split()}


class Declared(Handmade):
    def api_schema(self, schemas):
        return schemas.struct({"words": {"type": "array", "items": schemas.string()}})


class Stream(blocks.StreamBlock):
    note = blocks.StructBlock([("text", blocks.CharBlock()), ("urgent", blocks.BooleanBlock())])
    words = Declared()


@pytest.fixture
def schemas():
    auto_schema = AutoSchema()
    auto_schema.registry = ComponentRegistry()
    return BlockSchemas(auto_schema, "response")


def components(schemas) -> dict:
    return {c.name: c.schema for c in schemas.auto_schema.registry._components.values()}


def test_a_stream_is_a_list_discriminated_by_type(schemas):
    assert schemas.stream(Stream()) == {"$ref": "#/components/schemas/StreamStream"}
    found = components(schemas)
    items = found["StreamStream"]["items"]
    assert items["discriminator"]["mapping"] == {
        "note": "#/components/schemas/NoteBlock",
        "words": "#/components/schemas/WordsBlock",
    }
    assert found["NoteBlock"]["properties"]["type"] == {"type": "string", "const": "note"}
    assert found["NoteValue"]["properties"] == {
        "text": {"type": "string"},
        "urgent": {"type": "boolean"},
    }
    assert found["NoteValue"]["additionalProperties"] is False
    assert found["WordsValue"]["properties"]["words"]["type"] == "array"


def test_a_handmade_value_without_its_schema_is_refused(schemas):
    with pytest.raises(ImproperlyConfigured, match="Handmade"):
        schemas.value(Handmade())
