from django.apps import AppConfig


class PreviewConfig(AppConfig):
    name = "cms.preview"
    label = "cms_preview"
    verbose_name = "Headless preview"

    def ready(self):
        from corsheaders.signals import check_request_enabled

        from cms.preview import cors, redirect
        from cms.registry import register_preview_redirect

        check_request_enabled.connect(cors.allow_preview_origins, dispatch_uid="cms_preview_cors")
        register_preview_redirect(redirect.to_frontend)
