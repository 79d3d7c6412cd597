"""Page rows written in bulk with a valid tree, for the benchmark site builder.

Django cannot bulk_create a multi-table model, so a page's wagtailcore_page row goes in with
bulk_create and its page type's own row with the same batched insert Django uses inside
bulk_create. Treebeard's fields (path, depth, numchild) and Wagtail's url_path are computed
here exactly as `add_child` would, so `Page.find_problems()` finds nothing.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page

from benchmarks.progress import Progress

BATCH = 500


def block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def insert_pages(parent: Page, pages: list[Page], progress: Progress | None = None) -> list[Page]:
    """Append `pages` (unsaved instances of one specific page model) as children of `parent`.

    Django cannot bulk_create a multi-table model, so the wagtailcore_page rows go in with
    bulk_create and the page type's own rows with the same batched insert Django uses inside.
    """
    if not pages:
        return pages
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    last = parent.get_last_child()
    start = Page._str2int(last.path[-Page.steplen :]) if last else 0
    now = timezone.now()
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    own_fields = list(model._meta.local_concrete_fields)
    for position, page in enumerate(pages, start=start + 1):
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, position)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.first_published_at
    for offset in range(0, len(pages), BATCH):
        batch = pages[offset : offset + BATCH]
        rows = [
            Page(**{f.attname: getattr(page, f.attname) for f in page_fields}) for page in batch
        ]
        Page.objects.bulk_create(rows)
        for page, row in zip(batch, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
        model._base_manager._insert(batch, fields=own_fields, using=parent._state.db)
        if progress:
            progress.advance(len(batch))
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages
