"""The articles and categories endpoints: thin views over blog.selectors."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from blog import selectors
from blog.page_types import article_bundle, category_bundle
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
    reject_unknown,
)
from cms.models import Expert
from cms.page_representation import represent
from cms.representation import request_hidden


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
        reject_unknown("tag", tags, selectors.known_tags(tags, hidden))
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
        hidden = request_hidden(request)
        article = selectors.article_detail(slug, hidden)
        if article is None:
            raise NotFound(f"No article with slug {slug!r}.")
        data = represent(ArticleDetailSerializer, article_bundle(article, hidden), request)
        return Response(data)


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
        hidden = request_hidden(request)
        nodes = selectors.category_nodes(hidden)
        category = next((node for node in nodes if node.slug == slug), None)
        if category is None:
            raise NotFound(f"No category with slug {slug!r}.")
        loaded = category_bundle(category, hidden)
        data = represent(CategoryDetailSerializer, loaded, request)
        return Response(data)
