"""Previewing a draft in the readers' frontend rather than in this server's own templates.

When `FRONTEND_URL` is set, Wagtail's Preview (the side panel, "Preview in new tab", "View
draft" and moderators' revision previews) keeps the draft being edited as a `PagePreview` row
and sends the browser to `FRONTEND_URL/preview?content_type=...&token=...`. The frontend trades
the token for the draft at `/api/v2/preview/`, so it renders a preview with the same code as a
live page.

The token is signed (a forged one fails without a database query) and carries the row's id, its
content type and its time of issue. It lasts `PREVIEW_TOKEN_MINUTES`, checked twice: on the
signature's timestamp and on the row's `created_at`, so shortening the setting shortens tokens
already issued too. A draft can hold unpublished clinical content: an old link must stop working.
"""

from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

from wagtail.models import Page

TOKEN_SALT = "cms.preview.token"  # noqa: S105 -- a signing namespace, not a secret
EXPIRED = "This preview has expired: preview again from the admin."


class PreviewUnavailable(Exception):
    """The token does not open a preview: forged, expired, purged or for another type."""


def preview_lifetime() -> timedelta:
    return timedelta(minutes=settings.PREVIEW_TOKEN_MINUTES)


def content_type_label(model) -> str:
    """How the preview URL names a page type: `blog.articlepage` (app label and model name)."""
    return f"{model._meta.app_label}.{model._meta.model_name}"


class PagePreviewQuerySet(models.QuerySet):
    def fresh(self):
        return self.filter(created_at__gt=timezone.now() - preview_lifetime())

    def stale(self):
        return self.filter(created_at__lte=timezone.now() - preview_lifetime())


class PagePreview(models.Model):
    """A draft as an editor last previewed it, readable for a short while through its token."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    # Empty for a page that is still being created.
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    content = models.JSONField(encoder=DjangoJSONEncoder)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = PagePreviewQuerySet.as_manager()

    class Meta:
        app_label = "cms"  # its table and migrations stay the cms app's (cms/migrations/0002)
        verbose_name = "page preview"

    def __str__(self):
        return f"Preview of {self.content_type_label} #{self.page_id or 'new'}"

    @classmethod
    def create_for(cls, page, user=None) -> "PagePreview":
        """Keep this in-memory draft for its frontend; expired previews are purged on the way."""
        cls.objects.stale().delete()
        return cls.objects.create(
            content_type=ContentType.objects.get_for_model(page),
            page_id=page.pk,
            content=page.serializable_data(),
            created_by=user if user is not None and user.is_authenticated else None,
        )

    @classmethod
    def from_token(cls, token: str, label: str) -> "PagePreview":
        """The preview a token opens for the page type `label`, or PreviewUnavailable."""
        try:
            data = signing.loads(token, salt=TOKEN_SALT, max_age=preview_lifetime())
        except signing.SignatureExpired as error:
            raise PreviewUnavailable(EXPIRED) from error
        except (signing.BadSignature, ValueError, TypeError, UnicodeError) as error:
            raise PreviewUnavailable("This preview token is not valid.") from error
        if not isinstance(data, dict) or data.get("type") != label:
            raise PreviewUnavailable("This preview token is for another page type.")
        preview_id = data.get("preview")
        if not isinstance(preview_id, int):
            raise PreviewUnavailable("This preview token is not valid.")
        preview = cls.objects.fresh().select_related("content_type").filter(pk=preview_id).first()
        if preview is None or preview.content_type_label != label:
            raise PreviewUnavailable(EXPIRED)
        return preview

    @property
    def content_type_label(self) -> str:
        return f"{self.content_type.app_label}.{self.content_type.model}"

    @property
    def token(self) -> str:
        return signing.dumps({"preview": self.pk, "type": self.content_type_label}, salt=TOKEN_SALT)

    def frontend_url(self) -> str:
        query = urlencode({"content_type": self.content_type_label, "token": self.token})
        return f"{settings.FRONTEND_URL.rstrip('/')}/preview?{query}"

    def as_page(self):
        """The draft rebuilt in memory: its relations (authors, categories, tags, related
        articles) come from the stored draft, never from the live rows. None if the page type
        is gone."""
        # A page class (Wagtail ships no types, so it is Any to the checker).
        model: Any = self.content_type.model_class()
        if model is None or not issubclass(model, Page):
            return None
        if self.page_id:
            saved = model.objects.filter(pk=self.page_id).first()
            if saved is not None:
                return saved.with_content_json(dict(self.content))
        return model.from_serializable_data(dict(self.content))
