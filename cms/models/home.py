from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField

from .base import BasePage


class HomePage(BasePage):
    """The site root: an introduction, then the newest articles and the courses."""

    intro = models.TextField(blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["blog.BlogIndexPage", "blog.CategoryIndexPage", "lessons.CourseIndexPage"]

    template = "home_page.html"

    def get_context(self, request, *args, **kwargs):
        from blog.selectors import article_listing
        from lessons.selectors import visible_courses

        context = super().get_context(request, *args, **kwargs)
        context["recent_articles"] = article_listing()[:6]
        context["courses"] = visible_courses()
        return context
