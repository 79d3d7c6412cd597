"""The shapes `route/` and `preview/` answer, named for the schema: a `oneOf` on `kind`, and
for a page a `oneOf` on its `type`, each branch the page type's own detail shape.

The branches are read from the registry (cms.registry) when the schema is generated, so a
page type that registers a detail serializer is documented here without the core naming it.
Each branch is its detail serializer without `seo`, which these answers send once, beside the
page (cms.page_representation.page_payload).
"""

from functools import cache

from wagtail.models import Page, get_page_models

from drf_spectacular.utils import PolymorphicProxySerializer
from rest_framework import serializers

from cms.api_fields import PageLinkSchema, SEOSchema
from cms.registry import page_type_for
from cms.schema_fields import ConstField, PageTypeField


class RedirectSchema(serializers.Serializer):
    old_path = serializers.CharField()
    location = serializers.CharField(help_text="Absolute URL to send the reader to")
    permanent = serializers.BooleanField()


class GenericPageSchema(serializers.Serializer):
    """A page whose type registers no detail shape: its link fields, slug and intro."""

    id = serializers.IntegerField()
    type = PageTypeField()
    title = serializers.CharField()
    path = serializers.CharField()
    url = serializers.URLField()
    slug = serializers.CharField()
    intro = serializers.CharField(allow_blank=True)


# What PolymorphicProxySerializer takes for a branch.
Branch = serializers.Serializer | type[serializers.Serializer]


def _page_models() -> list[type[Page]]:
    return [model for model in get_page_models() if model is not Page]


@cache
def _branches(preview: bool) -> dict[str, Branch]:
    """One serializer per page type, keyed by its `type` (built once: the schema names each
    component by its class). In a preview, `id` is null for a page not yet created."""
    suffix = "Preview" if preview else ""
    branches: dict[str, Branch] = {}
    generic = []
    for model in _page_models():
        serializer = page_type_for(model).serializer
        label = model._meta.label
        if serializer is None:
            generic.append(label)
            continue
        fields = {
            "__doc__": f"A {model._meta.verbose_name} as `route/` and `preview/` serve it: its "
            "detail shape, without `seo` (sent beside it).",
            "seo": None,
            "type": PageTypeField(label),
            "id": serializers.IntegerField(allow_null=preview),
        }
        branches[label] = type(f"{model.__name__}{suffix}", (serializer,), fields)
    fields = {
        "type": PageTypeField(*sorted(generic)),
        "id": serializers.IntegerField(allow_null=preview),
    }
    serializer = type(f"GenericPage{suffix}", (GenericPageSchema,), fields)
    branches.update(dict.fromkeys(generic, serializer))
    return branches


@cache
def page_answer(preview: bool) -> type[serializers.Serializer]:
    """`{kind: "page", page, breadcrumbs, seo}`, the page a `oneOf` on its `type`."""
    suffix = "Preview" if preview else ""
    page = PolymorphicProxySerializer(
        component_name=f"{suffix}PageOfAnyType",
        serializers=lambda: _branches(preview),
        resource_type_field_name="type",
    )
    fields = {
        "kind": ConstField("page"),
        "page": page,
        "breadcrumbs": PageLinkSchema(many=True),
        "seo": SEOSchema(),
    }
    return type(f"{suffix}PageAnswer", (serializers.Serializer,), fields)


class RedirectAnswer(serializers.Serializer):
    kind = ConstField("redirect")
    redirect = RedirectSchema()


def _route_answers() -> dict:
    # Imported when the schema is generated: the experts endpoint is built once apps are ready.
    from cms.expert_api import ExpertAnswer

    return {
        "page": page_answer(preview=False),
        "expert": ExpertAnswer,
        "redirect": RedirectAnswer,
    }


ROUTE_ANSWER = PolymorphicProxySerializer(
    component_name="RouteAnswer", serializers=_route_answers, resource_type_field_name="kind"
)
PreviewAnswer = page_answer(preview=True)
