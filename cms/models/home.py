from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField

from cms.registry import home_sections

from .base import BasePage


class HomePage(BasePage):
    """The site root: an introduction, then what the feature apps show there (the newest
    articles, the courses)."""

    intro = models.TextField(blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    # What lives under it is said by the feature page types (their `parent_page_types`).
    parent_page_types = ["wagtailcore.Page"]

    template = "home_page.html"

    def get_context(self, request, *args, **kwargs):
        """Each feature app registers the lists it puts on the home page (cms.registry)."""
        context = super().get_context(request, *args, **kwargs)
        for name, select in home_sections().items():
            context[name] = select()
        return context
