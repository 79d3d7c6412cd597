"""The abstract pages every page type of the site builds on."""

from django.utils.functional import classproperty

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page

from .mixins import ClinicalReviewMixin, ListingMixin, SEOMixin


class BasePage(SEOMixin, ListingMixin, Page):
    """Every page of the site: SEO and listing metadata on the Promote tab."""

    promote_panels = [
        *SEOMixin.seo_panels,
        *ListingMixin.listing_panels,
        MultiFieldPanel([FieldPanel("show_in_menus")], heading="For site menus"),
    ]

    class Meta:
        abstract = True


class ReviewedPage(ClinicalReviewMixin, BasePage):
    """A page carrying health information, with its own "Clinical review" tab."""

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
