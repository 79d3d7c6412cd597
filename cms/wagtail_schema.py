"""The parameters of Wagtail's v2 endpoints declared as they are checked, so that every
request the schema allows is one the endpoint answers (and every other one is refused).

Wagtail declares none of them; its checks are exact sets (the fields a model's API offers, the
page types there are), so the schema lists those sets. What a set cannot say is left out of
the declaration and kept in the description: nested `fields` such as `authors(name)`, fields
that only one page type offers (given with `type`), and `order=random` (not with an offset).
"""

import re

from wagtail.models import get_page_models

from cms.wagtail_api import (
    ContentDocumentsAPIViewSet,
    ContentImagesAPIViewSet,
    ContentPagesAPIViewSet,
)

VIEWSETS = {
    "pages": ContentPagesAPIViewSet,
    "images": ContentImagesAPIViewSet,
    "documents": ContentDocumentsAPIViewSet,
}


def _fields_pattern(names: list[str]) -> str:
    """Empty (the defaults); `_` then fields to show; `*` then fields to hide; or fields to
    show or hide beside the defaults."""
    name = "(?:" + "|".join(re.escape(name) for name in names) + ")"
    return f"^(?:_(?:,{name})+|\\*(?:,-{name})*|-?{name}(?:,-?{name})*)?$"


def _schemas(kind: str) -> dict[str, dict]:
    viewset = VIEWSETS[kind]
    model = viewset.model
    fields = sorted(set(viewset.get_available_fields(model)))
    ordering = sorted(set(viewset.get_available_fields(model, db_fields_only=True)))
    schemas: dict[str, dict] = {
        "fields": {"type": "string", "pattern": _fields_pattern(fields)},
        "order": {
            "type": "string",
            # "" is the default order, as no `order` at all
            "enum": ["", *(name for field in ordering for name in (field, f"-{field}"))],
        },
    }
    if kind == "pages":
        types = sorted(f"{m._meta.app_label}.{m.__name__}" for m in get_page_models())
        schemas["type"] = {"type": "string", "enum": types}
    return schemas


def declare_wagtail_parameters(operation_id: str, operation: dict) -> None:
    """Postprocessing step (cms.schema.strict_schema) for `pages_listing`, `images_find`…"""
    kind = operation_id.split("_", 1)[0].removesuffix("s") + "s"
    if kind not in VIEWSETS:
        return
    schemas = _schemas(kind)
    kept = []
    for parameter in operation.get("parameters", []):
        name = parameter["name"]
        if parameter.get("in") == "query" and name == "type" and "type" not in schemas:
            continue  # images and documents have no types to filter by
        if parameter.get("in") == "query" and name in schemas:
            parameter["schema"] = schemas[name]
        kept.append(parameter)
    operation["parameters"] = kept
