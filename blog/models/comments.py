"""Reader comments on articles, and the blocklist editors keep against spam.

A comment is never dropped: spam is kept with status `spam` so a moderator can release it, and
an article's deletion leaves its comments in place (article set to NULL) for the record.
"""

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils import timezone
from django.utils.html import urlize
from django.utils.safestring import mark_safe

from wagtail.admin.panels import FieldPanel

BODY_MAX_LENGTH = 5000


class CommentQuerySet(models.QuerySet["Comment"]):
    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        return self.filter(status=Comment.Status.PENDING)


_CommentManagerBase = models.Manager.from_queryset(CommentQuerySet)


class CommentManager(_CommentManagerBase):
    """Also the manager behind `article.comments` (the thread and the form's token come from
    the comments room's template tags: blog.comments.templatetags.comment_tags)."""


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        SPAM = "spam", "Spam"
        REJECTED = "rejected", "Rejected"

    article = models.ForeignKey(
        "blog.ArticlePage", null=True, on_delete=models.SET_NULL, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    name = models.CharField(max_length=100)
    email = models.EmailField(help_text="For moderators only: never published or served.")
    affiliation = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=100, blank=True)
    body = models.TextField(max_length=BODY_MAX_LENGTH)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    spam_score = models.FloatField(default=0)
    spam_reasons = models.JSONField(default=list, blank=True)
    urgent = models.BooleanField(
        default=False, help_text="Speaks of self-harm or suicide: read and answer first."
    )
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True)
    user_agent = models.CharField(max_length=500, blank=True)
    created = models.DateTimeField(default=timezone.now, db_index=True)
    expert = models.ForeignKey(
        "cms.Expert",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Set when the reply is written by one of the publisher's experts.",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The editor who wrote this reply, if an editor did.",
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    moderated_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The client's Idempotency-Key: a POST retried after a lost answer finds its comment
    # instead of posting it twice (blog.comments.idempotency).
    idempotency_key = models.CharField(max_length=100, blank=True, editable=False)
    # The SHA-256 of the form token the comment was posted with: a token posts one comment
    # (blog.comments.tokens). Empty for comments from imports, the admin, or a crisis comment
    # accepted in spite of its token.
    form_token_digest = models.CharField(
        max_length=64, null=True, blank=True, unique=True, editable=False
    )

    objects = CommentManager()

    panels = [
        FieldPanel("status"),
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("affiliation"),
        FieldPanel("country"),
        FieldPanel("body"),
        FieldPanel("expert"),
        FieldPanel("urgent"),
    ]

    class Meta:
        ordering = ["created", "pk"]
        indexes = [models.Index(fields=["article", "status", "created"])]
        constraints = [
            models.UniqueConstraint(
                fields=["idempotency_key"],
                condition=~models.Q(idempotency_key=""),
                name="comment_idempotency_key_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name}: {self.body[:60]}"

    @property
    def badge(self) -> str | None:
        """Replies by the publisher's people are marked so readers can tell them apart."""
        if self.expert_id:
            return "expert"
        if self.user_id:
            return "editor"
        return None

    @property
    def body_html(self) -> str:
        """The body escaped, links live but marked as user content nobody vouches for."""
        html = urlize(self.body, nofollow=True, autoescape=True)
        html = html.replace('rel="nofollow"', 'rel="nofollow ugc"')
        return mark_safe(html.replace("\r\n", "\n").replace("\n", "<br>"))  # noqa: S308 -- urlize escaped it

    @admin.display(description="Spam reasons")
    def reasons_display(self) -> str:
        return "; ".join(str(reason) for reason in self.spam_reasons or []) or "-"

    def moderate(self, status: str, user=None) -> None:
        from wagtail.log_actions import log

        self.status = status
        self.moderated_by = user if getattr(user, "pk", None) else None
        self.moderated_at = timezone.now()
        self.save(update_fields=["status", "moderated_by", "moderated_at"])
        log(self, f"blog.comment.{status}", user=self.moderated_by)


class BlocklistEntry(models.Model):
    """A word, phrase or domain that marks a comment as likely spam."""

    class Kind(models.TextChoices):
        WORD = "word", "Word or phrase"
        DOMAIN = "domain", "Domain"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.WORD)
    value = models.CharField(max_length=200)
    note = models.CharField(max_length=255, blank=True)

    panels = [FieldPanel("kind"), FieldPanel("value"), FieldPanel("note")]

    class Meta:
        verbose_name = "comment blocklist entry"
        verbose_name_plural = "comment blocklist"
        constraints = [
            models.UniqueConstraint(fields=["kind", "value"], name="unique_blocklist_entry")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"
