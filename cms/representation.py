"""The one place the API turns shared things into JSON: pages as links, images, documents
and rich text (experts: cms.api_fields.ExpertSerializer).

Every URL is absolute, every page URL is the frontend's (`FRONTEND_URL`, or this host when
unset), and every page reference passes the visibility check: a link to a hidden page is
served as `null` (or, inside rich text, as unlinked text), never with its title or path.
"""

import re

from django.conf import settings
from django.utils.html import escape

from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

from cms import images
from cms.request_memo import memo
from cms.selectors import hidden_q, visible


def request_hidden(request):
    """The visibility filter, computed once per request (it costs one query)."""
    if request is None:
        return hidden_q()
    remembered = memo(request)
    if remembered.hidden is None:
        remembered.hidden = hidden_q()
    return remembered.hidden


def cms_url(path: str, request) -> str:
    if path.startswith(("http://", "https://")):
        return path
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def frontend_url(path: str, request) -> str:
    base = settings.FRONTEND_URL.rstrip("/")
    return base + path if base else cms_url(path, request)


def page_path(page: Page, request) -> str | None:
    """The page's path on its site, as a frontend routes it ("/blog/some-article/")."""
    parts = page.get_url_parts(request)
    return parts[2] if parts else None


def page_type(page: Page) -> str:
    return page.specific_class._meta.label if page.specific_class else page._meta.label


def page_link(page: Page | None, request) -> dict | None:
    if page is None:
        return None
    path = page_path(page, request)
    if path is None:
        return None
    return {
        "id": page.pk,
        "type": page_type(page),
        "title": page.title,
        "path": path,
        "url": frontend_url(path, request),
    }


def image_data(image, request) -> dict | None:
    """An image with its signed renditions (cms.images): a srcset-ready set, a default `src`
    and two crops. Building it reads no file and makes no query; each rendition is made when
    first requested, and an image whose file is lost answers 404 there, not here."""
    if image is None or not image.width or not image.height:
        return None
    return {
        "id": image.pk,
        "title": image.title,
        "alt": getattr(image, "description", "") or image.title,
        "width": image.width,
        "height": image.height,
        **images.image_set(image, lambda path: cms_url(path, request)),
    }


def document_data(document, request) -> dict | None:
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "url": cms_url(document.url, request),
        "file_extension": document.file_extension,
    }


def _page_links(attrs_list: list[dict], request) -> list[str]:
    ids = [attrs.get("id") for attrs in attrs_list]
    numeric = [int(pk) for pk in ids if pk and str(pk).isdigit()]
    pages = prime_page_links(numeric, request)
    tags = []
    for pk in ids:
        page = pages.get(int(pk)) if pk and str(pk).isdigit() else None
        path = page_path(page, request) if page else None
        tags.append(f'<a href="{escape(frontend_url(path, request))}">' if path else "<a>")
    return tags


_PAGE_LINK_TAG = re.compile(r"<a\b[^>]*>")
_ID_ATTRIBUTE = re.compile(r'\bid="(\d+)"')


def page_link_ids(raw) -> set[int]:
    """Ids of the pages rich text links to, anywhere in raw stream data or HTML."""
    if isinstance(raw, str):
        return {
            int(match)
            for tag in _PAGE_LINK_TAG.findall(raw)
            if 'linktype="page"' in tag
            for match in _ID_ATTRIBUTE.findall(tag)
        }
    if isinstance(raw, dict):
        raw = raw.values()
    if isinstance(raw, list | tuple) or hasattr(raw, "__iter__"):
        return {pk for item in raw for pk in page_link_ids(item)}
    return set()


def prime_page_links(ids, request) -> dict:
    """The visible pages among `ids` (hidden ones as None), remembered per request: priming it
    with every link of a list of pages makes their rich text cost one query in all."""
    known = memo(request).link_pages
    missing = {pk for pk in ids if pk not in known}
    if missing:
        found = visible(Page.objects.filter(pk__in=missing), request_hidden(request)).in_bulk()
        known.update({pk: found.get(pk) for pk in missing})
    return known


