"""Webhook endpoints frontends register to hear about content changes, and every delivery made
to them, kept so an administrator can see what was sent, what came back and what is pending.
"""

import secrets
import uuid

from django.core.exceptions import ValidationError
from django.db import models


class WebhookEvent(models.TextChoices):
    """The changes a frontend can subscribe to; each one can make a cached page stale."""

    PAGE_PUBLISHED = "page.published", "Page published"
    PAGE_UNPUBLISHED = "page.unpublished", "Page unpublished"
    PAGE_MOVED = "page.moved", "Page moved (or its slug changed)"
    PAGE_DELETED = "page.deleted", "Page deleted"
    EXPERT_CHANGED = "expert.changed", "Expert changed"
    SETTINGS_CHANGED = "settings.changed", "Site settings changed"


# Sent only on an administrator's request, to one endpoint, whatever it subscribes to.
TEST_EVENT = "webhook.test"


def generate_secret() -> str:
    return secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    name = models.CharField(max_length=255, help_text="Who receives it, e.g. “Web site (Next.js)”.")
    url = models.URLField(
        "URL", max_length=500, help_text="Receives a POST with a JSON body for each event."
    )
    secret = models.CharField(
        max_length=200,
        default=generate_secret,
        help_text="Shared with the receiver, which checks each event's signature with it. "
        "A strong one is generated; change it to rotate.",
    )
    event_types = models.JSONField(
        "events",
        default=list,
        blank=True,
        help_text="The changes this endpoint hears about.",
    )
    is_active = models.BooleanField(
        "active", default=True, help_text="Inactive endpoints receive nothing."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        app_label = "cms"  # its table and migrations stay the cms app's (cms/migrations/0003)
        ordering = ["name", "pk"]
        verbose_name = "webhook endpoint"

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        from cms.webhooks.destinations import RefusedDestination, check_destination

        try:
            check_destination(self.url or "", resolve=False)
        except RefusedDestination as error:
            raise ValidationError({"url": str(error)}) from error
        if not isinstance(self.event_types, list):
            raise ValidationError({"event_types": "Choose events from the list."})
        unknown = sorted(set(self.event_types) - set(WebhookEvent.values))
        if unknown:
            raise ValidationError({"event_types": f"Unknown events: {', '.join(unknown)}."})

    @property
    def events_display(self) -> str:
        labels = dict(WebhookEvent.choices)
        return ", ".join(labels.get(value, value) for value in self.event_types) or "none"

    def subscribes_to(self, event_type: str) -> bool:
        return event_type in (self.event_types or [])


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        RETRYING = "retrying", "Retrying"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event_type = models.CharField("event", max_length=50, db_index=True)
    # One event goes to every subscribed endpoint under the same id, and keeps it on retries,
    # so a receiver can tell a repeat from a new event.
    event_id = models.UUIDField(default=uuid.uuid4, db_index=True)
    payload = models.JSONField()
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    last_response_code = models.PositiveIntegerField("response code", null=True, blank=True)
    response_excerpt = models.TextField(blank=True)
    error = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField("duration (ms)", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    last_attempt_at = models.DateTimeField("last attempt", null=True, blank=True)
    next_attempt_at = models.DateTimeField("next attempt", null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "cms"
        ordering = ["-created_at", "-pk"]
        verbose_name = "webhook delivery"
        verbose_name_plural = "webhook deliveries"

    def __str__(self) -> str:
        return f"{self.event_type} to {self.endpoint} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)
