"""Experts as readers' pages: `/experts/` lists them, `/experts/<slug>/` shows one with their
bio, credentials, photo and works, and the SEO of a profile (cms.seo.person).

Experts are snippets, not Wagtail pages, so these are Django views placed before Wagtail's
catch-all (cms/urls.py). They render the same data the API serves (`experts/<slug>/`, and
`route/?path=/experts/<slug>/` for a frontend), so the reader site and every frontend show one
expert the same way, and the email, which that shape never declares, cannot appear.
"""

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from cms.expert_api import ExpertProfileSerializer, expert_detail, load_expert
from cms.registry import expert_works
from cms.representation import frontend_url, request_hidden
from cms.selectors import expert_listing, prefetch_renditions
from cms.seo import expert_seo
from cms.seo.html import head_tags


@require_safe
def expert_page(request, slug: str):
    """One expert and the lists of work the feature apps register (their articles, the
    courses they teach), each under its own heading."""
    loaded = load_expert(slug, request_hidden(request))
    if loaded is None:
        raise Http404("No such expert.")
    profile = expert_detail(loaded, request)
    works = [
        {"heading": works.key.replace("_", " ").capitalize(), "items": profile[works.key]}
        for works in expert_works()
    ]
    context = {
        "expert": profile,
        "works": works,
        "seo_head": head_tags(expert_seo(loaded.expert, request)),
    }
    return TemplateResponse(request, "experts/expert_page.html", context)


@require_safe
def expert_index(request):
    """Every expert by name, each linking to their page."""
    experts = list(expert_listing())
    prefetch_renditions(expert.photo for expert in experts)
    profiles = ExpertProfileSerializer(experts, many=True, context={"request": request}).data
    context = {
        "experts": profiles,
        "canonical_url": frontend_url(reverse("expert-index"), request),
    }
    return TemplateResponse(request, "experts/expert_index.html", context)
