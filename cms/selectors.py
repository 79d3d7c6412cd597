"""The single live-and-public check every list, detail and relation goes through.

Wagtail's `live()` alone still lets through a live page under an unpublished or expired parent,
an expired page that `publish_scheduled` has not yet caught, and view-restricted sections
(password, login, groups). Serving any of those leaks a draft or a private page.
"""

from django.db.models import Q, QuerySet
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction


def hidden_q() -> Q:
    """A filter matching every page a member of the public must not see.

    Runs two small queries (view restrictions, hidden branches); apply the Q it returns to as
    many querysets as needed within one request.
    """
    now = timezone.now()
    hidden = Q(live=False) | Q(expire_at__lte=now)
    for restriction_path in PageViewRestriction.objects.values_list("page__path", flat=True):
        hidden |= Q(path__startswith=restriction_path)
    hidden_branches = Page.objects.filter(
        Q(live=False) | Q(expire_at__lte=now), numchild__gt=0
    ).values_list("path", flat=True)
    for branch_path in hidden_branches:
        hidden |= Q(path__startswith=branch_path)
    return hidden


def visible(queryset: QuerySet, hidden: Q | None = None) -> QuerySet:
    """Narrow a page queryset to what the public may see."""
    return queryset.exclude(hidden if hidden is not None else hidden_q())


def is_visible(page: Page, hidden: Q | None = None) -> bool:
    return visible(Page.objects.filter(pk=page.pk), hidden).exists()


def expert_listing():
    """Experts by name, with their photo's renditions, so a list costs a constant number of
    queries."""
    from cms.models import Expert

    return (
        Expert.objects.select_related("photo")
        .prefetch_related("photo__renditions")
        .order_by("name", "pk")
    )
