"""The articles and categories endpoints: thin views over blog.selectors."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.exceptions import NotFound

from blog import selectors
from blog.comment_selectors import approved_count
from blog.serializers import (
    ORDERINGS,
    ArticleDetailSerializer,
    ArticleFilterSerializer,
    ArticleSummarySerializer,
    CategoryDetailSerializer,
    CategoryNodeSerializer,
)
from cms.api_common import (
    ContentAPIViewSet,
    last_modified_response,
    reject_unknown,
)
from cms.models import Expert
from cms.selectors import images_along
from cms.serializers import request_hidden


@extend_schema_view(
    list=extend_schema(
        summary="List articles",
        parameters=[ArticleFilterSerializer],
        responses=ArticleSummarySerializer(many=True),
    ),
    retrieve=extend_schema(summary="An article, by slug", responses=ArticleDetailSerializer),
)
class ArticleViewSet(ContentAPIViewSet):
    """Blog articles: cards in lists, the full article (with related and recent posts) by slug."""

    filter_serializer = ArticleFilterSerializer
    lookup_field = "slug"
    lookup_value_regex = r"[-\w]+"

    def list(self, request):
        filters = self.get_filters()
        hidden = request_hidden(request)
        categories = selectors.categories_by_slug(filters.get("category", []), hidden)
        reject_unknown("category", filters.get("category", []), categories)
        authors = list(Expert.objects.filter(slug__in=filters.get("author", [])))
        reject_unknown("author", filters.get("author", []), [a.slug for a in authors])
        tags = [tag.lower() for tag in filters.get("tag", [])]
        reject_unknown("tag", tags, selectors.known_tags(tags))
        queryset = selectors.filter_articles(
            selectors.api_article_listing(hidden),
            categories=list(categories.values()),
            tags=tags,
            authors=authors,
            published_after=filters.get("published_after"),
            published_before=filters.get("published_before"),
            search=filters.get("search", ""),
        ).order_by(*ORDERINGS[filters["ordering"]])
        return self.paginated(
            queryset,
            lambda page: (
                ArticleSummarySerializer(
                    selectors.with_card_images(page), many=True, context={"request": request}
                ).data
            ),
        )

    def retrieve(self, request, slug=None):
        article = selectors.article_detail(slug, request_hidden(request))
        if article is None:
            raise NotFound(f"No article with slug {slug!r}.")
        return last_modified_response(
            article_detail_data(article, request), article.last_published_at
        )


@extend_schema_view(
    list=extend_schema(
        summary="The category tree, with live article counts",
        responses=CategoryNodeSerializer(many=True),
    ),
    retrieve=extend_schema(summary="A category, by slug", responses=CategoryDetailSerializer),
)
class CategoryViewSet(ContentAPIViewSet):
    """The topic taxonomy as a tree, with live article counts that include subcategories."""

    lookup_field = "slug"
    lookup_value_regex = r"[-\w]+"

    def list(self, request):
        roots = selectors.category_forest(request_hidden(request))
        return self.paginated(
            roots,
            lambda page: CategoryNodeSerializer(page, many=True, context={"request": request}).data,
        )

    def retrieve(self, request, slug=None):
        nodes = [
            node
            for root in selectors.category_forest(request_hidden(request))
            for node in _walk(root)
            if node.slug == slug
        ]
        if not nodes:
            raise NotFound(f"No category with slug {slug!r}.")
        category = nodes[0]
        data = CategoryDetailSerializer(category, context={"request": request}).data
        return last_modified_response(data, category.last_published_at)


def article_detail_data(article, request) -> dict:
    """The full article, with related and recent posts (shared with `route/`)."""
    hidden = request_hidden(request)
    if not hasattr(article, "_prefetched_objects_cache"):
        article = selectors.article_detail(article.slug, hidden) or article
    related = selectors.related_articles(article, limit=3, hidden=hidden)
    recent = selectors.recent_articles(limit=5, exclude=article, hidden=hidden)
    loaded = selectors.with_card_data([*related, *recent], hidden)
    selectors.with_card_images(loaded, *images_along([article], *selectors.DETAIL_IMAGES))
    cards = {card.pk: card for card in loaded}
    context = {
        "request": request,
        "related_articles": [cards[a.pk] for a in related if a.pk in cards],
        "recent_articles": [cards[a.pk] for a in recent if a.pk in cards],
        "comment_count": approved_count(article.pk),
    }
    return ArticleDetailSerializer(article, context=context).data


def category_detail_data(category, request) -> dict:
    for root in selectors.category_forest(request_hidden(request)):
        for node in _walk(root):
            if node.pk == category.pk:
                return CategoryDetailSerializer(node, context={"request": request}).data
    return {}


def _walk(node):
    yield node
    for child in node.tree_children:
        yield from _walk(child)
