"""Fields whose schema says more than their Python type: the discriminators a frontend's
generated types narrow on (a page's `type`, a route answer's `kind`), each documented by the
drf-spectacular extension beside it as the constant (or the few labels) it answers."""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from rest_framework import serializers


class PageTypeField(serializers.Field):
    """A page's `type` (its model's label, `blog.ArticlePage`): the discriminator of every
    page shape, documented as the one label a serializer of one page type answers."""

    def __init__(self, *page_types: str, **kwargs):
        self.page_types = list(page_types)
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, value):
        return value._meta.label


class ConstField(serializers.Field):
    """A discriminator with one value (`kind: "page"`), documented as that constant."""

    def __init__(self, value: str, **kwargs):
        self.value = value
        super().__init__(read_only=True, source="*", **kwargs)

    def to_representation(self, value):
        return self.value


class PageTypeSchema(OpenApiSerializerFieldExtension):
    target_class = "cms.schema_fields.PageTypeField"

    def map_serializer_field(self, auto_schema, direction):
        labels = self.target.page_types
        schema = {"type": "string", "description": "The page type: app_label.ModelName"}
        if len(labels) == 1:
            return {**schema, "const": labels[0]}
        return {**schema, "enum": labels} if labels else schema


class ConstSchema(OpenApiSerializerFieldExtension):
    target_class = "cms.schema_fields.ConstField"

    def map_serializer_field(self, auto_schema, direction):
        return {"type": "string", "const": self.target.value}
