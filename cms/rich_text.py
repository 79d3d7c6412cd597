"""Rich text page links, as rendered on reader pages, pass the visibility check too: a link
to a draft, expired or private page is shown as plain text instead of revealing its URL."""

from django.utils.html import escape

from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from cms.selectors import visible


class VisiblePageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        numeric = [int(pk) for pk in ids if pk.isdigit()]
        # visible() is typed as answering a QuerySet, but it keeps the PageQuerySet it is given.
        pages = visible(Page.objects.filter(id__in=numeric))
        pages = pages.defer_streamfields().specific()  # type: ignore[attr-defined]
        by_id = {str(page.id): page for page in pages}
        return [by_id.get(pk) for pk in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        return [
            f'<a href="{escape(page.localized.url)}">' if page else "<a>"
            for page in cls.get_many(attrs_list)
        ]
