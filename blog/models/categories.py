"""The topic taxonomy: a tree of categories under /topics/."""

from django.core.paginator import Paginator
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.search import index

from rest_framework import serializers

from cms.api_fields import ImageField
from cms.models import BasePage


class CategoryIndexPage(BasePage):
    intro = models.TextField(blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["blog.CategoryPage"]
    max_count_per_parent = 1

    template = "blog/category_index_page.html"

    def get_context(self, request, *args, **kwargs):
        from blog.selectors import category_tree

        context = super().get_context(request, *args, **kwargs)
        context["category_tree"] = category_tree()
        return context


class CategoryPage(BasePage):
    """A topic. Categories nest (Trauma > PTSD) and a category lists its subcategories' articles."""

    description = models.TextField(blank=True)
    icon = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    synonyms = models.TextField(
        blank=True,
        help_text="Other words readers use for this topic, one per line "
        "(e.g. post-traumatic stress for PTSD). Search treats them as the same.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        FieldPanel("icon"),
        FieldPanel("synonyms"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("description"),
        APIField("synonyms", serializer=serializers.ListField(source="synonym_list")),
        APIField("icon", serializer=ImageField()),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("synonyms"),
    ]

    parent_page_types = ["blog.CategoryIndexPage", "blog.CategoryPage"]
    subpage_types = ["blog.CategoryPage"]

    template = "blog/category_page.html"
    articles_per_page = 10

    class Meta:
        verbose_name = "category"
        verbose_name_plural = "categories"

    @property
    def synonym_list(self) -> list[str]:
        return [
            line.strip() for line in self.synonyms.replace(",", "\n").splitlines() if line.strip()
        ]

    def get_context(self, request, *args, **kwargs):
        from blog.selectors import articles_in_categories, subcategories

        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(articles_in_categories([self]), self.articles_per_page)
        context["articles"] = paginator.get_page(request.GET.get("page"))
        context["subcategories"] = subcategories(self)
        return context


def visible_category_titles(categories) -> str:
    """The titles of those of `categories` readers may see, for the search index of the pages
    filed under them (articles, courses): a hidden category's title must not make a live page
    match. search.category_index reindexes those pages when a category's visibility or title
    changes. A category due to expire (itself or a page above it) is left out already: expiry
    saves nothing until the scheduler unpublishes it, and till then its title would find them
    (its name still does, checked at query time). Reads the relation as the page holds it (in
    memory before its first save)."""
    from wagtail.models import Page

    from cms.selectors import visible

    filed = [category for category in categories.all() if category.pk]
    if not filed:
        return ""
    above = {
        category.path[:end]
        for category in filed
        for end in range(Page.steplen, len(category.path) + 1, Page.steplen)
    }
    expiring = tuple(
        Page.objects.filter(path__in=above, expire_at__isnull=False).values_list("path", flat=True)
    )
    shown = visible(CategoryPage.objects.filter(pk__in=[category.pk for category in filed]))
    rows = shown.order_by("path").values_list("path", "title")
    return " ".join(title for path, title in rows if not path.startswith(expiring))
