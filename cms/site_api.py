"""Site-wide endpoints: organisation settings and menus, redirects, and `route/`, which gives
a frontend everything it needs to render any path in one call."""

from urllib.parse import unquote

from django.db.models import F, Q
from django.urls import reverse

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from cms.api_common import (
    BadRequest,
    ContentAPIViewSet,
    SingleObjectSchema,
    last_modified_response,
)
from cms.models import NavigationSettings, OrganisationSettings
from cms.page_representation import load_page, page_payload, pages_on_path
from cms.representation import frontend_url, page_link, page_path, request_hidden
from cms.selectors import visible

MAX_PATH_LENGTH = 500


def _site(request) -> Site:
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise NotFound("No site is configured.")
    return site


class MenuLinkSchema(serializers.Serializer):
    # A menu link's label: a field named like DRF's own `Field.label` attribute.
    label = serializers.CharField()  # type: ignore[assignment]
    url = serializers.CharField()
    page = serializers.DictField(allow_null=True)


class SiteSchema(serializers.Serializer):
    name = serializers.CharField()
    tagline = serializers.CharField(allow_blank=True)
    postal_address = serializers.CharField(allow_blank=True)
    phone = serializers.CharField(allow_blank=True)
    fax = serializers.CharField(allow_blank=True)
    contact_email = serializers.CharField(allow_blank=True)
    social_links = serializers.ListField(child=serializers.DictField())
    crisis = serializers.DictField()
    main_menu = MenuLinkSchema(many=True)
    footer_menu = MenuLinkSchema(many=True)
    home = serializers.DictField(allow_null=True)
    feeds = serializers.DictField(
        help_text="RSS and Atom URLs: `articles`, and `category` / `expert` with a {slug} "
        "placeholder, each as {rss, atom}"
    )
    sitemap = serializers.CharField(help_text="Absolute URL of sitemap.xml")


@extend_schema_view(
    list=extend_schema(summary="Organisation settings and menus", responses=SiteSchema)
)
class SiteViewSet(ContentAPIViewSet):
    """What every page's header and footer need: the organisation, its contacts and menus."""

    pagination_class = None
    schema = SingleObjectSchema()

    def list(self, request):
        site = _site(request)
        organisation = OrganisationSettings.for_site(site)
        navigation = NavigationSettings.for_site(site)
        context = {"request": request}
        return Response(
            {
                "name": organisation.name or site.site_name or "",
                "tagline": organisation.tagline,
                "postal_address": organisation.postal_address,
                "phone": organisation.phone,
                "fax": organisation.fax,
                "contact_email": organisation.contact_email,
                "social_links": [
                    {
                        "platform": link.value["platform"],
                        "label": link.value.label,
                        "url": link.value["url"],
                    }
                    for link in organisation.social_links
                ],
                "crisis": {"text": organisation.crisis_text, "phone": organisation.crisis_phone},
                "main_menu": _menu(navigation.main_menu, context),
                "footer_menu": _menu(navigation.footer_menu, context),
                "home": page_link(site.root_page, request),
                "feeds": _feeds(request),
                "sitemap": request.build_absolute_uri(reverse("sitemap")),
            }
        )


def _feeds(request) -> dict:
    """Where the RSS and Atom feeds live (on the CMS), for a frontend's <link rel=alternate>."""

    def formats(name, **kwargs):
        return {
            kind: unquote(request.build_absolute_uri(reverse(f"feed-{name}-{kind}", kwargs=kwargs)))
            for kind in ("rss", "atom")
        }

    return {
        "articles": formats("articles"),
        "category": formats("category", slug="{slug}"),
        "expert": formats("expert", slug="{slug}"),
    }


def _menu(value, context) -> list[dict]:
    return [item["value"] for item in value.stream_block.get_api_representation(value, context)]


class RedirectSchema(serializers.Serializer):
    old_path = serializers.CharField()
    location = serializers.CharField(help_text="Absolute URL to send the reader to")
    permanent = serializers.BooleanField()


@extend_schema_view(
    list=extend_schema(
        summary="Redirects a frontend must honour", responses=RedirectSchema(many=True)
    )
)
class RedirectViewSet(ContentAPIViewSet):
    """Old paths and where they now lead, for a frontend's own redirect table."""

    def list(self, request):
        site = _site(request)
        redirects = (
            Redirect.objects.filter(Q(site=site) | Q(site__isnull=True))
            .select_related("redirect_page")
            .order_by("old_path", "pk")
        )
        hidden = request_hidden(request)

        def serialize(page_of_redirects):
            targets = [r.redirect_page for r in page_of_redirects if r.redirect_page_id]
            allowed = set(
                visible(Page.objects.filter(pk__in=[t.pk for t in targets]), hidden).values_list(
                    "pk", flat=True
                )
            )
            occupied = _occupied_paths(site, [r.old_path for r in page_of_redirects], hidden)
            items = []
            for redirect in page_of_redirects:
                location = _redirect_location(redirect, allowed, request)
                if location and redirect.old_path not in occupied:
                    items.append(
                        {
                            "old_path": redirect.old_path,
                            "location": location,
                            "permanent": redirect.is_permanent,
                        }
                    )
            return items

        return self.paginated(redirects, serialize)


