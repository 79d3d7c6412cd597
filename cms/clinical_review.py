"""Whether a page's clinical review stamp still vouches for what readers see.

A stamp ("reviewed by … on …") is only true of the text the reviewer approved. Wagtail lets an
editor with publish permission publish around the Clinical review workflow, so the stamp alone
proves nothing about the live text. When the workflow approves, the page records a
*fingerprint* of its reviewable content (`reviewed_fingerprint`); the status compares it with a
fingerprint of the content as it is now, computed in memory from the page object, so telling
the status costs no query and works on an unsaved preview too.

Precedence, first match wins:

1. `not_reviewed`: no review date at all.
2. `changed_since_review`: the content differs from what the reviewer approved, or no approval
   was ever recorded (a date typed by hand, or stamped before approvals were fingerprinted):
   nothing shows that a clinician saw this text, and a changed text is the more urgent thing
   to fix, whatever the due date says.
3. `overdue`: the approved text is live, but its next review date has passed.
4. `current`: the approved text is live and within its review date.

The fingerprint is a SHA-256 over the page type's `reviewed_content_fields` (title, intro,
body, transcript…) as stored JSON, without the editing tools' bookkeeping (block ids, the rich
text editor's paragraph keys): they are not content, and are made afresh when text written
elsewhere is first saved in the admin. Stream data is stored in Wagtail's normalised form
(`normalise_streams`, on every save) so a value read back from the database hashes as it did
when written.
"""

import hashlib
import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

from wagtail.blocks import StreamValue
from wagtail.fields import StreamField

# Bumped if the recipe changes: every stored approval then reads as changed until re-approved,
# which is the honest outcome when what counts as "the reviewed text" changes.
FINGERPRINT_VERSION = "1"


class ReviewStatus(models.TextChoices):
    CURRENT = "current", "Clinically reviewed"
    CHANGED_SINCE_REVIEW = "changed_since_review", "Changed since review"
    OVERDUE = "overdue", "Review overdue"
    NOT_REVIEWED = "not_reviewed", "Not yet reviewed"


_BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')


def _without_bookkeeping(data):
    """A copy of stored content without what editing tools add for themselves: the `id` of
    each block and list item, and the `data-block-key` the rich text editor puts on every
    paragraph (new ones on the first save in the admin of text written elsewhere)."""
    if isinstance(data, str):
        return _BLOCK_KEY.sub("", data)
    if isinstance(data, list):
        return [_without_bookkeeping(item) for item in data]
    if isinstance(data, dict):
        is_block = "type" in data and "value" in data and set(data) <= {"type", "value", "id"}
        return {
            key: _without_bookkeeping(value)
            for key, value in data.items()
            if not (is_block and key == "id")
        }
    return data


def _stored_value(page, name: str):
    field = page._meta.get_field(name)
    return _without_bookkeeping(field.get_prep_value(getattr(page, field.attname)))


def content_fingerprint(page) -> str:
    """The fingerprint of the page's reviewable content as it is in memory. No query."""
    content = {name: _stored_value(page, name) for name in page.reviewed_content_fields}
    encoded = json.dumps(
        [FINGERPRINT_VERSION, content],
        cls=DjangoJSONEncoder,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(encoded.encode()).hexdigest()


def normalise_streams(page) -> None:
    """Bring the reviewable stream fields to Wagtail's own form (list items with ids, struct
    values with every child, chosen objects as ids), as the admin's form would save them.

    Data written in code (the demo, imports, tests) may be terser than that; once every block
    is bound, saving writes the full form. Costs a query per chooser type; only saves and
    approvals call it, never a read.
    """
    for name in page.reviewed_content_fields:
        field = page._meta.get_field(name)
        if isinstance(field, StreamField):
            value = getattr(page, field.attname)
            if isinstance(value, StreamValue):
                for _ in value:  # binding each block converts its raw data
                    pass


def review_status(page, today=None) -> str:
    """One of ReviewStatus, by the precedence in this module's docstring. No query."""
    if page.last_reviewed is None:
        return ReviewStatus.NOT_REVIEWED
    approved = page.reviewed_fingerprint
    if not approved or approved != content_fingerprint(page):
        return ReviewStatus.CHANGED_SINCE_REVIEW
    today = today or timezone.localdate()
    if page.next_review_due is not None and page.next_review_due < today:
        return ReviewStatus.OVERDUE
    return ReviewStatus.CURRENT
