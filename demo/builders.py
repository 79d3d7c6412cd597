"""Small helpers the demo loader uses to create pages once and turn data into StreamField values."""

import uuid
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any, TypeVar

from django.db import transaction

from wagtail.models import Page

from cms.models import Expert
from demo.shapes import Block, LinkData
from lessons.blocks import seconds_to_timecode

PageT = TypeVar("PageT", bound=Page)

# A block in StreamField's raw JSON form: {"type": ..., "value": ..., "id": ...}.
RawBlock = dict[str, Any]

# Finds the site page at a path like "/courses/", or None when there is none.
PathResolver = Callable[[str], Page | None]


def ensure_child(
    parent: Page,
    model: type[PageT],
    slug: str,
    before_save: Callable[[PageT], object] | None = None,
    **fields: Any,
) -> tuple[PageT, bool]:
    """The live child of `parent` with this slug, created and published if missing.

    Existing pages are left as editors made them: the loader only fills gaps, so running it
    again changes nothing. `before_save(page)` sees the new page complete, before it is saved.
    """
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    relations = {key: fields.pop(key) for key in list(fields) if key.startswith("_")}
    page = model(slug=slug, **fields)
    for key, value in relations.items():
        getattr(page, key.lstrip("_")).set(value)
    if before_save is not None:
        before_save(page)
    with transaction.atomic():
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page, True


def parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def parse_duration(value: str) -> timedelta:
    hours, minutes, seconds = (int(part) for part in value.split(":"))
    return timedelta(hours=hours, minutes=minutes, seconds=seconds)


def _block(block_type: str, value: object) -> RawBlock:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def link_value(data: LinkData, resolve_path: PathResolver) -> dict[str, object]:
    page = resolve_path(data.get("page") or data.get("path") or "")
    return {
        "label": data["label"],
        "page": page.pk if page else None,
        "url": "" if page else data.get("url", ""),
    }


def article_body(blocks: list[Block], resolve_path: PathResolver) -> list[RawBlock]:
    """Demo article blocks, written as (type, value) pairs, in StreamField's raw JSON form."""
    raw: list[RawBlock] = []
    for block_type, value in blocks:
        if block_type == "call_to_action":
            raw.append(_block(block_type, {**link_value(value, resolve_path), "text": ""}))
        elif block_type == "references" or block_type == "key_takeaways":
            raw.append(_block(block_type, [_block("item", item) for item in value]))
        else:
            raw.append(_block(block_type, value))
    return raw


def transcript(blocks: list[Block], experts: Mapping[str, Expert]) -> list[RawBlock]:
    raw: list[RawBlock] = []
    for block_type, value in blocks:
        if block_type == "heading":
            raw.append(_block("section_heading", value))
        elif block_type == "turn":
            expert = experts.get(value.get("expert") or "")
            start = value.get("start")
            turn = {
                "expert": expert.pk if expert else None,
                "speaker_name": "" if expert else value.get("name", ""),
                "start_time": seconds_to_timecode(start) if start is not None else "",
                "paragraphs": [_block("item", paragraph) for paragraph in value["paragraphs"]],
            }
            raw.append(_block("speaker_turn", turn))
        else:
            raw.append(_block(block_type, value))
    return raw


def simple_items(block_type: str, items: list[str]) -> list[RawBlock]:
    return [_block(block_type, item) for item in items]