def _occupied_paths(site, old_paths, hidden) -> set[str]:
    """Old paths where a visible page lives now (a page renamed back, or a newcomer).

    The page wins there, as in `route/` and the reader site, so listing the redirect would send
    a frontend's readers away from it, or round in a loop to the same path.
    """
    root = site.root_page.url_path.rstrip("/")
    by_url_path = {
        root + old_path.split("?")[0].rstrip("/") + "/": old_path for old_path in old_paths
    }
    pages = visible(Page.objects.filter(url_path__in=by_url_path), hidden)
    return {by_url_path[url_path] for url_path in pages.values_list("url_path", flat=True)}


def _redirect_location(redirect, allowed_page_ids, request) -> str | None:
    if redirect.redirect_page_id:
        if redirect.redirect_page_id not in allowed_page_ids:
            return None
        path = page_path(redirect.redirect_page, request)
        return frontend_url(path, request) if path else None
    return redirect.redirect_link or None


def normalise_route_path(raw: str) -> str:
    """A frontend's path as the tree spells it: no query string, no empty segments, one
    leading slash and none trailing ("blog//a/?x" -> "/blog/a")."""
    return "/" + "/".join(part for part in raw.split("?")[0].split("/") if part)


class RouteFilterSerializer(serializers.Serializer):
    path = serializers.CharField(max_length=MAX_PATH_LENGTH, trim_whitespace=True)


class RouteSchema(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["page", "redirect"])
    page = serializers.DictField(required=False, help_text="The page with its full fields")
    breadcrumbs = serializers.ListField(child=serializers.DictField(), required=False)
    seo = serializers.DictField(required=False)
    redirect = RedirectSchema(required=False)


@extend_schema_view(
    list=extend_schema(
        summary="Everything to render a path",
        parameters=[
            OpenApiParameter("path", str, required=True, description="e.g. /blog/some-article/")
        ],
        responses={200: RouteSchema},
    )
)
class RouteViewSet(ContentAPIViewSet):
    """One call to render any path: the page, its breadcrumbs and SEO, or where it moved."""

    pagination_class = None
    schema = SingleObjectSchema()
    extra_query_params = frozenset({"path"})

    def list(self, request):
        raw = request.query_params.get("path", "")
        if not raw.strip():
            raise BadRequest("path is required, e.g. ?path=/blog/some-article/")
        if len(raw) > MAX_PATH_LENGTH:
            raise BadRequest(f"path is too long (at most {MAX_PATH_LENGTH} characters).")
        path = normalise_route_path(raw)
        site = _site(request)
        if "?" in raw:  # an old address kept by its query, e.g. WordPress's /?p=123
            redirect = self._redirect(site, raw.strip(), request)
            if redirect is not None:
                return Response({"kind": "redirect", "redirect": redirect})
        found = pages_on_path(site, path, request_hidden(request))
        if found:
            loaded = load_page(found[-1], request_hidden(request))
            payload = page_payload(loaded, request, ancestors=found[:-1])
            return last_modified_response(
                {"kind": "page", **payload}, loaded.page.last_published_at
            )
        redirect = self._redirect(site, path, request)
        if redirect is not None:
            return Response({"kind": "redirect", "redirect": redirect})
        raise NotFound(f"Nothing lives at {path.rstrip('/')}/.")

    def _redirect(self, site, path, request):
        candidates = {Redirect.normalise_path(path), Redirect.normalise_path(path + "/")}
        redirect = (
            Redirect.objects.filter(Q(site=site) | Q(site__isnull=True), old_path__in=candidates)
            .select_related("redirect_page")
            .order_by(F("site").asc(nulls_last=True))
            .first()
        )
        if redirect is None:
            return None
        allowed = set()
        if redirect.redirect_page_id:
            allowed = set(
                visible(
                    Page.objects.filter(pk=redirect.redirect_page_id), request_hidden(request)
                ).values_list("pk", flat=True)
            )
        location = _redirect_location(redirect, allowed, request)
        if location is None:
            return None
        return {
            "old_path": redirect.old_path,
            "location": location,
            "permanent": redirect.is_permanent,
        }
