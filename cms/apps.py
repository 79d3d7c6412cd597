from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "CMS"

    def ready(self):
        from cms.page_types import register_core_page_types
        from cms.response_cache import invalidation

        register_core_page_types()
        invalidation.connect()
