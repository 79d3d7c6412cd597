"""The OpenAPI schema made strict enough that a frontend's generated types need no cast.

drf-spectacular documents what the serializers declare; this module adds what it cannot see:

- every object with declared properties refuses others (`additionalProperties: false`), so a
  response that grows a field fails the strict-schema test until the field is documented;
- every status the API can answer, on every operation: `304` (GET answers carry an `ETag`),
  `404` (what a filter names is not there), `405`, `406`, `429` (throttling) and `503` (an
  outage), each error as `{"error": ...}`;
- every query parameter's bounds (cms.schema_parameters, cms.wagtail_schema);
- the schemas of StreamField values (cms.block_schema) and of schema.org JSON-LD (the
  discriminators' are cms.schema_fields').
"""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension

from cms.block_schema import BlockSchemas
from cms.schema_parameters import declare_parameters
from cms.wagtail_schema import declare_wagtail_parameters

ERROR_REF = {"$ref": "#/components/schemas/Error"}
ERROR_STATUSES = {
    "405": "The method is not allowed on this endpoint.",
    "406": "The Accept header asks for something other than JSON.",
    "429": "Throttled: retry after the `Retry-After` header's seconds.",
    "503": "The database (or, for search, the search backend) is unreachable: retry after "
    "`Retry-After` seconds.",
}
NOT_MODIFIED = {
    "description": "Not modified: the `If-None-Match` ETag (or `If-Modified-Since`) still "
    "holds. No body."
}
NOT_FOUND = (
    "Not found: the object asked for, or a category, tag, author, course, instructor or "
    "article that a filter or the body names (unknown and not shown to readers alike)."
)
# Endpoints that never carry an ETag: drafts and private or revocable records.
UNCACHED_PREFIXES = ("/api/v2/preview/", "/api/v2/me/", "/api/v2/certificates/")

JSON_LD = {
    "type": "object",
    "description": "schema.org JSON-LD for the page (docs/api.md, SEO): one object; schema.org "
    "vocabulary is open, so further properties are allowed.",
    "properties": {
        "@context": {"type": "string", "enum": ["https://schema.org"]},
        "@type": {"type": "string", "description": "e.g. Article, Course, VideoObject"},
        "@id": {"type": "string"},
        "name": {"type": "string"},
        "url": {"type": "string"},
        "inLanguage": {"type": "string"},
    },
    "required": ["@context", "@type"],
    "additionalProperties": {"$ref": "#/components/schemas/JsonValue"},
}
JSON_VALUE_REF = {"$ref": "#/components/schemas/JsonValue"}
# A JSON value. Arrays hold scalars and objects, not arrays: that is all JSON-LD needs here,
# and TypeScript can only name a recursive type through an object.
_JSON_OBJECT = {"type": "object", "additionalProperties": JSON_VALUE_REF}
_JSON_SCALARS = [{"type": "string"}, {"type": "number"}, {"type": "boolean"}, {"type": "null"}]
JSON_VALUE = {
    "description": "A JSON value (a schema.org property's, say)",
    "oneOf": [
        *_JSON_SCALARS,
        {"type": "array", "items": {"oneOf": [*_JSON_SCALARS, _JSON_OBJECT]}},
        _JSON_OBJECT,
    ],
}
# An item of Wagtail's own endpoints: `fields` and `type` choose what else it holds.
WAGTAIL_ITEM_REF = {"$ref": "#/components/schemas/WagtailItem"}
WAGTAIL_ITEM = {
    "type": "object",
    "description": "A page, image or document as Wagtail's API v2 answers it: its `fields` "
    "(and, for pages, `type`) parameters choose the other properties.",
    "properties": {
        "id": {"type": "integer"},
        "meta": {
            "type": "object",
            # `fields=-type,-detail_url` (or `*,-type`) leaves either out
            "properties": {"type": {"type": "string"}, "detail_url": {"type": "string"}},
            "additionalProperties": JSON_VALUE_REF,
        },
    },
    # nothing is always there: `fields=_,title` answers the title alone, without id or meta
    "additionalProperties": JSON_VALUE_REF,
}
WAGTAIL_DETAILS = {"pages_detail", "images_detail", "documents_detail"}

