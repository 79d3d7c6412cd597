"""One-concern abstract mixins, each carrying its fields and the panels that edit them.

They are composed into the abstract base pages in `cms.models.base`, so every page type gets
the same SEO, listing and clinical-review behaviour without repeating a field.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from cms import clinical_review
from cms.registry import preview_redirects


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

    # Wagtail's Page, which every page using the mixin also is, provides these.
    title: str
    seo_title: str
    search_description: str

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

    title: str  # Wagtail's Page provides it

    def get_listing_title(self) -> str:
        return self.listing_title or self.title


class ClinicalReviewMixin(models.Model):
    """Health information goes stale: who last checked it clinically, when it is due again, and
    whether the text readers see is still the text that was checked (cms.clinical_review)."""

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
    # What the workflow's approval vouches for, and what the page holds now (kept on each save
    # so the overdue report can find changed pages in SQL; the status recomputes it in memory).
    reviewed_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    content_fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    # The fields a clinician reviews; each page type names its own.
    reviewed_content_fields: tuple[str, ...] = ("title",)

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("reviewed_by"), FieldPanel("last_reviewed"), FieldPanel("next_review_due")],
            heading="Clinical review",
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # A save of bookkeeping fields only (a draft revision's) leaves the live content alone.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or set(self.reviewed_content_fields) & set(update_fields):
            clinical_review.normalise_streams(self)
            self.content_fingerprint = clinical_review.content_fingerprint(self)
            if update_fields is not None and "content_fingerprint" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "content_fingerprint"]
        super().save(*args, **kwargs)

    @property
    def review_overdue(self) -> bool:
        return bool(self.next_review_due and self.next_review_due < timezone.localdate())

    @property
    def review_status(self) -> str:
        """current, changed_since_review, overdue or not_reviewed; computed without a query."""
        return clinical_review.review_status(self)

    @property
    def review_is_current(self) -> bool:
        return self.review_status == clinical_review.ReviewStatus.CURRENT

    def record_approved_content(self) -> None:
        """Vouch for the content as it now is: what an approval in the Clinical review does
        (and the demo, whose stamps stand for reviews done before the site existed)."""
        clinical_review.normalise_streams(self)
        self.reviewed_fingerprint = clinical_review.content_fingerprint(self)

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


class HeadlessPreviewMixin:
    """Every page previews where a side app sends it (cms.preview: the frontend, when
    `FRONTEND_URL` is set), and in this server's reader templates otherwise."""

    def serve_preview(self, request, mode_name):
        for redirect in preview_redirects():
            response = redirect(self, request)
            if response is not None:
                return response
        # Wagtail's Page.serve_preview, which follows this mixin in every page's bases.
        return super().serve_preview(request, mode_name)  # type: ignore[misc]
