"""Input and output serializers of the articles and categories endpoints. They only translate:
every query they rely on was made, with its prefetches, in blog.selectors."""

from django.db.models.functions import Lower

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from blog.blocks import ArticleBodyBlock
from cms import representation as represent
from cms.api_fields import (
    ExpertField,
    ExpertSerializer,
    ImageField,
    PageLinkSchema,
    SEOField,
    StreamField,
    expert_data,
)
from cms.clinical_review import ReviewStatus
from cms.schema_fields import PageTypeField
from cms.sharing import share_links

ORDERINGS = {
    "-published": ("-publication_date", "-first_published_at", "-pk"),
    "published": ("publication_date", "first_published_at", "pk"),
    "title": (Lower("title"), "pk"),
}


class ArticleFilterSerializer(serializers.Serializer):
    category = serializers.ListField(
        child=serializers.SlugField(allow_unicode=True), required=False
    )
    tag = serializers.ListField(child=serializers.CharField(max_length=100), required=False)
    author = serializers.ListField(child=serializers.SlugField(allow_unicode=True), required=False)
    published_after = serializers.DateField(required=False)
    published_before = serializers.DateField(required=False)
    search = serializers.CharField(max_length=200, required=False, trim_whitespace=True)
    ordering = serializers.ChoiceField(
        choices=list(ORDERINGS), required=False, default="-published"
    )


class CategoryRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = PageTypeField("blog.CategoryPage")
    slug = serializers.CharField()
    title = serializers.CharField()
    path = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    def get_path(self, category) -> str:
        return represent.page_path(category, self.context.get("request")) or ""

    def get_url(self, category) -> str:
        return represent.frontend_url(self.get_path(category), self.context.get("request"))


class ArticleSummarySerializer(serializers.Serializer):
    """An article as it appears in any list: cards, related posts, recent posts."""

    id = serializers.IntegerField()
    type = PageTypeField("blog.ArticlePage")
    slug = serializers.CharField()
    title = serializers.CharField()
    listing_title = serializers.CharField(source="get_listing_title")
    path = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()
    intro = serializers.CharField()
    publication_date = serializers.DateField()
    reading_time = serializers.IntegerField(help_text="Minutes")
    featured_image = ImageField()
    authors = serializers.SerializerMethodField()
    categories = serializers.SerializerMethodField()
    tags = serializers.SerializerMethodField()

    def get_path(self, article) -> str:
        return represent.page_path(article, self.context.get("request")) or ""

    def get_url(self, article) -> str:
        return represent.frontend_url(self.get_path(article), self.context.get("request"))

    @extend_schema_field(ExpertSerializer(many=True))
    def get_authors(self, article):
        request = self.context.get("request")
        return [expert_data(link.expert, request) for link in article.article_authors.all()]

    @extend_schema_field(CategoryRefSerializer(many=True))
    def get_categories(self, article):
        return CategoryRefSerializer(article.categories.all(), many=True, context=self.context).data

    def get_tags(self, article) -> list[str]:
        return sorted(tag.name for tag in article.tags.all())


class ClinicalReviewSerializer(serializers.Serializer):
    """The stamp and whether it still holds: frontends show "reviewed by" only when `status`
    is `current` (cms.clinical_review; computed from the loaded page, no query)."""

    status = serializers.ChoiceField(
        source="review_status",
        choices=ReviewStatus.values,
        read_only=True,
        help_text=(
            "current: the reviewed text is live and within its review date; "
            "changed_since_review: the live text is not the text the reviewer approved; "
            "overdue: the next review date has passed; not_reviewed: never reviewed. "
            "When changed and overdue at once, changed_since_review."
        ),
    )
    reviewed_by = ExpertField(allow_null=True)
    last_reviewed = serializers.DateField(allow_null=True)
    next_review_due = serializers.DateField(allow_null=True)


class ShareLinksSerializer(serializers.Serializer):
    facebook = serializers.URLField()
    x = serializers.URLField()
    linkedin = serializers.URLField()
    email = serializers.CharField()


class ArticleDetailSerializer(ArticleSummarySerializer):
    body = StreamField(ArticleBodyBlock)
    seo = SEOField()
    canonical_url = serializers.SerializerMethodField()
    share = serializers.SerializerMethodField()
    clinical_review = ClinicalReviewSerializer(source="*")
    related_articles = serializers.SerializerMethodField()
    recent_articles = serializers.SerializerMethodField()
    comment_count = serializers.SerializerMethodField()
    first_published_at = serializers.DateTimeField(allow_null=True)
    last_published_at = serializers.DateTimeField(allow_null=True)

    def get_canonical_url(self, article) -> str:
        return self.get_url(article)

    @extend_schema_field(ShareLinksSerializer)
    def get_share(self, article):
        return share_links(self.get_url(article), article.title)

    @extend_schema_field(ArticleSummarySerializer(many=True))
    def get_related_articles(self, article):
        return ArticleSummarySerializer(
            self.context["related_articles"], many=True, context=self.context
        ).data

    @extend_schema_field(ArticleSummarySerializer(many=True))
    def get_recent_articles(self, article):
        return ArticleSummarySerializer(
            self.context["recent_articles"], many=True, context=self.context
        ).data

    def get_comment_count(self, article) -> int:
        return self.context.get("comment_count", 0)


class CategoryNodeSerializer(CategoryRefSerializer):
    description = serializers.CharField()
    synonyms = serializers.ListField(source="synonym_list", child=serializers.CharField())
    article_count = serializers.IntegerField(help_text="Visible articles here and below")
    children = serializers.SerializerMethodField()

    @extend_schema_field({"type": "array", "items": {"$ref": "#/components/schemas/CategoryNode"}})
    def get_children(self, category):
        return CategoryNodeSerializer(
            getattr(category, "tree_children", []), many=True, context=self.context
        ).data


class CategoryDetailSerializer(CategoryNodeSerializer):
    # The category's parent in the tree: a field named like DRF's own `Field.parent` attribute.
    parent = serializers.SerializerMethodField()  # type: ignore[assignment]
    icon = ImageField()
    seo = SEOField()

    @extend_schema_field(PageLinkSchema(allow_null=True))
    def get_parent(self, category):
        parent = getattr(category, "tree_parent", None)
        return represent.page_link(parent, self.context.get("request")) if parent else None
