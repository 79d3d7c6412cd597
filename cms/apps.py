from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "CMS"

    def ready(self):
        from cms.webhooks import receivers

        receivers.connect()

        from cms import response_cache

        response_cache.connect()

        from cms.security import image_guard

        image_guard.connect()
