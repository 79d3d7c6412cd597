"""What one request works out once and reuses while it builds its response.

A response asks "may readers see this page?" for many pages, and needs the visibility filter
(one query) in many places; each is answered once per request and kept here, on a public
attribute of the request, rather than as private attributes scattered over it.
"""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

ATTRIBUTE = "content_memo"


@dataclass
class RequestMemo:
    hidden: Q | None = None
    # page id -> whether readers may see it
    visible_pages: dict[int, bool] = field(default_factory=dict)
    # page id -> the visible page a rich-text link points at (None: hidden or gone)
    link_pages: dict[int, Any] = field(default_factory=dict)


def memo(request) -> RequestMemo:
    """The request's memo (a fresh one, not kept, when there is no request)."""
    if request is None:
        return RequestMemo()
    found = getattr(request, ATTRIBUTE, None)
    if found is None:
        found = RequestMemo()
        setattr(request, ATTRIBUTE, found)
    return found
