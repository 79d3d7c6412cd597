"""The core's own page type, registered like any feature's (cms.registry)."""

from cms.models import HomePage
from cms.registry import PageType, register_page_type
from cms.seo.json_ld import home


def register_core_page_types() -> None:
    register_page_type(PageType(model=HomePage, json_ld=home))
