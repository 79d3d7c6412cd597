"""Article lists: the visible articles in reading order with what a list shows prefetched, and
the filters readers and the API narrow them with.

Every list here goes through `article_listing`, so the visibility rule and the prefetches are
written once and a list costs the same few queries however long it is.
"""

from django.db.models import Prefetch, Q, QuerySet
from django.db.models.functions import Lower

from blog.models import ArticleAuthor, ArticlePage, ArticleTag, CategoryPage, Comment
from cms.selectors import hidden_q, visible

ARTICLE_ORDER = ("-publication_date", "-first_published_at", "-pk")

CategoryLink = ArticlePage.categories.through  # the article-to-category link table


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
            pk__in=CategoryLink.objects.filter(branch).values("articlepage_id")
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


def known_tags(names, hidden=None) -> set[str]:
    """Which of these tag names (compared case-insensitively) readers can see in use: on a
    visible article. A tag only hidden pages carry is unknown, exactly as one nobody uses, so
    that the answer (400 against 200 with no results) cannot tell that hidden content exists.
    One query, the visibility rule a subquery of it."""

    if not names:
        return set()
    match = Q()
    for name in names:
        match |= Q(tag__name__iexact=name)
    shown = visible(ArticlePage.objects.all(), hidden).values("pk")
    return set(
        ArticleTag.objects.filter(match, content_object__in=shown)
        .annotate(lowered=Lower("tag__name"))
        .values_list("lowered", flat=True)
    )


def shown_comment_ids(article_id: int | None) -> set[int]:
    """The article's comments readers see: approved, and under approved comments all the way up.
    A reply under a held (pending, spam, rejected) comment is not listed, since it would read
    out of context, so it is not counted and cannot be replied to either. One query: the
    thread is walked in memory, however deep."""
    parents = dict(
        Comment.objects.approved().filter(article_id=article_id).values_list("pk", "parent_id")
    )
    shown: dict[int, bool] = {}
    for pk in parents:
        chain = []
        node: int | None = pk
        while node is not None and node not in shown:
            if node not in parents or node in chain:  # held, on another article, or a loop
                break
            chain.append(node)
            node = parents[node]
        verdict = node is None or shown.get(node, False)
        for link in chain:
            shown[link] = verdict
    return {pk for pk, is_shown in shown.items() if is_shown}


def approved_comment_count(article_id: int) -> int:
    """How many of the article's comments readers see (the article's `comment_count`): exactly
    those the thread lists (blog.comments.selectors.build_thread), replies included."""
    return len(shown_comment_ids(article_id))
