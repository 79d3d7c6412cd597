from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: content in the publisher's own words, and the demo editor and reviewer.

    It knows every page type (it builds them), so it sits above the feature apps and nothing
    but the project's settings and tests depends on it."""

    name = "demo"
    verbose_name = "Demo content"
