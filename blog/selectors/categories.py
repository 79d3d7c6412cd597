"""The category tree as readers see it: only visible categories, each with how many visible
articles it holds (its subcategories' included), and the articles filed under a branch.

Counts are worked out in Python from one query over the link table because a count per
category in SQL would cost a query per node, and the tree is shown on every article page.
"""

from typing import cast

from django.db.models import QuerySet

from wagtail.query import PageQuerySet

from blog.models import ArticlePage, CategoryPage
from cms.selectors import hidden_q, visible

from .articles import CategoryLink, article_listing, filter_articles


def articles_in_categories(categories, hidden=None) -> QuerySet:
    """Live articles filed under any of these categories or their subcategories."""
    return filter_articles(article_listing(hidden), categories=list(categories) or [None])


def category_tree(hidden=None) -> list[CategoryPage]:
    """Every visible category in tree order, each with `article_count` and `level` (0 = top)."""
    hidden = hidden_q() if hidden is None else hidden
    # The icon is joined: a category's detail shows it, and the join costs a list nothing.
    categories = list(visible(CategoryPage.objects.select_related("icon"), hidden).order_by("path"))
    visible_articles = visible(ArticlePage.objects.all(), hidden).values("pk")
    links = list(
        CategoryLink.objects.filter(articlepage_id__in=visible_articles).values_list(
            "articlepage_id", "categorypage__path"
        )
    )
    members: dict[str, set[int]] = {}
    for article_id, path in links:
        # An article filed under PTSD also counts for Trauma: credit every ancestor's path.
        for end in range(CategoryPage.steplen, len(path) + 1, CategoryPage.steplen):
            members.setdefault(path[:end], set()).add(article_id)
    min_depth = min((category.depth for category in categories), default=0)
    for category in categories:
        category.article_count = len(members.get(category.path, ()))
        category.level = category.depth - min_depth
    return categories


def subcategories(category: CategoryPage, hidden=None) -> QuerySet:
    children = cast(PageQuerySet, visible(category.get_children().type(CategoryPage), hidden))
    return children.specific().order_by("path")


def category_nodes(hidden=None) -> list[CategoryPage]:
    """Every visible category in tree order, linked into the tree: each with `tree_children`,
    `tree_parent`, `article_count` and `level`. Two queries after the visibility check."""
    nodes = category_tree(hidden)
    by_path = {node.path: node for node in nodes}
    for node in nodes:
        node.tree_children = []
        node.tree_parent = by_path.get(node.path[: -CategoryPage.steplen])
    for node in nodes:
        if node.tree_parent is not None:
            node.tree_parent.tree_children.append(node)
    return nodes


def category_forest(hidden=None) -> list[CategoryPage]:
    """The visible category tree: its top-level categories (see `category_nodes`)."""
    return [node for node in category_nodes(hidden) if node.tree_parent is None]


def categories_by_slug(slugs, hidden=None) -> dict[str, CategoryPage]:
    return {
        category.slug: category
        for category in visible(CategoryPage.objects.filter(slug__in=slugs), hidden)
    }
