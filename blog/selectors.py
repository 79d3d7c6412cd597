"""Queries for articles and categories. Every one filters through cms.selectors.visible and
prefetches what templates and serializers read, so a list costs a constant number of queries."""

from django.db import connection
from django.db.models import Prefetch, Q, QuerySet
from django.db.models.expressions import F
from django.db.models.functions import Lower

from wagtail.models import Page

from blog.models import ArticleAuthor, ArticlePage, ArticleTag, CategoryPage
from cms.selectors import hidden_q, images_along, prefetch_renditions, visible
from cms.sharing import share_links

ARTICLE_ORDER = ("-publication_date", "-first_published_at", "-pk")
CATEGORY_WEIGHT = 2
TAG_WEIGHT = 1

_CategoryLink = ArticlePage.categories.through


def with_listing_data(queryset: QuerySet, hidden=None) -> QuerySet:
    """Authors and visible categories, fetched once for the whole list."""
    hidden = hidden_q() if hidden is None else hidden
    return queryset.select_related("featured_image", "listing_image").prefetch_related(
        Prefetch(
            "article_authors",
            queryset=ArticleAuthor.objects.select_related("expert", "expert__photo"),
        ),
        Prefetch("categories", queryset=visible(CategoryPage.objects.order_by("path"), hidden)),
        "tags",
    )


def article_listing(hidden=None) -> QuerySet:
    hidden = hidden_q() if hidden is None else hidden
    return with_listing_data(visible(ArticlePage.objects.all(), hidden), hidden).order_by(
        *ARTICLE_ORDER
    )


def recent_articles(limit: int = 5, exclude: ArticlePage | None = None, hidden=None) -> list:
    queryset = visible(ArticlePage.objects.all(), hidden).order_by(*ARTICLE_ORDER)
    if exclude is not None and exclude.pk:
        queryset = queryset.exclude(pk=exclude.pk)
    return list(queryset[:limit])


def category_branch_q(categories, field: str = "categorypage") -> Q:
    """Matches category links to any of these categories or to their subcategories."""
    branch = Q(pk__in=[])
    for category in categories:
        branch |= Q(**{f"{field}__path__startswith": category.path})
    return branch


def articles_in_categories(categories, hidden=None) -> QuerySet:
    """Live articles filed under any of these categories or their subcategories."""
    return filter_articles(article_listing(hidden), categories=list(categories) or [None])


