"""The reader site's redirects: Wagtail's, except that a redirect never names a hidden page.

Wagtail's RedirectMiddleware answers an old path with the target page's URL whatever the page's
state, so `/old-address` → `Location: /blog/an-unpublished-draft/` told anyone that the draft
exists and where it lives (the page itself then answered 404). The API's `redirects/` and
`route/` leave such redirects out (cms.redirect_listing, cms.selectors.visible); here the reader
site does the same: a redirect to a page the public may not see is no redirect, and the old path
answers the 404 it already had. Redirects to an external link are honoured as they are.
"""

from urllib.parse import urlparse

from django import http

from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

from cms.selectors import is_visible


def honoured_redirect(request, path: str) -> Redirect | None:
    """The redirect for this (percent-encoded) old path, unless it leads to a hidden page.

    Costs Wagtail's one lookup; the visibility check (two small queries) runs only when a
    redirect to a page was found."""
    redirect = get_redirect(request, path)
    if redirect is None or redirect.redirect_page_id is None:
        return redirect
    if not is_visible(redirect.redirect_page):
        return None
    return redirect


def redirect_response(redirect: Redirect | None) -> http.HttpResponse | None:
    """The 301 or 302 a redirect answers with, or None when it leads nowhere."""
    if redirect is None or not (link := redirect.link):
        return None
    if redirect.is_permanent:
        return http.HttpResponsePermanentRedirect(link)
    return http.HttpResponseRedirect(link)


class VisibleRedirectMiddleware:
    """Wagtail's RedirectMiddleware (a 404 becomes the redirect for its path, first with its
    query string, then without), with the visibility rule: replaces it in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
        redirect = honoured_redirect(request, path)
        if redirect is None:
            path_without_query = urlparse(path).path
            if path_without_query != path:
                redirect = honoured_redirect(request, path_without_query)
        return redirect_response(redirect) or response
