from .base import BasePage, ReviewedPage
from .experts import Expert
from .home import HomePage
from .mixins import ClinicalReviewMixin, ListingMixin, SEOMixin
from .preview import HeadlessPreviewMixin, PagePreview
from .site_settings import NavigationSettings, OrganisationSettings
from .webhooks import WebhookDelivery, WebhookEndpoint, WebhookEvent

__all__ = [
    "BasePage",
    "ClinicalReviewMixin",
    "Expert",
    "HeadlessPreviewMixin",
    "HomePage",
    "ListingMixin",
    "NavigationSettings",
    "OrganisationSettings",
    "PagePreview",
    "ReviewedPage",
    "SEOMixin",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEvent",
]