# Wagtail's page filters (wagtail.api.v2.views.PagesAPIViewSet), which its viewset reads
# outside DRF's view of parameters.
PAGE_FILTERS = {
    "child_of": ("integer", "Only the children of this page id"),
    "descendant_of": ("integer", "Only the descendants of this page id"),
    "ancestor_of": ("integer", "Only the ancestors of this page id"),
    "translation_of": ("integer", "Only the translations of this page id"),
    "locale": ("string", "A language code, e.g. en"),
    "site": ("string", "A site's hostname (and :port)"),
}


class StreamFieldSchema(OpenApiSerializerFieldExtension):
    target_class = "cms.api_fields.StreamField"

    def map_serializer_field(self, auto_schema, direction):
        stream_block = self.target.stream_block
        if stream_block is None:
            return {"type": "array", "items": {"$ref": "#/components/schemas/JsonValue"}}
        if isinstance(stream_block, type):
            stream_block = stream_block()
        return BlockSchemas(auto_schema, direction).stream(stream_block)


def strict_objects(schema) -> None:
    """`additionalProperties: false` on every object with properties that does not say; a
    map or a value left open (a DictField, `{}`) holds JSON values, typed as such rather
    than as anything (tests/api/strict_schema.py lists where that is so)."""
    if isinstance(schema, list):
        for item in schema:
            strict_objects(item)
        return
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("properties"), dict):
        schema.setdefault("additionalProperties", False)
        for value in schema["properties"].values():
            strict_objects(value)
    elif schema.get("type") == "object" and schema.get("additionalProperties") in (None, True):
        schema["additionalProperties"] = JSON_VALUE_REF
    for key in ("items", "additionalProperties"):
        if schema.get(key) == {}:
            schema[key] = JSON_VALUE_REF
    for key in ("items", "oneOf", "anyOf", "allOf", "prefixItems"):
        if key in schema:
            strict_objects(schema[key])
    if isinstance(schema.get("additionalProperties"), dict):
        strict_objects(schema["additionalProperties"])


def error_response(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": ERROR_REF}}}


def document_statuses(path: str, method: str, operation: dict) -> None:
    responses = operation.setdefault("responses", {})
    for code, description in ERROR_STATUSES.items():
        responses.setdefault(code, error_response(description))
    if method == "get" and not path.startswith(UNCACHED_PREFIXES):
        responses.setdefault("304", NOT_MODIFIED)
    if method in {"get", "post"}:  # a filter or a body naming what is not there
        responses.setdefault("404", error_response(NOT_FOUND))


def document_page_filters(operation: dict) -> None:
    parameters = operation.setdefault("parameters", [])
    known = {parameter["name"] for parameter in parameters}
    for name, (kind, description) in PAGE_FILTERS.items():
        if name not in known:
            parameters.append(
                {"in": "query", "name": name, "schema": {"type": kind}, "description": description}
            )


def strict_schema(result, generator, request, public):
    """Postprocessing hook (SPECTACULAR_SETTINGS): strict objects, every status, JSON-LD."""
    components = result.setdefault("components", {}).setdefault("schemas", {})
    components.setdefault("JsonLd", JSON_LD)
    components.setdefault("JsonValue", JSON_VALUE)
    components.setdefault("WagtailItem", WAGTAIL_ITEM)
    if "WagtailListing" in components:
        components["WagtailListing"]["properties"]["items"]["items"] = WAGTAIL_ITEM_REF
    for schema in components.values():
        strict_objects(schema)
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                document_statuses(path, method, operation)
                if operation.get("operationId") == "pages_listing":
                    document_page_filters(operation)
                declare_wagtail_parameters(operation.get("operationId", ""), operation)
                declare_parameters(operation)
                if operation.get("operationId") in WAGTAIL_DETAILS:
                    ok = operation["responses"]["200"]["content"]["application/json"]
                    ok["schema"] = WAGTAIL_ITEM_REF
                for response in operation.get("responses", {}).values():
                    for media in response.get("content", {}).values():
                        strict_objects(media.get("schema"))
    return result
