"""What a WordPress import brought in, so a second run updates in place instead of duplicating.

Each row ties one WordPress object (an author, term, post, attachment or comment, keyed by its
WordPress ID within the site it was exported from) to the object it became here, with a checksum
of its exported XML: an unchanged item is left alone, so edits made here since survive re-runs.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class WordPressImportManager(models.Manager["WordPressImport"]):
    def find(self, source: str, kind: str, wp_id: str) -> "WordPressImport | None":
        return self.filter(source=source, kind=kind, wp_id=wp_id).first()

    def remember(self, source: str, kind: str, wp_id: str, obj, checksum: str) -> None:
        self.update_or_create(
            source=source,
            kind=kind,
            wp_id=wp_id,
            defaults={
                "content_type": ContentType.objects.get_for_model(obj, for_concrete_model=False),
                "object_id": obj.pk,
                "checksum": checksum,
            },
        )


class WordPressImport(models.Model):
    class Kind(models.TextChoices):
        AUTHOR = "author", "Author"
        CATEGORY = "category", "Category"
        TAG = "tag", "Tag"
        ATTACHMENT = "attachment", "Attachment"
        POST = "post", "Post"
        COMMENT = "comment", "Comment"

    source = models.CharField(
        max_length=255, blank=True, help_text="The exporting site's address (wp:base_site_url)."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    wp_id = models.CharField("WordPress ID", max_length=255)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    checksum = models.CharField(max_length=64, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    objects = WordPressImportManager()

    class Meta:
        verbose_name = "WordPress import record"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "kind", "wp_id"], name="unique_wordpress_import"
            )
        ]

    def __str__(self) -> str:
        return f"WordPress {self.kind} {self.wp_id}"


def imported_object(record: WordPressImport | None, model):
    """The object a record points at, or None when none was recorded or it was deleted since
    (the next import then creates it again)."""
    if record is None:
        return None
    return model.objects.filter(pk=record.object_id).first()
