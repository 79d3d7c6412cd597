from .base import BasePage, ReviewedPage
from .experts import Expert
from .home import HomePage
from .mixins import ClinicalReviewMixin, HeadlessPreviewMixin, ListingMixin, SEOMixin
from .site_settings import NavigationSettings, OrganisationSettings

__all__ = [
    "BasePage",
    "ClinicalReviewMixin",
    "Expert",
    "HeadlessPreviewMixin",
    "HomePage",
    "ListingMixin",
    "NavigationSettings",
    "OrganisationSettings",
    "ReviewedPage",
    "SEOMixin",
]
