from django.core.paginator import Paginator
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField

from cms.models import BasePage
from cms.selectors import hidden_q


class BlogIndexPage(BasePage):
    """/blog/: every article, newest first."""

    intro = models.TextField(blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["blog.ArticlePage"]
    max_count_per_parent = 1

    template = "blog/blog_index_page.html"
    articles_per_page = 10

    def get_context(self, request, *args, **kwargs):
        from blog.selectors import article_listing, category_tree, recent_articles

        context = super().get_context(request, *args, **kwargs)
        hidden = hidden_q()
        paginator = Paginator(article_listing(hidden), self.articles_per_page)
        context["articles"] = paginator.get_page(request.GET.get("page"))
        context["recent_articles"] = recent_articles(limit=5, hidden=hidden)
        context["category_tree"] = category_tree(hidden)
        return context
