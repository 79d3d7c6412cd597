from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import get_page_models

from cms.registry import home_sections

from .base import BasePage


class HomePage(BasePage):
    """The site root: an introduction, then what the feature apps show there (the newest
    articles, the courses)."""

    intro = models.TextField(blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    @classmethod
    def clean_subpage_models(cls):
        """The sections under the home page: the page types that name it as their parent, so
        the core lists no feature page type (Wagtail's base `Page`, which names no parent, is
        none of them)."""
        return [
            model
            for model in get_page_models()
            if getattr(model, "parent_page_types", None) is not None
            and cls in model.clean_parent_page_models()
        ]

    template = "home_page.html"

    def get_context(self, request, *args, **kwargs):
        """Each feature app registers the lists it puts on the home page (cms.registry)."""
        context = super().get_context(request, *args, **kwargs)
        for name, select in home_sections().items():
            context[name] = select()
        return context
