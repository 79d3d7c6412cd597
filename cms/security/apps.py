from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "cms.security"
    label = "cms_security"
    verbose_name = "Security"

    def ready(self):
        from cms.security import image_guard

        image_guard.connect()
