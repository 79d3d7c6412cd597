"""Which reader paths show an article or a category, for the webhooks' `paths` (registered as
`PageType.dependent_paths` in blog/page_types.py).

The core already names the page's own path and its ancestors' (the blog index, the home page).
What only the blog knows is where else a page shows: an article in its categories' listings (a
category lists its subcategories' articles, so the categories above too, and the topics index
counts them), on its authors' pages, on the articles that pick it as related, and in the feeds;
a category's title on every article filed under it and in every feed item that names it. Only
visible pages are named: a hidden one was never cached, and its path must not be told.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import Page

from blog.models import ArticlePage, CategoryPage, RelatedArticle
from cms.api_fields import expert_path
from cms.representation import page_path
from cms.selectors import visible


def _feeds(name: str, **kwargs) -> list[str]:
    return [reverse(f"feed-{name}-{kind}", kwargs=kwargs) for kind in ("rss", "atom")]


def _paths(pages) -> list[str]:
    return [path for path in (page_path(page, None) for page in pages) if path]


def _tree_ancestry(tree_paths) -> list[str]:
    """The tree paths of these nodes and of every node above them, the root excluded."""
    found: set[str] = set()
    steplen = Page.steplen
    for tree_path in tree_paths:
        found.update(tree_path[:end] for end in range(2 * steplen, len(tree_path) + 1, steplen))
    return sorted(found)


def _category_listings(category_tree_paths, hidden) -> tuple[list[str], list[str]]:
    """The categories and every page above them (deepest first), and the categories' feeds."""
    pages = visible(
        Page.objects.filter(path__in=_tree_ancestry(category_tree_paths)), hidden
    ).order_by("-depth", "path")
    category_type = ContentType.objects.get_for_model(CategoryPage).pk
    feeds = [
        path
        for page in pages
        if page.content_type_id == category_type
        for path in _feeds("category", slug=page.slug)
    ]
    return _paths(pages), feeds


def article_dependent_paths(article: ArticlePage, hidden) -> list[str]:
    # Through the cluster managers: a page just published may hold its relations in memory.
    listings, category_feeds = _category_listings(
        [category.path for category in article.categories.all()], hidden
    )
    authors = [link.expert for link in article.article_authors.select_related("expert")]
    picked_by = visible(
        ArticlePage.objects.filter(
            pk__in=RelatedArticle.objects.filter(article=article.pk).values("page_id")
        ),
        hidden,
    ).order_by("path")
    return [
        *listings,
        *(expert_path(author) for author in authors),
        *_paths(picked_by),
        *_feeds("articles"),
        *category_feeds,
        *(path for author in authors for path in _feeds("expert", slug=author.slug)),
    ]


def category_dependent_paths(category: CategoryPage, hidden) -> list[str]:
    """A category shows on the articles filed under it (their category links), in the feeds'
    items and, with its subcategories, in the category listings above it."""
    listings, category_feeds = _category_listings([category.path], hidden)
    filed = visible(ArticlePage.objects.filter(categories=category.pk), hidden).order_by("path")
    return [*listings, *_paths(filed), *_feeds("articles"), *category_feeds]
