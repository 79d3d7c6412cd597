"""The experts endpoint: the credentialed clinicians behind articles, courses and lessons.

An Expert's email is for the editorial team only. Serializers here declare every field they
output, so the email can only leak if someone adds it on purpose.
"""

from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured

from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from cms.api_common import ContentAPIViewSet
from cms.api_fields import ExpertSerializer, PageLinkSchema, SEOSchema
from cms.registry import expert_works
from cms.representation import page_link, request_hidden
from cms.selectors import expert_listing, prefetch_renditions
from cms.seo import expert_seo


class ExpertFilterSerializer(serializers.Serializer):
    search = serializers.CharField(
        max_length=100,
        required=False,
        allow_blank=True,
        help_text="Part of the expert's name, in any case.",
    )


class ExpertProfileSerializer(ExpertSerializer):
    """The shared expert shape (cms.api_fields.ExpertSerializer), plus bio and website."""

    bio = serializers.CharField(allow_blank=True)
    website = serializers.CharField(allow_blank=True, help_text="An absolute URL, or empty")


class _WorksField(serializers.Field):
    """One registered list of an expert's works, from what the viewset selected."""

    def __init__(self, works, **kwargs):
        self.works = works
        super().__init__(read_only=True, source="*", help_text=works.help_text, **kwargs)

    def to_representation(self, expert):
        items = self.context["works"][self.works.key]
        return self.works.serializer(items, many=True, context=self.context).data


def expert_detail_serializer() -> type[serializers.Serializer]:
    """An expert with the lists the feature apps register (cms.registry.ExpertWorks): their
    visible articles, the visible courses they teach. Built when the router is imported, after
    every app is ready, so the schema documents each list in its own shape."""
    if not apps.ready:  # the lists are registered by the apps' ready(): too early to build
        raise ImproperlyConfigured("cms.expert_api is imported before the apps are ready.")
    fields = {}
    for works in expert_works():
        # A class of its own per list: the schema annotation is set on the class.
        field_class = type(f"{works.key.title()}WorksField", (_WorksField,), {})
        fields[works.key] = extend_schema_field(works.serializer(many=True))(field_class)(works)
    return type("ExpertDetailSerializer", (ExpertProfileSerializer,), fields)


ExpertDetailSerializer = expert_detail_serializer()


@dataclass
class LoadedExpert:
    """An expert and every list of their works (cms.registry.ExpertWorks), as one selector
    loaded them: the serializers then only translate."""

    expert: Any
    works: dict[str, list] = field(default_factory=dict)


def load_expert(slug: str, hidden) -> LoadedExpert | None:
    """The expert with this slug, their photo's renditions and their visible works."""
    expert = None if "\x00" in slug else expert_listing().filter(slug=slug).first()
    if expert is None:
        return None
    prefetch_renditions([expert.photo])
    works = {works.key: list(works.select(expert, hidden)) for works in expert_works()}
    return LoadedExpert(expert, works)


def expert_detail(loaded: LoadedExpert, request) -> dict:
    context = {"request": request, "works": loaded.works}
    return ExpertDetailSerializer(loaded.expert, context=context).data


def expert_payload(loaded: LoadedExpert, request, ancestors=()) -> dict:
    """An expert's page as `route/` serves it, shaped like a page's answer: the expert (their
    detail, as `experts/<slug>/` serves it), breadcrumbs (the visible `ancestors`: the home
    page) and SEO, sent once."""
    links = (page_link(ancestor, request) for ancestor in ancestors)
    return {
        "expert": expert_detail(loaded, request),
        "breadcrumbs": [link for link in links if link is not None],
        "seo": expert_seo(loaded.expert, request),
    }


class ExpertAnswer(serializers.Serializer):
    """Schema only: `route/`'s answer for an expert's page (`/experts/<slug>/`)."""

    kind = serializers.ChoiceField(choices=["expert"])
    expert = ExpertDetailSerializer()
    breadcrumbs = PageLinkSchema(many=True)
    seo = SEOSchema()


@extend_schema_view(
    list=extend_schema(
        summary="List experts, by name",
        parameters=[ExpertFilterSerializer],
        responses=ExpertProfileSerializer(many=True),
    ),
    retrieve=extend_schema(
        summary="An expert, by slug, with their articles and courses",
        responses=ExpertDetailSerializer,
    ),
)
class ExpertViewSet(ContentAPIViewSet):
    """The clinicians who write, teach and review: credited everywhere by this shape."""

    filter_serializer = ExpertFilterSerializer
    lookup_field = "slug"
    lookup_value_regex = r"[^/]+"

    def list(self, request):
        search = self.get_filters().get("search", "").strip()
        queryset = expert_listing()
        if search:
            queryset = queryset.filter(name__icontains=search)
        return self.paginated(
            queryset,
            lambda page: (
                ExpertProfileSerializer(
                    _with_photos(page), many=True, context={"request": request}
                ).data
            ),
        )

    def retrieve(self, request, slug=None):
        loaded = load_expert(slug or "", request_hidden(request))
        if loaded is None:
            raise NotFound(f"No expert with slug {slug!r}.")
        return Response(expert_detail(loaded, request))


def _with_photos(experts) -> list:
    experts = list(experts)
    prefetch_renditions(expert.photo for expert in experts)
    return experts
