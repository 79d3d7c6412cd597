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

from wagtail.models import Page, ReferenceIndex

from cms.registry import page_type_of
from cms.representation import frontend_url, page_path, page_type
from cms.selectors import hidden_q, is_visible, visible
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


def page_reference(page: Page, *, path: str | None = None, gone: bool = False) -> dict:
    """`gone`: the page is being deleted, so the public cannot see it whatever its flags say."""
    path = path if path is not None else page_path(page, None)
    visible_now = not gone and bool(page.live) and is_visible(page)
    return {
        "id": page.pk,
        "type": page_type(page),
        "slug": page.slug,
        "title": page.title if visible_now else None,
        "path": path,
        "url": _url(path),
        "visible": visible_now,
    }


def _unique(paths) -> list[str]:
    return list(dict.fromkeys(path for path in paths if path))


def _with_ancestors(page: Page, hidden) -> list[str | None]:
    """The page's path and its visible ancestors' below the tree's root, nearest first."""
    ancestors = visible(page.get_ancestors().filter(depth__gt=1), hidden).order_by("-depth")
    return [page_path(page, None), *(page_path(ancestor, None) for ancestor in ancestors)]


def _linking_paths(page: Page, hidden) -> list[str | None]:
    """The visible pages that link to this one (rich text, link and chooser blocks, picks), as
    Wagtail's reference index records them: a link to a hidden page is shown as plain text, so
    publishing, unpublishing or moving a page changes theirs."""
    page_type_id = ReferenceIndex._get_base_content_type(Page).pk
    ids = ReferenceIndex.get_references_to(page).filter(base_content_type_id=page_type_id)
    referring = {int(object_id) for object_id in ids.values_list("object_id", flat=True)}
    pages = visible(Page.objects.filter(pk__in=referring - {page.pk}), hidden).order_by("path")
    return [page_path(linking, None) for linking in pages]


def stale_paths(page: Page, *, path: str | None = None) -> list[str]:
    """Every reader path whose rendering shows the page: its own, its ancestors' up to the home
    page (the listings and breadcrumbs it is in), and what its page type registered
    (`PageType.dependent_paths`: categories, experts' pages, feeds...), then the pages that
    link to it. Those others are given only when the public can see them: a hidden page was
    never cached, and its path must not be told."""
    hidden = hidden_q()
    specific = page.specific
    own, *ancestors = _with_ancestors(page, hidden)
    dependent_paths = page_type_of(specific).dependent_paths
    return _unique(
        [
            path if path is not None else own,
            *ancestors,
            *(dependent_paths(specific, hidden) if dependent_paths else ()),
            *_linking_paths(page, hidden),
        ]
    )


def page_event(event_type: str, page: Page, *, path: str | None = None) -> dict:
    """page.published, page.unpublished or page.deleted (for which `path` is taken before the
    page leaves the tree, and which says `visible: false`)."""
    reference = page_reference(page, path=path, gone=event_type == WebhookEvent.PAGE_DELETED)
    return new_event(
        event_type, {"page": reference, "paths": stale_paths(page, path=reference["path"])}
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
                    *stale_paths(page, path=reference["path"]),
                    old_path,
                    *(_with_ancestors(old_parent, hidden_q()) if old_parent is not None else ()),
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
