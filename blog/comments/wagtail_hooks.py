"""The Comments area of the Wagtail admin: a moderation queue (urgent comments first, then the
newest) with bulk actions, the blocklist, dashboard panels of urgent and waiting comments, and
every decision written to Wagtail's history. Who may moderate: blog.moderator_permissions."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.log_actions import log
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from blog.models import ArticlePage, BlocklistEntry, Comment
from blog.moderator_permissions import can_moderate_comments
from cms.csv_safety import SpreadsheetSafeExportMixin

STATUS_LOG_ACTIONS = {
    Comment.Status.APPROVED: ("Approve comment", "Comment approved"),
    Comment.Status.REJECTED: ("Reject comment", "Comment rejected"),
    Comment.Status.SPAM: ("Mark comment as spam", "Comment marked as spam"),
    Comment.Status.PENDING: ("Return comment to moderation", "Comment returned to moderation"),
}


class CommentIndexView(SpreadsheetSafeExportMixin, IndexView):
    """The queue's CSV export holds what readers typed: a name or body written as a formula
    (`=HYPERLINK(...)`) is exported as text, never run by the moderator's spreadsheet."""


class CommentViewSet(SnippetViewSet):
    model = Comment
    index_view_class = CommentIndexView
    icon = "comment"
    menu_label = "Comments"
    list_display = [
        "name",
        "__str__",
        "article",
        "status",
        "urgent",
        "spam_score",
        "reasons_display",
        "created",
    ]
    list_export = ["name", "email", "affiliation", "country", "body", "status", "created"]
    list_filter = ["status", "urgent", "article", "created"]
    search_fields = ["name", "email", "body"]
    search_backend_name = None
    ordering = ["-urgent", "-created"]
    list_per_page = 50


class BlocklistViewSet(SnippetViewSet):
    model = BlocklistEntry
    icon = "warning"
    menu_label = "Blocklist"
    list_display = ["value", "kind", "note"]
    list_filter = ["kind"]
    search_fields = ["value", "note"]
    search_backend_name = None


class CommentsGroup(ViewSetGroup):
    items = (CommentViewSet, BlocklistViewSet)
    menu_icon = "comment"
    menu_label = "Comments"
    menu_order = 250


register_snippet(CommentsGroup)


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    for status, (label, message) in STATUS_LOG_ACTIONS.items():
        actions.register_action(f"blog.comment.{status}", label, message)
    actions.register_action(
        "blog.comment.article_deleted", "Article deleted", "The commented article was deleted"
    )


class CommentStatusAction(SnippetBulkAction):
    """Set the status of the selected comments, logging each one in Wagtail's history."""

    models = [Comment]
    template_name = "blog/includes/comment_bulk_confirm.html"
    new_status = Comment.Status.APPROVED

    def check_perm(self, comment):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", comment
        )

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        for comment in objects:
            comment.moderate(cls.new_status, user)
        return len(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return f"{num_parent_objects} comment(s): {self.display_name.lower()} done."


@hooks.register("register_bulk_action")
class ApproveCommentsAction(CommentStatusAction):
    display_name = "Approve"
    action_type = "approve_comments"
    aria_label = "Approve the selected comments"
    action_priority = 10


@hooks.register("register_bulk_action")
class RejectCommentsAction(CommentStatusAction):
    display_name = "Reject"
    action_type = "reject_comments"
    aria_label = "Reject the selected comments"
    action_priority = 20
    new_status = Comment.Status.REJECTED


@hooks.register("register_bulk_action")
class SpamCommentsAction(CommentStatusAction):
    display_name = "Mark as spam"
    action_type = "spam_comments"
    aria_label = "Mark the selected comments as spam"
    action_priority = 25
    new_status = Comment.Status.SPAM


@hooks.register("register_bulk_action")
class ReleaseCommentsAction(CommentStatusAction):
    """Spam wrongly caught: publish it (only comments now marked spam are released)."""

    display_name = "Release from spam"
    action_type = "release_comments"
    aria_label = "Release the selected spam comments and publish them"
    action_priority = 26

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        spam = [comment for comment in objects if comment.status == Comment.Status.SPAM]
        return super().execute_action(spam, user=user, **kwargs)


def comment_url(action: str, *args) -> str:
    # register_snippet gives the model its viewset at start-up, out of mypy's sight.
    viewset = CommentViewSet.model.snippet_viewset  # type: ignore[attr-defined]
    return reverse(viewset.get_url_name(action), args=args)


class UrgentCommentsPanel(Component):
    """Comments that speak of self-harm, waiting for a moderator: at the top of the dashboard,
    each a link to open it. Hidden when there are none. Two queries."""

    order = 10  # before every panel of Wagtail's own
    template_name = "blog/admin/urgent_comments_panel.html"
    listed = 10

    def get_context_data(self, parent_context=None) -> dict:
        urgent = Comment.objects.pending().filter(urgent=True)
        count = urgent.count()
        comments = list(urgent.select_related("article").order_by("created", "pk")[: self.listed])
        return {
            "count": count,
            "comments": [(comment, comment_url("edit", comment.pk)) for comment in comments],
            "more": count - len(comments),
            "queue_url": comment_url("list") + "?status=pending&urgent=true",
        }


class PendingCommentsPanel(Component):
    """How many comments wait, urgent ones included; one query."""

    order = 150

    def render_html(self, parent_context=None) -> str:
        counts = Comment.objects.pending().aggregate(
            count=Count("pk"), urgent=Count("pk", filter=Q(urgent=True))
        )
        return format_html(
            '<section class="panel summary nice-padding" aria-label="Comments">'
            '<h2><a href="{}?status=pending">{} comment(s) await moderation</a></h2>{}</section>',
            comment_url("list"),
            counts["count"],
            format_html("<p><strong>{} urgent (self-harm)</strong></p>", counts["urgent"])
            if counts["urgent"]
            else "",
        )


@hooks.register("construct_homepage_panels")
def add_comment_panels(request, panels):
    """Only for those who can act on comments: a moderator, or a superuser."""
    if can_moderate_comments(request.user):
        panels.append(UrgentCommentsPanel())
        panels.append(PendingCommentsPanel())


@hooks.register("before_delete_page")
def record_comments_of_deleted_article(request, page):
    """Comments outlive their article (article set to NULL); the history says why."""
    if not isinstance(page.specific, ArticlePage):
        return
    for comment in Comment.objects.filter(article_id=page.pk):
        log(
            comment,
            "blog.comment.article_deleted",
            user=request.user,
            data={"article_id": page.pk, "article_title": page.title},
        )
