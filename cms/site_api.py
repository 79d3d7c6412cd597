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
)
from cms.api_fields import PageLinkSchema
from cms.blocks import SOCIAL_PLATFORMS
from cms.expert_api import expert_payload, load_expert
from cms.models import NavigationSettings, OrganisationSettings
from cms.page_representation import load_page, page_payload, pages_on_path
from cms.redirect_listing import listed_redirects
from cms.representation import frontend_url, page_link, page_path, request_hidden
from cms.route_schema import ROUTE_ANSWER, RedirectSchema
from cms.routing import canonical_redirect, expert_slug, is_canonical, served_path
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
    page = PageLinkSchema(allow_null=True, help_text="null for an address that is no page")


class SocialLinkSchema(serializers.Serializer):
    platform = serializers.ChoiceField(choices=[key for key, _ in SOCIAL_PLATFORMS])
    # The platform's name: a field named like DRF's own `Field.label` attribute.
    label = serializers.CharField()  # type: ignore[assignment]
    url = serializers.URLField()


class CrisisResourceSchema(serializers.Serializer):
    text = serializers.CharField(allow_blank=True)
    phone = serializers.CharField(allow_blank=True)


class FeedFormatsSchema(serializers.Serializer):
    rss = serializers.CharField()
    atom = serializers.CharField()


class FeedsSchema(serializers.Serializer):
    articles = FeedFormatsSchema()
    category = FeedFormatsSchema(help_text="With a {slug} placeholder")
    expert = FeedFormatsSchema(help_text="With a {slug} placeholder")


class SiteSchema(serializers.Serializer):
    name = serializers.CharField()
    tagline = serializers.CharField(allow_blank=True)
    postal_address = serializers.CharField(allow_blank=True)
    phone = serializers.CharField(allow_blank=True)
    fax = serializers.CharField(allow_blank=True)
    contact_email = serializers.CharField(allow_blank=True)
    social_links = SocialLinkSchema(many=True)
    crisis = CrisisResourceSchema()
    main_menu = MenuLinkSchema(many=True)
    footer_menu = MenuLinkSchema(many=True)
    home = PageLinkSchema(allow_null=True)
    feeds = FeedsSchema(
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


@extend_schema_view(
    list=extend_schema(
        summary="Redirects a frontend must honour", responses=RedirectSchema(many=True)
    )
)
class RedirectViewSet(ContentAPIViewSet):
    """Old paths and where they now lead, for a frontend's own redirect table."""

    def list(self, request):
        # Filtered before counting and paging (cms.redirect_listing): `count` is what is listed.
        redirects = listed_redirects(_site(request), request_hidden(request))

        def serialize(page_of_redirects):
            shown = {redirect.redirect_page_id for redirect in page_of_redirects}
            return [
                {
                    "old_path": served_path(redirect.old_path),
                    "location": _redirect_location(redirect, shown, request),
                    "permanent": redirect.is_permanent,
                }
                for redirect in page_of_redirects
            ]

        return self.paginated(redirects, serialize)


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


@extend_schema_view(
    list=extend_schema(
        summary="Everything to render a path",
        parameters=[
            OpenApiParameter("path", str, required=True, description="e.g. /blog/some-article/")
        ],
        responses={200: ROUTE_ANSWER},
    )
)
class RouteViewSet(ContentAPIViewSet):
    """One call to render any path: its page or expert, breadcrumbs and SEO, or a redirect."""

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
        hidden = request_hidden(request)
        slug = expert_slug(path)
        expert = load_expert(slug, hidden) if slug else None
        found = [] if expert else pages_on_path(site, path, hidden)
        if (expert or found) and not is_canonical(raw):
            return Response({"kind": "redirect", "redirect": canonical_redirect(raw, request)})
        if expert:
            home = pages_on_path(site, "/", hidden)
            return Response({"kind": "expert", **expert_payload(expert, request, home)})
        if found:
            loaded = load_page(found[-1], hidden)
            payload = page_payload(loaded, request, ancestors=found[:-1])
            return Response({"kind": "page", **payload})
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
            "old_path": served_path(redirect.old_path),
            "location": location,
            "permanent": redirect.is_permanent,
        }
