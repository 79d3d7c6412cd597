"""The abstract pages every page type of the site builds on."""

from django.utils.functional import classproperty

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.models import Page

from cms.api_fields import ExpertField, SEOField

from .mixins import ClinicalReviewMixin, ListingMixin, SEOMixin


class BasePage(SEOMixin, ListingMixin, Page):
    """Every page of the site: SEO and listing metadata on the Promote tab."""

    promote_panels = [
        *SEOMixin.seo_panels,
        *ListingMixin.listing_panels,
        MultiFieldPanel([FieldPanel("show_in_menus")], heading="For site menus"),
    ]

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
