"""A previewed draft in exactly the shape `route/` gives a live page, so a frontend renders
both with the same code.

The draft's type loads it in memory (cms.registry.PageType.load_draft): what the detail
serializer reads besides the draft itself (a course's lessons, a lesson's number and
neighbours, a category's place in the tree) is computed around the draft, and everything the
draft holds (title, body, authors, categories, tags, picks) comes from the stored draft.
"""

from cms.page_representation import load_draft, page_payload
from cms.representation import request_hidden
from cms.seo import publisher


def preview_payload(page, request) -> dict:
    """The draft as `route/` would serve it once published: `kind`, `page`, `breadcrumbs`,
    `seo`."""
    loaded = load_draft(page, request_hidden(request))
    # The response cache, which this endpoint bypasses, would have looked these up already.
    publisher.organisation(request)
    return {"kind": "page", **page_payload(loaded, request)}
