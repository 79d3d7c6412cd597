"""The single live-and-public check every list, detail and relation goes through, and the
batch loaders (renditions, stream blocks) that keep a response's query count fixed.

Wagtail's `live()` alone still lets through a live page under an unpublished or expired parent,
an expired page that `publish_scheduled` has not yet caught, and view-restricted sections
(password, login, groups). Serving any of those leaks a draft or a private page.
"""

from typing import Any, TypeVar

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Manager, Prefetch, Q, QuerySet
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction


def off_air_q(now) -> Q:
    """Pages not on air at `now` by their own flags and dates (restrictions aside).

    A live row whose go_live_at is still ahead never comes from Wagtail's publishing (it keeps
    such pages unpublished until `publish_scheduled`), but code or an import can write one.
    """
    return Q(live=False) | Q(expire_at__lte=now) | Q(go_live_at__gt=now)


def hidden_q() -> Q:
    """A filter matching every page a member of the public must not see.

    Runs one small query (the view-restricted and the hidden branches together); apply the Q
    it returns to as many querysets as needed within one request.
    """
    now = timezone.now()
    hidden = off_air_q(now)
    restricted = PageViewRestriction.objects.order_by().values_list("page__path", flat=True)
    hidden_branches = (
        Page.objects.filter(off_air_q(now), numchild__gt=0)
        .order_by()
        .values_list("path", flat=True)
    )
    for branch_path in sorted(set(restricted.union(hidden_branches))):
        hidden |= Q(path__startswith=branch_path)
    return hidden


Pages = TypeVar("Pages", bound=QuerySet)


def visible(queryset: Pages, hidden: Q | None = None) -> Pages:
    """Narrow a page queryset to what the public may see."""
    return queryset.exclude(hidden if hidden is not None else hidden_q())


def is_visible(page: Page, hidden: Q | None = None) -> bool:
    return visible(Page.objects.filter(pk=page.pk), hidden).exists()


def expert_listing():
    """Experts by name with their photos (whose signed image URLs need no further query), so
    a list costs a constant number of queries."""
    from cms.models import Expert

    return Expert.objects.select_related("photo").order_by("name", "pk")


def images_along(objects, *paths: str) -> list:
    """The images reached from `objects` along Django-style paths ("article_authors__expert__
    photo"), following relations already fetched (FKs, prefetched managers, lists)."""
    found = []
    for obj in objects:
        for path in paths:
            found.extend(_follow(obj, path.split("__")))
    return found


def _follow(obj, names: list[str]) -> list:
    if obj is None:
        return []
    if not names:
        return [obj]
    value: Any = getattr(obj, names[0], None)
    if isinstance(value, Manager):
        value = value.all()
    if isinstance(value, list | tuple | QuerySet):
        return [found for item in value for found in _follow(item, names[1:])]
    return _follow(value, names[1:])


def prefetch_renditions(images) -> None:
    """Nothing left to load: the API's image URLs are signed for the dynamic serve view
    (cms.images), built from the image's own row, and each rendition is made when a browser
    first asks for it. Kept so that the selectors which call it still name every image a
    response shows, and so that a future shape needing rendition rows has one place to load
    them (in one query for them all)."""


def prefetch_stream_blocks(stream_values) -> None:
    """Convert the blocks of many StreamField values together: a chooser block (page, image,
    expert) then costs one query for a whole list of pages, not one per page.

    Does for a list of values what Wagtail's StreamValue does for one (`_prefetch_blocks`).
    """
    from wagtail.blocks import StreamValue

    pending: dict[tuple, list] = {}
    for stream in stream_values:
        raw_items = getattr(stream, "_raw_data", None)
        if raw_items is None:
            continue
        children = stream.stream_block.child_blocks
        for index, raw in enumerate(raw_items):
            if stream._bound_blocks[index] is None and raw.get("type") in children:
                block = children[raw["type"]]
                pending.setdefault((id(block), raw["type"]), []).append((stream, index, block))
    for items in pending.values():
        block = items[0][2]
        raw_values = [stream._raw_data[index]["value"] for stream, index, _ in items]
        for (stream, index, _), value in zip(items, block.bulk_to_python(raw_values), strict=True):
            stream._bound_blocks[index] = StreamValue.StreamChild(
                block, value, id=stream._raw_data[index].get("id")
            )


def objects_in_streams(stream_values) -> list:
    """The model instances (pages, experts, images...) chosen in these streams' blocks."""
    from django.db.models import Model

    found = []

    def walk(value, depth=0):
        if depth > 8 or value is None or isinstance(value, str | int | float | bool):
            return
        if isinstance(value, Model):
            found.append(value)
        elif hasattr(value, "block") and hasattr(value, "value"):  # a stream child
            walk(value.value, depth + 1)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, depth + 1)
        elif isinstance(value, list | tuple) or hasattr(value, "__iter__"):
            for item in value:
                walk(item, depth + 1)

    for stream in stream_values:
        walk(stream)
    return found


# Images reached through prefetched relations (`api_prefetch`) rather than a foreign key.
PREFETCHED_IMAGES = ("article_authors__expert__photo", "instructors__expert__photo")


def with_api_relations(queryset):
    """A page queryset with its images and experts joined and `api_prefetch` prefetched."""
    queryset = queryset.select_related("locale")
    related = images_and_experts(queryset.model)
    if related:
        queryset = queryset.select_related(*related)
    prefetch = getattr(queryset.model, "api_prefetch", ())
    if not prefetch:
        return queryset
    return queryset.prefetch_related(*(_joined(queryset.model, p) for p in prefetch))


def _joined(model, lookup: str):
    """One query for `article_authors__expert__photo` (authors joined to their experts and
    photos) rather than three: what follows the first relation is joined when it can be."""
    first, _, rest = lookup.partition("__")
    try:
        relation = model._meta.get_field(first)
    except FieldDoesNotExist:
        return lookup
    target = relation.related_model
    if not rest or not (relation.one_to_many or relation.many_to_many) or target is None:
        return lookup
    current = target
    for name in rest.split("__"):
        try:
            field = current._meta.get_field(name)
        except FieldDoesNotExist:
            return lookup
        if not (field.many_to_one or field.one_to_one) or field.related_model is None:
            return lookup
        current = field.related_model
    return Prefetch(first, queryset=target._default_manager.select_related(rest))


def images_and_experts(model) -> list[str]:
    """The model's foreign keys to images and experts (with the experts' photos): the pages
    endpoint joins them into its one page query."""
    from wagtail.images import get_image_model

    from cms.models import Expert

    related = []
    for field in model._meta.fields:
        target = getattr(field, "related_model", None)
        if target is get_image_model():
            related.append(field.name)
        elif target is Expert:
            related += [field.name, f"{field.name}__photo"]
    return related
