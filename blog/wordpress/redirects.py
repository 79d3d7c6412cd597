"""Old WordPress addresses that must keep working, as Wagtail redirects to the new pages.

Links to a moved blog live on in search engines, newsletters and other sites, under whichever
permalink structure the blog used over the years; all common forms are kept, plus the exact
address the export gives. A redirect never shadows a page of this site: the page wins.
"""

from urllib.parse import urlparse

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from cms.reader_redirects import honoured_redirect, redirect_response

WORDPRESS_QUERY_KEYS = {"p", "page_id", "cat", "tag", "attachment_id"}


def post_paths(item) -> list[str]:
    """`/YYYY/MM/slug/`, `/YYYY/MM/DD/slug/`, `/slug/`, `/?p=ID` and the export's own link."""
    paths = []
    if item.link:
        parsed = urlparse(item.link)
        paths.append(parsed.path + (f"?{parsed.query}" if parsed.query else ""))
    if item.slug:
        if item.date:
            year, month, day = f"{item.date:%Y}", f"{item.date:%m}", f"{item.date:%d}"
            paths += [f"/{year}/{month}/{item.slug}/", f"/{year}/{month}/{day}/{item.slug}/"]
        paths.append(f"/{item.slug}/")
    if item.post_id:
        paths.append(f"/?p={item.post_id}")
    return paths


def category_paths(ctx, term) -> list[str]:
    """`/category/slug/` and, for a subcategory, `/category/parent/slug/` (WordPress's own)."""
    chain, slug, seen = [term.slug], term.parent_slug, set()
    while slug and slug not in seen:
        seen.add(slug)
        chain.insert(0, slug)
        slug = ctx.category_parents.get(slug, "")
    paths = [f"/category/{term.slug}/"]
    if len(chain) > 1:
        paths.append("/category/" + "/".join(chain) + "/")
    return paths


def add_redirects(ctx, label: str, line: int, page: Page, paths: list[str]) -> int:
    """Permanent redirects from each old path to `page`; returns how many were written."""
    root = ctx.site.root_page.url_path.rstrip("/")
    written = 0
    for path in dict.fromkeys(paths):
        old_path = Redirect.normalise_path(path)
        if old_path in {"", "/"}:
            continue
        url_path = root + old_path.split("?")[0].rstrip("/") + "/"
        if (
            "?" not in old_path
            and Page.objects.filter(url_path=url_path).exclude(pk=page.pk).exists()
        ):
            ctx.warn(label, line, f"old address {path} is a page here: no redirect")
            continue
        Redirect.objects.update_or_create(
            site=ctx.site,
            old_path=old_path,
            defaults={"redirect_page": page, "redirect_link": "", "is_permanent": True},
        )
        written += 1
    return written


# Our own endpoints take `tag`, `cat`... as parameters of their own: never old WordPress links.
NOT_WORDPRESS_PATHS = ("/api/", "/admin/", "/django-admin/", "/documents/", "/feeds/")


class WordPressQueryRedirectMiddleware:
    """Redirects for WordPress's query-string addresses (`/?p=123`, `/?cat=4`).

    Wagtail's redirect middleware only looks for a redirect when a path is not found, but `/`
    is the home page, so `/?p=123` would show it instead of the article. Requests without such
    a query cost nothing. A redirect to a hidden page is none (cms.reader_redirects).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method in {"GET", "HEAD"}
            and not request.path.startswith(NOT_WORDPRESS_PATHS)
            and WORDPRESS_QUERY_KEYS & request.GET.keys()
        ):
            path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
            response = redirect_response(honoured_redirect(request, path))
            if response is not None:
                return response
        return self.get_response(request)
