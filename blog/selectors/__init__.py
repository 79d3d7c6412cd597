"""Queries for articles and categories. Every one filters through cms.selectors.visible and
prefetches what templates and serializers read, so a list costs a constant number of queries.

Callers import from here (`from blog.selectors import ...` or `selectors.xyz`); the modules
behind it split the queries by what they serve: article lists and their filters, the category
tree, an article page's related reading, and what the API and the feeds hand out.
"""

from .articles import (
    ARTICLE_ORDER,
    approved_comment_count,
    article_listing,
    category_branch_q,
    filter_articles,
    known_tags,
    recent_articles,
    with_listing_data,
)
from .categories import (
    articles_in_categories,
    categories_by_slug,
    category_forest,
    category_nodes,
    category_tree,
    subcategories,
)
from .related import (
    CATEGORY_WEIGHT,
    SHORTLIST_FACTOR,
    TAG_WEIGHT,
    article_page_context,
    related_articles,
)
from .syndication import (
    CARD_IMAGES,
    DETAIL_IMAGES,
    FEED_LIMIT,
    api_article_listing,
    article_detail,
    feed_articles,
    feed_home,
    with_card_data,
    with_card_images,
)

__all__ = [
    "ARTICLE_ORDER",
    "CARD_IMAGES",
    "CATEGORY_WEIGHT",
    "DETAIL_IMAGES",
    "FEED_LIMIT",
    "SHORTLIST_FACTOR",
    "TAG_WEIGHT",
    "api_article_listing",
    "approved_comment_count",
    "article_detail",
    "article_listing",
    "article_page_context",
    "articles_in_categories",
    "categories_by_slug",
    "category_branch_q",
    "category_forest",
    "category_nodes",
    "category_tree",
    "feed_articles",
    "feed_home",
    "filter_articles",
    "known_tags",
    "recent_articles",
    "related_articles",
    "subcategories",
    "with_card_data",
    "with_card_images",
    "with_listing_data",
]