def category_tree(hidden=None) -> list[CategoryPage]:
    """Every visible category in tree order, each with `article_count` and `level` (0 = top)."""
    hidden = hidden_q() if hidden is None else hidden
    categories = list(visible(CategoryPage.objects.all(), hidden).order_by("path"))
    visible_articles = visible(ArticlePage.objects.all(), hidden).values("pk")
    links = list(
        _CategoryLink.objects.filter(articlepage_id__in=visible_articles).values_list(
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
    return visible(category.get_children().type(CategoryPage), hidden).specific().order_by("path")


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


SHORTLIST_FACTOR = 10  # hidden articles the shortlist can absorb before falling back


def _best_sharing(category_ids: list, tag_ids: list, excluded: set, size: int) -> list[int]:
    """Ids of the live articles sharing most with the given categories and tags, best first.

    One aggregate over the two link tables, so its cost follows the articles that share
    something, not the whole site: scoring every article with correlated subqueries took
    0.9 s a detail on PostgreSQL at 10,000 articles. Visibility is checked on the shortlist.
    """
    parts, params = [], []
    for table, article_col, key_col, keys, weight in (
        (
            _CategoryLink._meta.db_table,
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
                f"SELECT {article_col} AS article_id, {int(weight)} AS weight FROM {table} "
                f"WHERE {key_col} IN ({marks})"
            )
            params += keys
    if not parts or size <= 0:
        return []
    article_table = ArticlePage._meta.db_table
    page_table = Page._meta.db_table
    marks = ", ".join(["%s"] * len(excluded))
    sql = (
        "SELECT shared.article_id FROM ("
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
        "share_links": share_links(article.get_full_url(request) or "", article.title),
    }


def category_forest(hidden=None) -> list[CategoryPage]:
    """The visible category tree: top-level categories, each with `tree_children` (and every
    node with `tree_parent`, `article_count`, `level`). Two queries after the visibility check."""
    nodes = category_tree(hidden)
    by_path = {node.path: node for node in nodes}
    roots = []
    for node in nodes:
        node.tree_children = []
        node.tree_parent = by_path.get(node.path[: -CategoryPage.steplen])
    for node in nodes:
        if node.tree_parent is None:
            roots.append(node)
        else:
            node.tree_parent.tree_children.append(node)
    return roots


def categories_by_slug(slugs, hidden=None) -> dict[str, CategoryPage]:
    return {
        category.slug: category
        for category in visible(CategoryPage.objects.filter(slug__in=slugs), hidden)
    }


def filter_articles(
    queryset,
    *,
    categories=(),
    tags=(),
    authors=(),
    published_after=None,
    published_before=None,
    search="",
):
    if categories:
        branch = category_branch_q([category for category in categories if category])
        queryset = queryset.filter(
            pk__in=_CategoryLink.objects.filter(branch).values("articlepage_id")
        )
    for tag in tags:
        queryset = queryset.filter(
            pk__in=ArticleTag.objects.filter(tag__name__iexact=tag).values("content_object_id")
        )
    if authors:
        queryset = queryset.filter(
            pk__in=ArticleAuthor.objects.filter(expert__in=authors).values("page_id")
        )
    if published_after:
        queryset = queryset.filter(publication_date__gte=published_after)
    if published_before:
        queryset = queryset.filter(publication_date__lte=published_before)
    for term in search.split()[:10]:
        queryset = queryset.filter(Q(title__icontains=term) | Q(intro__icontains=term))
    return queryset


def api_article_listing(hidden) -> QuerySet:
    """Listing data for the API; `with_card_images` then adds every image's renditions."""
    return article_listing(hidden).select_related("social_image", "reviewed_by__photo")


CARD_IMAGES = ("featured_image", "article_authors__expert__photo")
DETAIL_IMAGES = (*CARD_IMAGES, "social_image", "listing_image", "reviewed_by__photo")


def with_card_images(articles, *more_images) -> list[ArticlePage]:
    """The articles (a list), with the renditions of their cards' images and of `more_images`
    fetched in one query."""
    articles = list(articles)
    prefetch_renditions([*images_along(articles, *CARD_IMAGES), *more_images])
    return articles


def article_detail(slug: str, hidden) -> ArticlePage | None:
    return api_article_listing(hidden).filter(slug=slug).first()


def known_tags(names) -> set[str]:
    """Which of these tag names (compared case-insensitively) are in use."""

    if not names:
        return set()
    match = Q()
    for name in names:
        match |= Q(tag__name__iexact=name)
    return set(
        ArticleTag.objects.filter(match)
        .annotate(lowered=Lower("tag__name"))
        .values_list("lowered", flat=True)
    )


def with_card_data(articles: list[ArticlePage], hidden=None) -> list[ArticlePage]:
    """The same articles, in the same order, with what a card shows prefetched in one batch
    (images apart: see `with_card_images`)."""
    if not articles:
        return []
    loaded = api_article_listing(hidden).in_bulk([article.pk for article in articles])
    return [loaded[article.pk] for article in articles if article.pk in loaded]


FEED_LIMIT = 50


def feed_articles(*, categories=(), authors=(), limit: int = FEED_LIMIT, hidden=None) -> list:
    """The newest articles by the moment they went live, for RSS and Atom.

    Feed readers care about what appeared on the web, not the editorial date: ordering by
    `first_published_at` lets a back-dated article still reach subscribers. Authors and visible
    categories come prefetched, so a feed costs the same at 3 items as at 50.
    """
    hidden = hidden_q() if hidden is None else hidden
    queryset = filter_articles(
        article_listing(hidden), categories=list(categories), authors=list(authors)
    )
    newest = F("first_published_at").desc(nulls_last=True)
    return list(queryset.order_by(newest, *ARTICLE_ORDER)[:limit])


def feed_home(hidden=None):
    """The blog index a whole-site or per-expert feed points readers to (None when hidden)."""
    from blog.models import BlogIndexPage

    return visible(BlogIndexPage.objects.order_by("path"), hidden).first()
