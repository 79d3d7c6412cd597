from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "cms.security"
    label = "cms_security"
    verbose_name = "Security"

    def ready(self):
        from cms.security import deploy_checks, image_guard  # noqa: F401 -- registers checks

        image_guard.connect()
