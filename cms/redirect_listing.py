"""The redirects `redirects/` lists, as one query, so it counts and pages through exactly what it
lists.

A redirect is left out when it leads to a page readers may not see (or one on no site), when it
leads nowhere (no page and no link), or when a visible page stands at its old path again (a page
renamed back, or a newcomer): the page wins there, as in `route/` and the reader site, so
listing the redirect would send readers away from it, or round in a loop to the same path.
Leaving them out after the page of results was cut made `count` promise redirects that never
came, and a page come back short or empty with a `next` link.
"""

from functools import reduce
from operator import or_

from django.db.models import Case, CharField, Exists, F, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import Concat, Left, StrIndex

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from cms.selectors import visible


def _without_query():
    """The old path without a kept query string ("/?p=123" -> "/")."""
    return Left("old_path", StrIndex("old_path", Value("?")) - 1)


def _occupied(site: Site, hidden) -> Exists:
    """A visible page stands at the redirect's old path, however its trailing slash is spelt
    ("/blog/a" and "/blog/a/" both name the page at tree path "/home/blog/a/")."""
    root = site.root_page.url_path.rstrip("/")
    at_old_path = OuterRef("path_only")
    return Exists(
        visible(Page.objects.all(), hidden).filter(
            Q(url_path=Concat(Value(root), at_old_path, Value("/"), output_field=CharField()))
            | Q(url_path=Concat(Value(root), at_old_path, output_field=CharField()))
        )
    )


def listed_redirects(site: Site, hidden) -> QuerySet:
    """The site's (and every site's) redirects a frontend must honour, by old path."""
    on_a_site = reduce(
        or_,
        [Q(url_path__startswith=root.root_path) for root in Site.get_site_root_paths()],
        Q(pk__in=[]),
    )
    shown_targets = visible(Page.objects.filter(on_a_site), hidden).values("pk")
    leads_somewhere = Q(redirect_page__in=shown_targets) | Q(
        redirect_page__isnull=True, redirect_link__gt=""
    )
    path_only = Case(
        When(old_path__contains="?", then=_without_query()),
        default=F("old_path"),
        output_field=CharField(),
    )
    return (
        Redirect.objects.filter(Q(site=site) | Q(site__isnull=True))
        .filter(leads_somewhere)
        .alias(path_only=path_only)
        .exclude(_occupied(site, hidden))
        .select_related("redirect_page")
        .order_by("old_path", "pk")
    )
