"""Any page as `route/` and `preview/` serve it: its full fields, breadcrumbs and SEO.

Each page type registers its loader and its detail serializer (cms.registry), the same ones its
own detail endpoint uses, so a page looks the same whether a frontend asks by slug or by path.
"""

from wagtail.models import Page

from cms.loading import load_draft_relations
from cms.registry import LoadedPage, page_type_for, page_type_of
from cms.representation import page_link, remember_links, request_hidden
from cms.selectors import visible
from cms.seo import seo_data


def load_page(page: Page, hidden) -> LoadedPage:
    """The visible page, loaded by its type's selector with everything its representation
    reads (the page itself when its type registers no loader)."""
    page_type = page_type_for(page.specific_class) if page.specific_class else None
    loaded = page_type.load(page, hidden) if page_type and page_type.load else None
    return loaded or LoadedPage(page.specific)


def load_draft(page: Page, hidden) -> LoadedPage:
    """A previewed draft, loaded in memory around the draft by its type (never read back from
    the live rows, which would show the editor the published version)."""
    load_draft_relations(page)
    page_type = page_type_of(page)
    return page_type.load_draft(page, hidden) if page_type.load_draft else LoadedPage(page)


def page_fields(loaded: LoadedPage, request) -> dict:
    """The page in its type's one detail shape (its own endpoint's), else its link fields."""
    serializer = page_type_of(loaded.page).serializer
    if serializer is None:
        return generic_fields(loaded.page, request)
    return represent(serializer, loaded, request)


def represent(serializer, loaded: LoadedPage, request) -> dict:
    """`loaded` through its detail serializer, which then only translates: the selector's
    visibility answers are this request's first."""
    remember_links(loaded.links, request)
    return serializer(loaded.page, context={"request": request, **loaded.context}).data


def generic_fields(page, request) -> dict:
    link = page_link(page, request) or {}
    return {**link, "slug": page.slug, "intro": getattr(page, "intro", "")}


def breadcrumbs(page, request, ancestors=None) -> list[dict]:
    """Links to the visible ancestors; `ancestors` when the caller already has them (route/
    fetches them with the page). A link needs no specific page: its type comes from the
    content type."""
    if ancestors is None:
        ancestors = visible(page.get_ancestors().filter(depth__gt=1), request_hidden(request))
        ancestors = ancestors.order_by("depth")
    site_root_depth = 2
    links = [
        page_link(ancestor, request) for ancestor in ancestors if ancestor.depth >= site_root_depth
    ]
    return [link for link in links if link is not None]


def page_payload(loaded: LoadedPage, request, ancestors=None) -> dict:
    """The page's fields, breadcrumbs and SEO. The SEO a detail shape carries is computed once
    and sent once, beside the page rather than inside it."""
    page = loaded.page
    fields = dict(page_fields(loaded, request))
    seo = fields.pop("seo", None) or seo_data(page, request)
    return {
        "page": {"type": page._meta.label, **fields},
        "breadcrumbs": breadcrumbs(page, request, ancestors),
        "seo": seo,
    }


def pages_on_path(site, path: str, hidden) -> list[Page]:
    """The visible pages from the site root down to `path` ("/blog/some-article"), in one
    query by their stored URL paths; the last is the page at `path` when it is visible.

    A page under a hidden branch is hidden too (cms.selectors), so a visible page always comes
    with all its ancestors: they are its breadcrumbs.
    """
    root_path = site.root_page.url_path
    parts = [part for part in path.split("/") if part]
    url_paths = [
        root_path + "".join(f"{part}/" for part in parts[:n]) for n in range(len(parts) + 1)
    ]
    pages = list(visible(Page.objects.filter(url_path__in=url_paths), hidden).order_by("depth"))
    if not pages or pages[-1].url_path != url_paths[-1]:
        return []
    return pages
