"""Checking a real response against the OpenAPI schema, and the schema against itself: no
object that accepts what it does not declare, no value left untyped."""

import re

from jsonschema import Draft202012Validator

# Objects that are free-form on purpose, each with its reason (see docs/api.md).
FREE_FORM = {
    # schema.org's vocabulary is open: @context and @type are declared, the rest is JSON-LD.
    "JsonLd",
    # Per-parameter messages of a 400: one key per bad field.
    "Error.fields",
    # Wagtail's own endpoints: `fields` chooses what an item holds (documented as Wagtail's).
    "WagtailItem",
    "WagtailItem.meta",
}
# A presented credential, decoded: a W3C Verifiable Credential, open like JSON-LD.
FREE_FORM |= {"CheckedCredential.credential"}


def operation_for(spec, path, method="get"):
    """The operation whose template matches `path`, literal templates first."""
    templates = sorted(spec["paths"], key=lambda template: template.count("{"))
    for template in templates:
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if re.match(pattern, path) and method in spec["paths"][template]:
            return spec["paths"][template][method]
    return None


def assert_valid(spec, url, response, method="get"):
    """The response's status is documented for its operation and its body is valid."""
    operation = operation_for(spec, url.split("?")[0], method)
    assert operation is not None, f"{url} is not in the schema"
    documented = operation["responses"].get(str(response.status_code))
    assert documented is not None, f"{url}: status {response.status_code} is not documented"
    schema = documented.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        assert response.status_code in {204, 302, 304}, f"{url}: no schema for its body"
        return
    validator = Draft202012Validator({**schema, "components": spec["components"]})
    errors = sorted(validator.iter_errors(response.json()), key=lambda e: list(e.path))
    assert not errors, f"{url}: {errors[0].message} at {list(errors[0].path)}"


def _walk(schema, where):
    """Every (place, subschema) under `schema`."""
    if not isinstance(schema, dict):
        return
    yield where, schema
    for name, value in (schema.get("properties") or {}).items():
        yield from _walk(value, f"{where}.{name}")
    if isinstance(schema.get("items"), dict):
        yield from _walk(schema["items"], f"{where}[]")
    for key in ("oneOf", "anyOf", "allOf"):
        for index, value in enumerate(schema.get(key) or []):
            yield from _walk(value, f"{where}|{index}" if key != "allOf" else where)
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _walk(schema["additionalProperties"], f"{where}{{}}")


def _everything(spec):
    for name, schema in spec["components"]["schemas"].items():
        yield from _walk(schema, name)
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for code, response in operation.get("responses", {}).items():
                for media in response.get("content", {}).values():
                    yield from _walk(media.get("schema"), f"{method} {path} {code}")


def loose_objects(spec) -> list[str]:
    """Objects with properties that accept others too (JSON-LD's open vocabulary aside)."""
    return [
        where
        for where, schema in _everything(spec)
        if "properties" in schema
        and schema.get("additionalProperties") is not False
        and where not in FREE_FORM
    ]


JSON_VALUE = {"$ref": "#/components/schemas/JsonValue"}


def _untyped(schema) -> bool:
    """A value that may be anything, or a map of anything (JSON values, as cms.schema types
    what is left open)."""
    if schema in ({}, JSON_VALUE):
        return True
    return (
        schema.get("type") == "object"
        and "properties" not in schema
        and schema.get("additionalProperties") in (None, True, {}, JSON_VALUE)
    )


def free_form_objects(spec) -> set[str]:
    """Places where a value may be anything, or an object may hold anything."""
    return {
        where.removesuffix("{}")
        for where, schema in _everything(spec)
        if _untyped(schema) and not where.startswith("JsonValue")
    }
