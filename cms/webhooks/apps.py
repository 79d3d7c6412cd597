from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "cms.webhooks"
    label = "cms_webhooks"
    verbose_name = "Publish webhooks"

    def ready(self):
        from cms.webhooks import receivers

        receivers.connect()
