"""Turning publishing into webhook events.

Each receiver checks that some active endpoint wants the event (one query, so publishing pays
almost nothing when no frontend listens), builds the event while the change is still in hand
(a deleted page's path can only be read before it goes), and dispatches it once the transaction
commits: a rolled-back change sends nothing. Any error is logged and swallowed, and the work
runs inside a savepoint, so a failure here never spoils or blocks the editor's change.
"""

import logging
import threading
from functools import partial

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from cms.models import Expert
from cms.webhooks import delivery, events
from cms.webhooks.models import WebhookEndpoint, WebhookEvent

logger = logging.getLogger(__name__)

SETTINGS_MODULE = "cms.models.site_settings"

# Ids of pages being deleted in this thread: Wagtail unpublishes a live page just before
# deleting it, and that is reported as the deletion alone.
_deleting = threading.local()


def _pages_being_deleted() -> set:
    if not hasattr(_deleting, "ids"):
        _deleting.ids = set()
    return _deleting.ids


def has_subscribers(event_type: str) -> bool:
    return any(
        endpoint.subscribes_to(event_type)
        for endpoint in WebhookEndpoint.objects.filter(is_active=True).only("event_types")
    )


def emit(event_type: str, build, *args, **kwargs) -> None:
    """Build the event now and dispatch it after commit; never raise."""
    try:
        with transaction.atomic():
            if not has_subscribers(event_type):
                return
            event = build(*args, **kwargs)
        transaction.on_commit(partial(delivery.dispatch, event), robust=True)
    except Exception:
        logger.exception("Could not prepare the %s webhook event", event_type)


def on_page_published(sender, instance, **kwargs):
    """Sent when the page goes live: by the editor's publish, or when a scheduled go-live
    comes due (`manage.py run_scheduler`). Publishing with a go-live date ahead only schedules
    the revision: Wagtail sends `page_published` for a page not yet live, which leaves every
    cache as it was, so nothing is sent until the page is live."""
    if not instance.live:
        return
    emit(WebhookEvent.PAGE_PUBLISHED, events.page_event, WebhookEvent.PAGE_PUBLISHED, instance)


def on_page_unpublished(sender, instance, **kwargs):
    if instance.pk in _pages_being_deleted():
        return
    emit(WebhookEvent.PAGE_UNPUBLISHED, events.page_event, WebhookEvent.PAGE_UNPUBLISHED, instance)


def on_page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    """A move changes the path of the page and of its whole branch; a reorder among siblings
    (same path) is not a move. Drafts were never cached by a frontend: they are left out."""
    if url_path_before == url_path_after or not instance.live:
        return

    def build():
        return events.page_moved_event(
            instance,
            old_path=events.path_before(instance, url_path_before),
            old_parent=kwargs.get("parent_page_before"),
        )

    emit(WebhookEvent.PAGE_MOVED, build)


def on_slug_changed(sender, instance, instance_before, **kwargs):
    """A new slug is a move as far as caches go: the old path now answers with a redirect."""
    if not instance.live:
        return

    def build():
        return events.page_moved_event(
            instance, old_path=events.path_before(instance, instance_before.url_path)
        )

    emit(WebhookEvent.PAGE_MOVED, build)


def on_page_deleting(sender, instance, **kwargs):
    """Sent for the page and for each page below it; the path is read while it still exists."""
    if not instance.live:
        return
    _pages_being_deleted().add(instance.pk)
    emit(WebhookEvent.PAGE_DELETED, events.page_event, WebhookEvent.PAGE_DELETED, instance)


def on_page_deleted(sender, instance, **kwargs):
    _pages_being_deleted().discard(instance.pk)


def on_expert_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        emit(WebhookEvent.EXPERT_CHANGED, events.expert_event, instance)


def on_expert_deleted(sender, instance, **kwargs):
    emit(WebhookEvent.EXPERT_CHANGED, events.expert_event, instance, deleted=True)


def on_settings_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        emit(WebhookEvent.SETTINGS_CHANGED, events.settings_event, instance)


def site_settings_models() -> list:
    """Every settings model defined with the site settings, including ones added later."""
    return [
        model
        for model in apps.get_app_config("cms").get_models()
        if model.__module__ == SETTINGS_MODULE
    ]


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="webhooks.page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="webhooks.page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="webhooks.page_moved")
    page_slug_changed.connect(on_slug_changed, dispatch_uid="webhooks.slug_changed")
    pre_delete.connect(on_page_deleting, sender=Page, dispatch_uid="webhooks.page_deleting")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="webhooks.page_deleted")
    post_save.connect(on_expert_saved, sender=Expert, dispatch_uid="webhooks.expert_saved")
    post_delete.connect(on_expert_deleted, sender=Expert, dispatch_uid="webhooks.expert_deleted")
    for model in site_settings_models():
        post_save.connect(
            on_settings_saved, sender=model, dispatch_uid=f"webhooks.settings.{model._meta.label}"
        )
