"""One-concern abstract mixins, each carrying its fields and the panels that edit them.

They are composed into the abstract base pages in `cms.models.base`, so every page type gets
the same SEO, listing and clinical-review behaviour without repeating a field.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class SEOMixin(models.Model):
    """Search-engine and social-sharing metadata, on top of Wagtail's seo_title and
    search_description."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when the page is shared (1200x630 works everywhere).",
    )

    seo_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            heading="For search engines and social media",
        )
    ]

    class Meta:
        abstract = True

    def get_meta_title(self) -> str:
        return self.seo_title or self.title

    def get_meta_description(self) -> str:
        return self.search_description or getattr(self, "listing_summary", "") or ""

    def get_meta_image(self):
        return self.social_image or getattr(self, "listing_image", None)


class ListingMixin(models.Model):
    """How a page presents itself in lists, cards and newsletters, when that differs from the
    page itself."""

    listing_title = models.CharField(max_length=255, blank=True)
    listing_summary = models.TextField(blank=True, max_length=500)
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    listing_panels = [
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading="In listings",
            help_text="Optional: leave blank to use the page's title, intro and image.",
        )
    ]

    class Meta:
        abstract = True

    def get_listing_title(self) -> str:
        return self.listing_title or self.title


class ClinicalReviewMixin(models.Model):
    """Health information goes stale: who last checked it clinically, and when it is due again."""

    reviewed_by = models.ForeignKey(
        "cms.Expert",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The clinician who last checked this content.",
    )
    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True, db_index=True)

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("reviewed_by"), FieldPanel("last_reviewed"), FieldPanel("next_review_due")],
            heading="Clinical review",
        )
    ]

    class Meta:
        abstract = True

    @property
    def review_overdue(self) -> bool:
        return bool(self.next_review_due and self.next_review_due < timezone.localdate())

    def clean(self):
        super().clean()
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError({"next_review_due": "The next review must come after the last."})
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            raise ValidationError({"last_reviewed": "A review cannot be dated in the future."})
