"""Articles: the publisher's blog posts, with authors, categories, tags and related picks."""

import math

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from blog.blocks import ArticleBodyBlock
from blog.forms import ArticlePageForm
from blog.models.categories import visible_category_titles
from cms.api_fields import (
    ExpertListField,
    ImageField,
    TagListField,
    VisiblePageLinksField,
)
from cms.api_fields import (
    StreamField as StreamAPIField,
)
from cms.models import ReviewedPage

WORDS_PER_MINUTE = 230
# Reference lists are consulted, not read through: they do not lengthen the read.
UNREAD_BLOCKS = {"references"}


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticleAuthor(Orderable):
    page = ParentalKey("blog.ArticlePage", on_delete=models.CASCADE, related_name="article_authors")
    expert = models.ForeignKey("cms.Expert", on_delete=models.CASCADE, related_name="article_links")

    panels = [FieldPanel("expert")]

    class Meta(Orderable.Meta):
        unique_together = [("page", "expert")]


class RelatedArticle(Orderable):
    page = ParentalKey("blog.ArticlePage", on_delete=models.CASCADE, related_name="related_links")
    article = models.ForeignKey(
        "blog.ArticlePage", on_delete=models.CASCADE, related_name="+", verbose_name="article"
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = "related article"


# django-stubs cannot type the managers of its inline models (Wagtail's Orderable, taggit's
# TaggedItemBase have no types), only the relations to them.
class ArticlePage(ReviewedPage):  # type: ignore[django-manager-missing]
    intro = models.TextField(help_text="One or two sentences that open the article.")
    body = StreamField(ArticleBodyBlock())
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publication_date = models.DateField(default=timezone.localdate, db_index=True)
    reading_time = models.PositiveSmallIntegerField(
        default=1, editable=False, help_text="Minutes, derived from the body on save."
    )
    categories = ParentalManyToManyField("blog.CategoryPage", related_name="articles")
    tags = ClusterTaggableManager(through=ArticleTag, blank=True)
    comments_open = models.BooleanField(
        default=True, help_text="Readers may post new comments and replies on this article."
    )

    content_panels = [
        *ReviewedPage.content_panels,
        FieldPanel("intro"),
        FieldPanel("featured_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("publication_date"),
                InlinePanel("article_authors", label="Author", min_num=1),
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading="Authors and taxonomy",
        ),
        InlinePanel("related_links", label="Related article", heading="Related articles"),
        FieldPanel("comments_open"),
    ]

    api_fields = [
        *ReviewedPage.api_fields,
        APIField("intro"),
        APIField("body", serializer=StreamAPIField()),
        APIField("featured_image", serializer=ImageField()),
        APIField("publication_date"),
        APIField("reading_time"),
        APIField("authors", serializer=ExpertListField()),
        APIField("categories", serializer=VisiblePageLinksField()),
        APIField("tags", serializer=TagListField()),
        APIField("related_articles", serializer=VisiblePageLinksField()),
    ]
    api_prefetch = (
        "article_authors__expert__photo",
        "categories",
        "tags",
        "related_links__article",
        "featured_image",
    )

    search_fields = [
        *ReviewedPage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
        # Readers search by topic, tag and author too ("Okafor sleep"); by visible topics only.
        index.SearchField("visible_category_titles"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields(
            "article_authors", [index.RelatedFields("expert", [index.SearchField("name")])]
        ),
    ]

    # What a clinical review vouches for (cms.clinical_review): the text readers read.
    reviewed_content_fields = ("title", "intro", "body")

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types: list[str] = []
    base_form_class = ArticlePageForm
    template = "blog/article_page.html"

    class Meta:
        verbose_name = "article"

    def save(self, *args, **kwargs):
        # Saving a draft revision writes only bookkeeping fields of the live row: the draft's
        # reading time must wait for its publication like the rest of the draft.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"body", "intro"} & set(update_fields):
            self.reading_time = self.compute_reading_time()
            if update_fields is not None and "reading_time" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "reading_time"]
        super().save(*args, **kwargs)

    def compute_reading_time(self) -> int:
        words = len(self.intro.split())
        for block in self.body:
            if block.block_type in UNREAD_BLOCKS:
                continue
            for text in block.block.get_searchable_content(block.value):
                words += len(strip_tags(text).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    @property
    def visible_category_titles(self) -> str:
        return visible_category_titles(self.categories)

    @property
    def authors(self):
        return [link.expert for link in self.article_authors.all()]

    @property
    def related_articles(self):
        """Manual picks only (ranked suggestions come from get_related)."""
        return [link.article for link in self.related_links.all() if link.article_id]

    def api_linked_pages(self) -> list:
        return [*self.categories.all(), *self.related_articles]

    def get_related(self, n: int = 3):
        """Manual picks first, then the closest live articles by shared categories and tags."""
        from blog.selectors import related_articles

        return related_articles(self, limit=n)

    def get_context(self, request, *args, **kwargs):
        from blog.selectors import article_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(article_page_context(self, request))
        return context
