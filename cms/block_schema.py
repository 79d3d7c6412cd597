"""StreamField blocks described to OpenAPI: each block type its own schema, a stream a list
whose items are a `oneOf` discriminated by `type`.

The schema is read from the stream block itself, so it cannot drift from what the editors'
blocks hold: a StructBlock is an object of its children, a ListBlock an array of its child, a
CharBlock a string, and so on. A block whose `get_api_representation` shapes its value by hand
declares that shape next to the code that builds it, in `api_schema(builder)`; a block that
does neither is refused when the schema is generated, rather than documented as anything.
"""

from django.core.exceptions import ImproperlyConfigured

from wagtail import blocks

from drf_spectacular.plumbing import ResolvedComponent

from cms import api_fields


def camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def nullable(schema: dict) -> dict:
    return {"oneOf": [schema, {"type": "null"}]}


def shapes_its_own_value(block) -> bool:
    """Whether the block's class (not Wagtail's) defines get_api_representation."""
    owner = next(cls for cls in type(block).__mro__ if "get_api_representation" in vars(cls))
    return not owner.__module__.startswith("wagtail.")


class BlockSchemas:
    """Translates blocks to JSON Schema, registering a component per block type (and per
    object value) with drf-spectacular's registry as it goes."""

    def __init__(self, auto_schema, direction):
        self.auto_schema = auto_schema
        self.direction = direction

    # The shared shapes a block's value may hold, as their one component.
    def serializer(self, serializer_class, allow_null=False) -> dict:
        component = self.auto_schema.resolve_serializer(serializer_class(), self.direction)
        return nullable(component.ref) if allow_null else component.ref

    def image(self, allow_null=True) -> dict:
        return self.serializer(api_fields.ImageSchema, allow_null)

    def page_link(self, allow_null=True) -> dict:
        return self.serializer(api_fields.PageLinkSchema, allow_null)

    def expert(self, allow_null=True) -> dict:
        return self.serializer(api_fields.ExpertSerializer, allow_null)

    @staticmethod
    def string(description: str = "", allow_null=False) -> dict:
        schema = {"type": ["string", "null"] if allow_null else "string"}
        return {**schema, "description": description} if description else schema

    @staticmethod
    def struct(properties: dict, description: str = "") -> dict:
        schema = {
            "type": "object",
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }
        return {**schema, "description": description} if description else schema

    def component(self, name: str, schema: dict) -> dict:
        """`schema` as the component `name`; a name already taken by another shape is
        refused, so two block types can never share a name by accident."""
        component = ResolvedComponent(
            name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema
        )
        registry = self.auto_schema.registry
        if component in registry and registry[component].schema != schema:
            raise ImproperlyConfigured(f"Two block schemas are named {name}.")
        registry.register_on_missing(component)
        return component.ref

    def stream(self, stream_block, name: str | None = None) -> dict:
        """The stream as an array component of its blocks, one `oneOf` branch each."""
        name = name or type(stream_block).__name__.removesuffix("Block") + "Stream"
        mapping = {}
        for block_name, child in stream_block.child_blocks.items():
            mapping[block_name] = self.stream_child(block_name, child)
        items = {
            "oneOf": list(mapping.values()),
            "discriminator": {
                "propertyName": "type",
                "mapping": {key: ref["$ref"] for key, ref in mapping.items()},
            },
        }
        return self.component(name, {"type": "array", "items": items})

    def stream_child(self, block_name: str, child) -> dict:
        value = self.value(child)
        if value.get("type") == "object":
            value = self.component(f"{camel(block_name)}Value", value)
        wrapper = self.struct(
            {
                "type": {"type": "string", "const": block_name},
                "id": {"type": "string", "description": "The block's UUID"},
                "value": value,
            }
        )
        return self.component(f"{camel(block_name)}Block", wrapper)

    def value(self, block) -> dict:
        """The schema of what `block.get_api_representation` answers."""
        declared = getattr(block, "api_schema", None)
        if declared is not None:
            return declared(self)
        if shapes_its_own_value(block):
            raise ImproperlyConfigured(
                f"{type(block).__name__} shapes its API value without an api_schema."
            )
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block)
        if isinstance(block, blocks.StructBlock):
            return self.struct({name: self.value(c) for name, c in block.child_blocks.items()})
        if isinstance(block, blocks.ListBlock):
            return {"type": "array", "items": self.value(block.child_block)}
        if isinstance(block, blocks.BooleanBlock):
            return {"type": "boolean"}
        if isinstance(block, blocks.IntegerBlock):
            return {"type": "integer"}
        if isinstance(block, blocks.FloatBlock):
            return {"type": "number"}
        if isinstance(block, blocks.ChooserBlock):  # Wagtail answers the chosen object's id
            return {"type": "integer"} if block.required else {"type": ["integer", "null"]}
        if isinstance(block, blocks.RichTextBlock):
            return self.string("HTML")
        if isinstance(block, blocks.ChoiceBlock):
            return {"type": "string", "enum": [str(key) for key, _ in block.field.choices]}
        if isinstance(block, blocks.FieldBlock):
            return self.string()
        raise ImproperlyConfigured(f"No schema for {type(block).__name__}: give it api_schema.")
