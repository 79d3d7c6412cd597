"""Comment queries. A thread is fetched in one query and assembled in memory, so a page of
comments costs the same number of queries however many replies it holds."""

from django.db.models import QuerySet

from blog.models import ArticlePage, Comment
from cms.selectors import hidden_q, visible


def approved_for_article(article_id: int) -> QuerySet:
    return (
        Comment.objects.approved()
        .filter(article_id=article_id)
        .select_related("expert", "user")
        .order_by("created", "pk")
    )


def build_thread(queryset) -> list[Comment]:
    """Top-level comments, oldest first, each with `thread_replies` (recursively).

    A reply whose parent is not approved is not shown: it would read out of context.
    """
    comments = list(queryset.order_by("created", "pk"))
    by_id = {comment.pk: comment for comment in comments}
    roots = []
    for comment in comments:
        comment.thread_replies = []
    for comment in comments:
        if comment.parent_id is None:
            roots.append(comment)
        elif comment.parent_id in by_id:
            by_id[comment.parent_id].thread_replies.append(comment)
    return roots


def commentable_article(article_id, hidden=None) -> ArticlePage | None:
    """The live, public article a reader may comment on, or None."""
    hidden = hidden_q() if hidden is None else hidden
    return visible(ArticlePage.objects.filter(pk=article_id), hidden).first()


def pending_count() -> int:
    return Comment.objects.pending().count()
