"""The abstract pages every page type of the site builds on."""

from django.http import Http404
from django.utils import timezone
from django.utils.functional import classproperty

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.models import Page

from cms.api_fields import ExpertField, SEOField
from cms.selectors import off_air_q

from .mixins import ClinicalReviewMixin, HeadlessPreviewMixin, ListingMixin, SEOMixin


# Wagtail's PageManager is untyped: the stubs cannot resolve `objects` on a page class.
class BasePage(HeadlessPreviewMixin, SEOMixin, ListingMixin, Page):  # type: ignore[django-manager-missing]
    """Every page of the site: SEO and listing metadata on the Promote tab, previewed in the
    frontend when there is one."""

    promote_panels = [
        *SEOMixin.seo_panels,
        *ListingMixin.listing_panels,
        MultiFieldPanel([FieldPanel("show_in_menus")], heading="For site menus"),
    ]

    def serve(self, request, *args, **kwargs):
        """Refuse a page that has expired or sits under a hidden section.

        Wagtail's routing checks only the page's own `live` flag; previews are exempt so editors
        still see their drafts.
        """
        if not getattr(request, "is_preview", False) and self.in_hidden_branch():
            raise Http404
        return super().serve(request, *args, **kwargs)

    def in_hidden_branch(self) -> bool:
        now = timezone.now()
        return Page.objects.ancestor_of(self, inclusive=True).filter(off_air_q(now)).exists()

    api_fields = [
        APIField("listing_title"),
        APIField("listing_summary"),
        APIField("seo", serializer=SEOField()),
    ]
    # Lookups the pages endpoint prefetches for a list of this type (no N+1 on ?fields=*).
    api_prefetch: tuple[str, ...] = ()

    def api_linked_pages(self) -> list:
        """Pages this page links to in the API, checked for visibility in one batch."""
        return []

    class Meta:
        abstract = True


class ReviewedPage(ClinicalReviewMixin, BasePage):
    """A page carrying health information, with its own "Clinical review" tab."""

    api_fields = [
        *BasePage.api_fields,
        APIField("reviewed_by", serializer=ExpertField(allow_null=True)),
        APIField("last_reviewed"),
        APIField("next_review_due"),
        # Whether the stamp above still holds (cms.clinical_review): current,
        # changed_since_review, overdue or not_reviewed.
        APIField("review_status"),
    ]

    @classproperty
    def edit_handler(cls):
        return TabbedInterface(
            [
                ObjectList(cls.content_panels, heading="Content"),
                ObjectList(cls.review_panels, heading="Clinical review"),
                ObjectList(cls.promote_panels, heading="Promote"),
                ObjectList(cls.settings_panels, heading="Settings"),
            ],
            base_form_class=cls.base_form_class,
        )

    class Meta:
        abstract = True
