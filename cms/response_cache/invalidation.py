"""Which changes bump the generation: published pages, watched models, and what feature apps
register as shown to readers (cms.registry.CachedModel). Imported from `CmsConfig.ready`."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.registry import cached_models

from .generations import invalidate

_DRAFT_BOOKKEEPING = {
    "comments",
    "wagtail_admin_comments",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _watched_models() -> tuple:
    """Everything a public response can show besides pages themselves."""
    names = [
        "wagtailcore.PageViewRestriction",
        "wagtailcore.Site",
        "wagtailcore.Locale",
        "wagtailredirects.Redirect",
        "wagtailsearchpromotions.SearchPromotion",
        "taggit.Tag",
        "cms.Expert",
        "cms.OrganisationSettings",
        "cms.NavigationSettings",
    ]
    return (
        *(apps.get_model(name) for name in names),
        get_image_model(),
        get_document_model(),
    )


def _on_change(sender, **kwargs) -> None:
    invalidate()


def _on_save(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    if isinstance(instance, Page):
        draft_only = (created and not instance.live) or (
            update_fields is not None and set(update_fields) <= _DRAFT_BOOKKEEPING
        )
        if not draft_only:
            invalidate()
    elif (cached := _registered(instance)) is not None:
        # A feature's own rows (cms.registry.CachedModel): it says which saves readers see.
        if cached.changes_output is None or cached.changes_output(instance, created):
            invalidate()
    elif isinstance(instance, _WATCHED) and not (created and _is_setting(instance)):
        # Settings are created with their defaults on first read: nothing changed then.
        invalidate()


def _is_setting(instance) -> bool:
    return isinstance(instance, BaseSiteSetting | BaseGenericSetting)


def _on_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, (Page, *_WATCHED)) or _registered(instance) is not None:
        invalidate()


def _registered(instance):
    """The feature app's registration for this row's model (read at each signal, so the order
    in which the apps became ready does not matter)."""
    return next((c for c in cached_models() if isinstance(instance, c.model)), None)


_WATCHED: tuple = ()


def connect() -> None:
    """Called from CmsConfig.ready, so that every process (workers, `publish_scheduled`, the
    shell) invalidates, not only those that served a request."""
    global _WATCHED
    _WATCHED = _watched_models()
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_on_change, dispatch_uid=f"response_cache_{id(signal)}")
    post_save.connect(_on_save, dispatch_uid="response_cache_save")
    post_delete.connect(_on_delete, dispatch_uid="response_cache_delete")
