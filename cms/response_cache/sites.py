"""The site and its settings, remembered per host and generation instead of queried per request."""

from django.conf import settings

_SITES: dict[tuple, tuple] = {}
_MAX_SITES = 100


def remember_site(request, generation: int) -> None:
    """Wagtail looks the site (and each site setting) up with a query on every request; they
    change rarely, and bump the generation when they do, so each process keeps them per host
    and generation."""
    from wagtail.models.sites import get_site_for_hostname

    host = (_raw_host(request), request.get_port())
    known = _SITES.get(host)
    if known is None or known[0] != generation:
        if len(_SITES) >= _MAX_SITES:  # raw hosts come from clients: keep the table small
            _SITES.clear()
        site = _site_for_host(get_site_for_hostname, *host)
        known = _SITES[host] = (generation, site, _site_settings(site))
    # Where `Site.find_for_request` keeps the site it found (its docstring says so): seeding it
    # spares every later lookup of this request its query.
    request._wagtail_site = known[1]
    for setting in known[2]:
        setattr(request, type(setting).get_cache_attr_name(), setting)


def _raw_host(request) -> str:
    """The host the client named, unchecked against ALLOWED_HOSTS (as Wagtail matches sites;
    `get_host()` would raise for an unknown host before the site could be looked up)."""
    meta = request.META
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in meta:
        return meta["HTTP_X_FORWARDED_HOST"]
    return meta.get("HTTP_HOST") or meta.get("SERVER_NAME", "")


def _site_for_host(lookup, raw_host: str, port):
    from django.http.request import split_domain_port

    from wagtail.models import Site

    try:
        return lookup(split_domain_port(raw_host)[0], port)
    except Site.DoesNotExist:
        return None


def _site_settings(site) -> list:
    """The organisation settings every page's SEO reads."""
    from cms.models import OrganisationSettings

    found = OrganisationSettings.objects.filter(site=site).first() if site else None
    return [found] if found is not None else []  # none yet: Wagtail creates it when first read
