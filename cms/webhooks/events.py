"""What a webhook event says: enough for a frontend to know which cached paths went stale.

An event names the thing that changed and the paths to revalidate; it never carries content. A
frontend fetches the new state from the content API, which applies the one visibility check. So
a page's title is given only while the public can see the page: an unpublished, deleted,
view-restricted or hidden page is named by its id, type, slug and path alone, which is what a
cache purge needs.
"""

import copy
import uuid

from django.utils import timezone

from wagtail.models import Page

from cms.representation import frontend_url, page_path, page_type
from cms.selectors import is_visible
from cms.webhooks.models import TEST_EVENT, WebhookEvent


def new_event(event_type: str, data: dict) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "type": event_type,
        "occurred_at": timezone.now().isoformat(),
        "data": data,
    }


def _url(path: str | None) -> str | None:
    return frontend_url(path, None) if path else None


def page_reference(page: Page, *, path: str | None = None) -> dict:
    path = path if path is not None else page_path(page, None)
    visible = bool(page.live) and is_visible(page)
    return {
        "id": page.pk,
        "type": page_type(page),
        "slug": page.slug,
        "title": page.title if visible else None,
        "path": path,
        "url": _url(path),
        "visible": visible,
    }


def _parent_path(page: Page | None) -> str | None:
    """The listing a page appears in (its parent), when that is a routable page."""
    if page is None or page.depth <= 1:
        return None
    return page_path(page, None)


def _unique(paths) -> list[str]:
    return list(dict.fromkeys(path for path in paths if path))


def page_event(event_type: str, page: Page, *, path: str | None = None) -> dict:
    """page.published, page.unpublished or page.deleted (for which `path` is taken before the
    page leaves the tree)."""
    reference = page_reference(page, path=path)
    parent_path = _parent_path(page.get_parent())
    return new_event(
        event_type,
        {"page": reference, "paths": _unique([reference["path"], parent_path])},
    )


def path_before(page: Page, url_path_before: str) -> str | None:
    """The page's frontend path when its tree path was `url_path_before`."""
    before = copy.copy(page)
    before.url_path = url_path_before
    return page_path(before, None)


def page_moved_event(page: Page, *, old_path: str | None, old_parent: Page | None = None) -> dict:
    """A move or a slug change: the page and everything below it now answer at new paths, and
    what was cached under `old_path` is stale."""
    reference = page_reference(page)
    return new_event(
        WebhookEvent.PAGE_MOVED,
        {
            "page": reference,
            "old_path": old_path,
            "old_url": _url(old_path),
            "paths": _unique(
                [
                    reference["path"],
                    _parent_path(page.get_parent()),
                    old_path,
                    _parent_path(old_parent),
                ]
            ),
        },
    )


def expert_event(expert, *, deleted: bool = False) -> dict:
    """Experts appear on articles, courses and lessons: a frontend revalidates what it cached
    about this expert (the email is for the editorial team and never sent)."""
    return new_event(
        WebhookEvent.EXPERT_CHANGED,
        {
            "expert": {
                "id": expert.pk,
                "slug": expert.slug,
                "name": expert.name,
                "display_name": expert.display_name,
            },
            "action": "deleted" if deleted else "saved",
        },
    )


def settings_event(setting) -> dict:
    """Organisation details and menus show on every page of a site: revalidate the site data."""
    site = getattr(setting, "site", None)
    return new_event(
        WebhookEvent.SETTINGS_CHANGED,
        {
            "settings": setting._meta.model_name.removesuffix("settings"),
            "model": setting._meta.label,
            "site": (
                {"id": site.pk, "hostname": site.hostname, "name": site.site_name}
                if site is not None
                else None
            ),
        },
    )


def ping_event(endpoint) -> dict:
    return new_event(
        TEST_EVENT, {"endpoint": endpoint.name, "message": "A test event sent from the admin."}
    )
