"""What the core needs from the blog's page types, registered from `BlogConfig.ready()`.

Each loader is the one selector of its page's detail: it returns a `LoadedPage` holding every
object the detail serializer reads, so the serializer only translates. The article's own
endpoint, `route/` and `preview/` all go through these, so an article is one shape everywhere.
"""

from blog import selectors, seo
from blog.models import ArticlePage, BlogIndexPage, CategoryIndexPage, CategoryPage, Comment
from blog.revalidation import article_dependent_paths, category_dependent_paths
from blog.serializers import (
    ArticleDetailSerializer,
    ArticleSummarySerializer,
    CategoryDetailSerializer,
)
from cms.loading import load_shown
from cms.registry import (
    CachedModel,
    ExpertWorks,
    LoadedPage,
    PageType,
    register_cached_model,
    register_expert_works,
    register_home_section,
    register_page_type,
)
from cms.selectors import images_along
from cms.seo.json_ld import collection

MAX_EXPERT_ARTICLES = 20


def article_bundle(article: ArticlePage, hidden) -> LoadedPage:
    """The article with its related and recent cards and its comment count. The article is
    used as given: a live one from `api_article_listing`, or a draft whose relations
    (modelcluster) are its own."""
    related = selectors.related_articles(article, limit=3, hidden=hidden)
    recent = selectors.recent_articles(limit=5, exclude=article, hidden=hidden)
    cards = selectors.with_card_data([*related, *recent], hidden)
    images = [
        *images_along(cards, *selectors.CARD_IMAGES),
        *images_along([article], *selectors.DETAIL_IMAGES),
    ]
    links = load_shown([article], hidden, extra_images=images)
    by_pk = {card.pk: card for card in cards}
    return LoadedPage(
        article,
        {
            "related_articles": [by_pk[a.pk] for a in related if a.pk in by_pk],
            "recent_articles": [by_pk[a.pk] for a in recent if a.pk in by_pk],
            "comment_count": selectors.approved_comment_count(article.pk) if article.pk else 0,
        },
        links,
    )


def load_article(page, hidden) -> LoadedPage | None:
    article = selectors.api_article_listing(hidden).filter(pk=page.pk).first()
    return article_bundle(article, hidden) if article is not None else None


def _category_nodes(hidden) -> dict:
    """Every visible category, by tree path, with its children, parent and article count."""
    return {node.path: node for node in selectors.category_nodes(hidden)}


def load_category(page, hidden) -> LoadedPage | None:
    node = _category_nodes(hidden).get(page.path)
    return category_bundle(node, hidden) if node is not None else None


def category_bundle(category: CategoryPage, hidden) -> LoadedPage:
    """A category placed in the tree, with its icon's renditions."""
    return LoadedPage(category, links=load_shown([category], hidden))


def load_category_draft(category: CategoryPage, hidden) -> LoadedPage:
    """The draft placed where its live version stands in the tree (a new one under its
    parent, with no children yet)."""
    nodes = _category_nodes(hidden)
    placed = nodes.get(category.path)
    category.tree_children = placed.tree_children if placed else []
    category.tree_parent = (
        placed.tree_parent if placed else nodes.get(category.path[: -category.steplen])
    )
    category.article_count = placed.article_count if placed else 0
    return category_bundle(category, hidden)


def articles_by(expert, hidden):
    articles = selectors.filter_articles(selectors.api_article_listing(hidden), authors=[expert])
    return selectors.with_card_images(articles[:MAX_EXPERT_ARTICLES], expert.photo)


def comment_changes_output(comment: Comment, created: bool) -> bool:
    """A new comment shows only once approved; any later change may (un)publish it."""
    return not created or comment.status == Comment.Status.APPROVED


def register() -> None:
    register_page_type(
        PageType(
            model=ArticlePage,
            load=load_article,
            load_draft=article_bundle,
            serializer=ArticleDetailSerializer,
            json_ld=seo.article,
            open_graph_article=seo.article_open_graph,
            dependent_paths=article_dependent_paths,
        )
    )
    register_page_type(
        PageType(
            model=CategoryPage,
            load=load_category,
            load_draft=load_category_draft,
            serializer=CategoryDetailSerializer,
            json_ld=seo.category,
            dependent_paths=category_dependent_paths,
        )
    )
    register_page_type(PageType(model=BlogIndexPage, json_ld=collection))
    register_page_type(PageType(model=CategoryIndexPage, json_ld=collection))
    register_home_section("recent_articles", lambda: selectors.article_listing()[:6])
    register_expert_works(
        ExpertWorks(
            key="articles",
            select=articles_by,
            serializer=ArticleSummarySerializer,
            help_text=f"Their visible articles, newest first, at most {MAX_EXPERT_ARTICLES}.",
        )
    )
    register_cached_model(CachedModel(Comment, comment_changes_output))