def _document_links(attrs_list: list[dict], request) -> list[str]:
    from wagtail.documents import get_document_model

    ids = [attrs.get("id") for attrs in attrs_list]
    numeric = [int(pk) for pk in ids if pk and str(pk).isdigit()]
    documents = get_document_model().objects.in_bulk(numeric)
    tags = []
    for pk in ids:
        document = documents.get(int(pk)) if pk and str(pk).isdigit() else None
        tags.append(f'<a href="{escape(cms_url(document.url, request))}">' if document else "<a>")
    return tags


def _image_embeds(attrs_list: list[dict], request) -> list[str]:
    ids = [attrs.get("id") for attrs in attrs_list]
    numeric = [int(pk) for pk in ids if pk and str(pk).isdigit()]
    found = get_image_model().objects.in_bulk(numeric)
    tags = []
    for attrs, pk in zip(attrs_list, ids, strict=True):
        shown = image_data(found.get(int(pk)) if pk and str(pk).isdigit() else None, request)
        if shown is None:
            tags.append("")
            continue
        fallback = shown["src"]["format"]
        src = [item for item in shown["renditions"] if item["format"] == fallback][-1]  # widest
        tags.append(
            f'<img src="{escape(src["url"])}" srcset="{escape(shown["srcset"]["fallback"])}" '
            f'width="{src["width"]}" height="{src["height"]}" '
            f'alt="{escape(attrs.get("alt", ""))}" '
            f'class="richtext-image {escape(attrs.get("format", ""))}">'
        )
    return tags


def rich_text_html(source: str, request) -> str:
    """Database rich text as frontend HTML: page links to frontend URLs (hidden pages unlinked),
    documents and images as absolute media URLs. No `linktype` markup survives."""
    if not source:
        return ""
    rewriter = MultiRuleRewriter(
        [
            LinkRewriter(
                bulk_rules={
                    "page": lambda attrs: _page_links(attrs, request),
                    "document": lambda attrs: _document_links(attrs, request),
                }
            ),
            EmbedRewriter(
                bulk_rules={
                    "image": lambda attrs: _image_embeds(attrs, request),
                    "media": lambda attrs: [""] * len(attrs),
                }
            ),
        ]
    )
    return rewriter(source)


def remember_links(links: dict, request) -> None:
    """Take what a selector found visible (`LoadedPage.links`, `cms.loading.load_shown`) as
    this request's answers, so link fields and blocks ask no query of their own."""
    remembered = memo(request)
    remembered.link_pages.update(links)
    remembered.visible_pages.update({pk: page is not None for pk, page in links.items()})


def check_pages_visible(pages, request) -> None:
    """Look up, in one query, which of these pages the public may see; remembered per request
    so that blocks can then ask `page_is_visible` without a query each."""
    cache = _visibility_cache(request)
    unknown = {page.pk for page in pages if page is not None and page.pk not in cache}
    if not unknown:
        return
    known = prime_page_links(unknown, request)
    cache.update({pk: known.get(pk) is not None for pk in unknown})


def page_is_visible(page, request) -> bool:
    if page is None:
        return False
    cache = _visibility_cache(request)
    if page.pk not in cache:
        check_pages_visible([page], request)
    return cache[page.pk]


def _visibility_cache(request) -> dict:
    return memo(request).visible_pages


def duration_seconds(duration) -> int:
    return int(duration.total_seconds()) if duration else 0


def iso_duration(duration) -> str:
    """ISO 8601, as schema.org and HTML `<time datetime>` want it: 24m30s is "PT24M30S"."""
    hours, rest = divmod(duration_seconds(duration), 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [(hours, "H"), (minutes, "M"), (seconds, "S")]
    return "PT" + ("".join(f"{n}{unit}" for n, unit in parts if n) or "0S")
