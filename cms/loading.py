"""Everything a page's representation reads beyond its own row, loaded before it is
serialized: its streams' blocks (chosen pages, experts, images) converted in bulk, the experts'
photos, every image's renditions, and which of the pages it links to readers may see.

Selectors call this so that serializers only translate: the visibility found here travels in
`LoadedPage.links` to the request's memo (`cms.representation.remember_links`), where the link
fields and blocks look it up without a query.
"""

from django.db.models import prefetch_related_objects

from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.models import BasePage, Expert
from cms.representation import page_link_ids
from cms.selectors import (
    PREFETCHED_IMAGES,
    images_along,
    images_and_experts,
    objects_in_streams,
    prefetch_renditions,
    prefetch_stream_blocks,
    visible,
)


def _fields_of(item, field_class) -> list:
    return [getattr(item, f.name) for f in item._meta.fields if isinstance(f, field_class)]


def load_shown(items, hidden, extra_images=()) -> dict[int, Page | None]:
    """Load what representing `items` (pages of one type) reads, in a few batches, and answer
    the visible page for every page id they link to (None: hidden or gone)."""
    items = list(items)
    if not items:
        return {}
    streams = [stream for item in items for stream in _fields_of(item, StreamField)]
    prefetch_stream_blocks(streams)
    chosen = objects_in_streams(streams)
    chosen_pages = [obj for obj in chosen if isinstance(obj, Page)]
    # A list of plain pages (the pages endpoint without `type=`) links to nothing.
    linked = [
        page for item in items if isinstance(item, BasePage) for page in item.api_linked_pages()
    ]
    rich_texts = [text for item in items for text in _fields_of(item, RichTextField)]
    ids = page_link_ids([*(stream.raw_data for stream in streams), *rich_texts])
    ids |= {page.pk for page in [*linked, *chosen_pages] if page is not None and page.pk}
    experts = [obj for obj in chosen if isinstance(obj, Expert)]
    prefetch_related_objects(experts, "photo")
    paths = [*images_and_experts(type(items[0])), *PREFETCHED_IMAGES]
    prefetch_renditions(
        image
        for image in [*images_along(items, *paths), *images_along(experts, "photo"), *extra_images]
        if isinstance(image, get_image_model())
    )
    if not ids:
        return {}
    found = visible(Page.objects.filter(pk__in=ids), hidden).in_bulk()
    return {pk: found.get(pk) for pk in ids}


def load_draft_relations(page) -> None:
    """What a draft names by id, fetched in bulk before it is represented: its images and
    experts (with their photos), and the experts of its inline rows (authors, instructors). A
    live page has them joined by its selector; a draft rebuilt from its revision has only ids."""
    prefetch_related_objects([page], *images_and_experts(type(page)))
    for path in PREFETCHED_IMAGES:  # "article_authors__expert__photo"
        relation, _, rest = path.partition("__")
        rows = getattr(page, relation, None)
        if rows is not None:
            prefetch_related_objects(list(rows.all()), rest)
