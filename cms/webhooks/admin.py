"""The admin for webhooks: endpoints for those allowed to manage them, and a read-only log of
deliveries with a retry action and a test event.

Endpoint secrets and URLs decide where signed content events go, so only superusers and users
given the webhook endpoint permissions see any of this; the demo editor does not.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from wagtail.admin.ui.tables import Column, StatusTagColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies.base import ModelPermissionPolicy

from cms.webhooks import delivery as webhook_delivery
from cms.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent

MANAGE_ACTIONS = ["add", "change", "delete"]
endpoint_policy = ModelPermissionPolicy(WebhookEndpoint)


def can_manage_webhooks(user) -> bool:
    return endpoint_policy.user_has_any_permission(user, MANAGE_ACTIONS)


class DeliveryPermissionPolicy(ModelPermissionPolicy):
    """Deliveries are a log: whoever manages endpoints may read them, nobody edits them."""

    def user_has_permission(self, user, action):
        if action == "view":
            return can_manage_webhooks(user) or super().user_has_permission(user, "view")
        return False


class EndpointIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if can_manage_webhooks(self.request.user):
            buttons.append(
                ListingButton(
                    "Send test event",
                    url=reverse("webhook_test_event", args=[instance.pk]),
                    icon_name="mail",
                    priority=40,
                )
            )
        return buttons


class DeliveryIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("endpoint")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if can_manage_webhooks(self.request.user) and instance.is_finished:
            buttons.append(
                ListingButton(
                    "Send again",
                    url=reverse("webhook_resend", args=[instance.pk]),
                    icon_name="repeat",
                    priority=40,
                )
            )
        return buttons


class EndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    index_view_class = EndpointIndexView
    icon = "link-external"
    menu_label = "Endpoints"
    copy_view_enabled = False
    form_fields = ["name", "url", "secret", "event_types", "is_active"]
    list_display = [
        "name",
        "url",
        Column("events", label="Events", accessor="events_display"),
        "is_active",
        "created_at",
    ]
    list_filter = ["is_active"]
    search_fields = ["name", "url"]

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name == "event_types":
            return forms.MultipleChoiceField(
                label="Events",
                choices=WebhookEvent.choices,
                widget=forms.CheckboxSelectMultiple,
                required=False,
                help_text=db_field.help_text,
            )
        if db_field.name == "url":
            kwargs["assume_scheme"] = "https"
        if db_field.name == "secret":
            kwargs["widget"] = forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"})
        return super().formfield_for_dbfield(db_field, **kwargs)


class DeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    index_view_class = DeliveryIndexView
    icon = "list-ul"
    menu_label = "Deliveries"
    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_reference_index = False
    form_fields: list[str] = []
    list_display = [
        "event_type",
        "endpoint",
        StatusTagColumn("status", label="Status", accessor="get_status_display", primary=True),
        "last_response_code",
        "attempts",
        "created_at",
        "last_attempt_at",
        "next_attempt_at",
    ]
    list_filter = ["endpoint", "status", "event_type"]
    inspect_view_fields = [
        "endpoint",
        "event_type",
        "event_id",
        "status",
        "attempts",
        "last_response_code",
        "response_excerpt",
        "error",
        "duration_ms",
        "created_at",
        "last_attempt_at",
        "next_attempt_at",
        "delivered_at",
        "payload",
    ]

    def get_permissions_to_register(self):
        """Only "view" means anything for a log; add, change and delete are never granted."""
        return super().get_permissions_to_register().filter(codename="view_webhookdelivery")


class WebhookViewSetGroup(ModelViewSetGroup):
    menu_label = "Webhooks"
    menu_icon = "link-external"
    menu_order = 900
    add_to_settings_menu = True
    items = (EndpointViewSet("webhook_endpoints"), DeliveryViewSet("webhook_deliveries"))


def _confirm(request, *, title, message, action_label, on_confirm, back_url):
    if not can_manage_webhooks(request.user):
        raise PermissionDenied
    if request.method == "POST":
        on_confirm()
        return redirect(back_url)
    return TemplateResponse(
        request,
        "cms/webhooks/confirm.html",
        {"title": title, "message": message, "action_label": action_label, "back_url": back_url},
    )


def send_test_event_view(request, pk):
    endpoint = get_object_or_404(WebhookEndpoint, pk=pk)

    def send():
        sent = webhook_delivery.send_test_event(endpoint)
        if sent is None:
            messages.error(request, "The test event could not be queued; see the server log.")
        else:
            messages.success(request, f"Test event queued for {endpoint}.")

    return _confirm(
        request,
        title="Send a test event",
        message=f"Send a signed webhook.test event to {endpoint.url}?",
        action_label="Send test event",
        on_confirm=send,
        back_url=reverse("webhook_deliveries:index") + f"?endpoint={endpoint.pk}",
    )


def resend_view(request, pk):
    item = get_object_or_404(WebhookDelivery.objects.select_related("endpoint"), pk=pk)

    def resend():
        if webhook_delivery.resend(item):
            messages.success(request, f"{item.event_type} queued again for {item.endpoint}.")
        else:
            messages.error(request, "The delivery could not be queued; see the server log.")

    return _confirm(
        request,
        title="Send again",
        message=f"Send {item.event_type} (event {item.event_id}) to {item.endpoint.url} again?",
        action_label="Send again",
        on_confirm=resend,
        back_url=reverse("webhook_deliveries:index"),
    )


def admin_urls():
    return [
        path("webhooks/test/<int:pk>/", send_test_event_view, name="webhook_test_event"),
        path("webhooks/resend/<int:pk>/", resend_view, name="webhook_resend"),
    ]
