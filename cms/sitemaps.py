"""sitemap.xml and robots.txt: what search engines may crawl, and every page worth crawling.

The sitemap lists every page the public may read, at the address readers read it: locations
are frontend URLs (`FRONTEND_URL`), because search engines should index the frontend, not the
CMS. Pages pass the same `cms.selectors.visible` check as the API, so drafts, expired,
view-restricted pages and pages under a hidden section never appear; experts' pages follow
them (cms.expert_pages). The list costs the same handful of queries however many pages and
experts there are.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.core.paginator import EmptyPage
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.models import Page, Site

from cms.api_fields import expert_path
from cms.representation import frontend_url, page_path, request_hidden
from cms.selectors import expert_listing, visible

# The API duplicates the pages as JSON (with no canonical link); previews show drafts. Wagtail's
# own previews live under /admin/ and the API's under /api/v2/preview/; "/preview" covers a
# frontend's preview page (FRONTEND_URL/preview?token=...) when it proxies robots.txt.
DISALLOWED_PATHS = ("/admin/", "/django-admin/", "/api/", "/preview", "/comments/post/")


class PublicPageSitemap(Sitemap):
    """The pages of the site serving the request, in tree order."""

    limit = 50_000  # the protocol's maximum per file; Django pages on past it (?p=2)

    def __init__(self, request):
        self.request = request

    def items(self):
        site = (
            Site.find_for_request(self.request)
            or Site.objects.filter(is_default_site=True).select_related("root_page").first()
        )
        if site is None:
            return Page.objects.none()
        pages = site.root_page.get_descendants(inclusive=True).defer_streamfields()
        return visible(pages, request_hidden(self.request)).order_by("path")

    def lastmod(self, page):
        return page.last_published_at or page.latest_revision_created_at

    def get_urls(self, page=1, site=None, protocol=None):
        """Django prefixes the CMS's own host to every location; readers are on the frontend."""
        urls = []
        for item in self.paginator.page(page).object_list:
            item_path = page_path(item, self.request)
            if item_path is None:
                continue
            urls.append(
                {
                    "item": item,
                    "location": frontend_url(item_path, self.request),
                    "lastmod": self.lastmod(item),
                    "changefreq": None,
                    "priority": "",
                    "alternates": [],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


class ExpertSitemap(Sitemap):
    """The experts' index and every expert's page (experts are snippets, not pages, so the
    tree does not hold them). Experts carry no dates: no lastmod."""

    limit = 50_000

    def __init__(self, request):
        self.request = request

    def items(self):
        return expert_listing().select_related(None).only("pk", "slug")

    def get_urls(self, page=1, site=None, protocol=None):
        try:
            number = self.paginator.validate_number(page)
        except EmptyPage:  # the pages run on past the experts (?p=2 of a large site)
            return []
        paths = [expert_path(expert) for expert in self.paginator.page(number).object_list]
        if number == 1 and paths:
            paths.insert(0, reverse("expert-index"))
        return [
            {
                "item": path,
                "location": frontend_url(path, self.request),
                "lastmod": None,
                "changefreq": None,
                "priority": "",
                "alternates": [],
            }
            for path in paths
        ]


@cache_control(public=True, max_age=settings.API_CACHE_SECONDS)
def sitemap_xml(request):
    return sitemap(
        request, {"pages": PublicPageSitemap(request), "experts": ExpertSitemap(request)}
    )


@require_safe
@cache_control(public=True, max_age=settings.API_CACHE_SECONDS)
def robots_txt(request):
    """Readers' pages are open to crawlers; the sitemap is named by absolute URL, as the
    protocol requires."""
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in DISALLOWED_PATHS),
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
