"""The webhooks' admin: endpoints and the delivery log, under Settings (cms/webhooks/admin.py)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from cms.webhooks.admin import DeliveryPermissionPolicy, WebhookViewSetGroup
from cms.webhooks.admin import admin_urls as webhook_admin_urls
from cms.webhooks.models import WebhookDelivery

register_permission_policy(WebhookDelivery, DeliveryPermissionPolicy(WebhookDelivery))


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return WebhookViewSetGroup()


@hooks.register("register_admin_urls")
def register_webhook_action_urls():
    return webhook_admin_urls()
