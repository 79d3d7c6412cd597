"""What an article page shows beside the article: related reading, the newest articles and the
category tree, gathered with one visibility check for the whole page.

Related articles are ranked in SQL over the link tables only, so that the cost follows the
articles that share something with this one rather than the size of the site.
"""

from django.db import connection

from wagtail.models import Page

from blog.models import ArticlePage, ArticleTag
from cms.selectors import hidden_q, visible
from cms.sharing import page_share_links

from .articles import ARTICLE_ORDER, CategoryLink, recent_articles
from .categories import category_tree

CATEGORY_WEIGHT = 2
TAG_WEIGHT = 1
SHORTLIST_FACTOR = 10  # hidden articles the shortlist can absorb before falling back


def related_articles(article: ArticlePage, limit: int = 3, hidden=None) -> list[ArticlePage]:
    """Manual picks in the editor's order, then the best-matching other articles.

    Ranked by shared categories (weight 2) and shared tags (weight 1), newer first on ties.
    Works on an unsaved preview too: the article's own relations are read in memory.
    """
    hidden = hidden_q() if hidden is None else hidden
    pick_ids = [link.article_id for link in article.related_links.all() if link.article_id]
    pick_ids = [pk for pk in dict.fromkeys(pick_ids) if pk != article.pk]
    category_ids = [category.pk for category in article.categories.all()]
    tag_ids = [tag.pk for tag in article.tags.all()]
    excluded = {*pick_ids, article.pk or 0}
    shortlist = _best_sharing(category_ids, tag_ids, excluded, limit * SHORTLIST_FACTOR)
    found = visible(ArticlePage.objects.filter(pk__in=[*pick_ids, *shortlist]), hidden).in_bulk()
    picks = [found[pk] for pk in pick_ids if pk in found][:limit]
    remaining = limit - len(picks)
    ranked = [found[pk] for pk in shortlist if pk in found][: max(remaining, 0)]
    if len(ranked) < remaining:
        # Too few articles share anything (or the shortlist was hidden): newest others follow.
        excluded |= {a.pk for a in ranked}
        newest = visible(ArticlePage.objects.exclude(pk__in=excluded), hidden)
        ranked += list(newest.order_by(*ARTICLE_ORDER)[: remaining - len(ranked)])
    return picks + ranked


def _best_sharing(category_ids: list, tag_ids: list, excluded: set, size: int) -> list[int]:
    """Ids of the live articles sharing most with the given categories and tags, best first.

    One aggregate over the two link tables, so its cost follows the articles that share
    something, not the whole site: scoring every article with correlated subqueries took
    0.9 s a detail on PostgreSQL at 10,000 articles. Visibility is checked on the shortlist.
    """
    parts, params = [], []
    for table, article_col, key_col, keys, weight in (
        (
            CategoryLink._meta.db_table,
            "articlepage_id",
            "categorypage_id",
            category_ids,
            CATEGORY_WEIGHT,
        ),
        (ArticleTag._meta.db_table, "content_object_id", "tag_id", tag_ids, TAG_WEIGHT),
    ):
        if keys:
            marks = ", ".join(["%s"] * len(keys))
            parts.append(
                f"SELECT {article_col} AS article_id, {int(weight)} AS weight FROM {table} "  # noqa: S608 -- model tables and int(); values are parameters
                f"WHERE {key_col} IN ({marks})"
            )
            params += keys
    if not parts or size <= 0:
        return []
    article_table = ArticlePage._meta.db_table
    page_table = Page._meta.db_table
    marks = ", ".join(["%s"] * len(excluded))
    sql = (
        "SELECT shared.article_id FROM ("  # noqa: S608 -- model tables and int(); values are parameters
        + " UNION ALL ".join(parts)
        + f") shared JOIN {article_table} a ON a.page_ptr_id = shared.article_id"
        f" JOIN {page_table} p ON p.id = shared.article_id"
        f" WHERE p.live = %s AND shared.article_id NOT IN ({marks})"
        " GROUP BY shared.article_id, a.publication_date, p.first_published_at"
        " ORDER BY SUM(shared.weight) DESC, a.publication_date DESC,"
        " p.first_published_at DESC, shared.article_id DESC LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, True, *excluded, size])
        return [row[0] for row in cursor.fetchall()]


def article_page_context(article: ArticlePage, request) -> dict:
    """Everything the reader page shows beside the article itself."""
    hidden = hidden_q()
    tree = category_tree(hidden)
    visible_category_ids = {category.pk for category in tree}
    return {
        "article_authors": [link.expert for link in article.article_authors.all()],
        "article_categories": [
            category for category in article.categories.all() if category.pk in visible_category_ids
        ],
        "related_articles": related_articles(article, limit=3, hidden=hidden),
        "recent_articles": recent_articles(limit=5, exclude=article, hidden=hidden),
        "category_tree": tree,
        "share_links": page_share_links(article, request),
    }
