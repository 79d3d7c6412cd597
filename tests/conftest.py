"""Shared fixtures: a minimal site tree built with the factories (no fixture dumps)."""

from types import SimpleNamespace

from wagtail.models import Page, Site

import pytest

from blog.factories import BlogIndexPageFactory, CategoryIndexPageFactory
from cms.factories import HomePageFactory
from lessons.factories import CourseIndexPageFactory


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no API response (nor cached site root paths)
    built by an earlier test can answer for this one."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture
def site_tree(db):
    """Home (the default site's root) with the blog, topics and courses sections."""
    root = Page.get_first_root_node()
    root.get_children().filter(slug="home").delete()
    home = HomePageFactory(parent=root, slug="home", title="Home")
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.save()
    return SimpleNamespace(
        site=site,
        home=home,
        blog=BlogIndexPageFactory(parent=home),
        topics=CategoryIndexPageFactory(parent=home),
        courses=CourseIndexPageFactory(parent=home),
    )
