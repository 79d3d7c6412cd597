"""A small published site for feeds, sitemap, scheduling and redirects: a category branch,
two experts, visible articles, and one page in every hidden state."""

import datetime
from types import SimpleNamespace

from django.test import override_settings
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from blog.factories import ArticlePageFactory, BlogIndexPageFactory, CategoryPageFactory
from cms.factories import ExpertFactory

FRONTEND = "https://www.example.org"


@pytest.fixture
def frontend():
    with override_settings(FRONTEND_URL=FRONTEND):
        yield FRONTEND


@pytest.fixture
def library(site_tree):
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    ptsd = CategoryPageFactory(parent=trauma, slug="ptsd", title="PTSD")
    sleep = CategoryPageFactory(parent=site_tree.topics, slug="sleep", title="Sleep")
    hidden_topic = CategoryPageFactory(
        parent=site_tree.topics, slug="hidden-topic", title="HIDDEN-topic", live=False
    )
    okafor = ExpertFactory(
        name="Maya Okafor", credentials="PsyD", slug="maya-okafor", email="maya@example.org"
    )
    brenner = ExpertFactory(name="Tom Brenner", credentials="MD", slug="tom-brenner")
    now = timezone.now()

    def article(slug, categories, authors, parent=None, **kwargs):
        return ArticlePageFactory(
            parent=parent or site_tree.blog,
            slug=slug,
            title=kwargs.pop("title", slug.replace("-", " ").capitalize()),
            categories=categories,
            authors=authors,
            **kwargs,
        )

    shown = {
        "on-trauma": article("on-trauma", [trauma, hidden_topic], [okafor, brenner]),
        "on-ptsd": article("on-ptsd", [ptsd], [okafor]),
        "on-sleep": article("on-sleep", [sleep], [brenner]),
    }
    hidden = {
        "draft": article("hidden-draft", [ptsd], [okafor], live=False),
        "scheduled": article(
            "hidden-scheduled",
            [ptsd],
            [okafor],
            live=False,
            go_live_at=now + datetime.timedelta(days=2),
        ),
        "expired": article(
            "hidden-expired", [ptsd], [okafor], expire_at=now - datetime.timedelta(hours=1)
        ),
        "restricted": article("hidden-restricted", [ptsd], [okafor]),
    }
    PageViewRestriction.objects.create(
        page=hidden["restricted"], restriction_type="password", password="s3cret"
    )
    archive = BlogIndexPageFactory(parent=site_tree.home, slug="archive", title="Archive")
    hidden["orphan"] = article("hidden-orphan", [ptsd], [okafor], parent=archive)
    archive.unpublish()
    return SimpleNamespace(
        site=site_tree,
        trauma=trauma,
        ptsd=ptsd,
        sleep=sleep,
        hidden_topic=hidden_topic,
        okafor=okafor,
        brenner=brenner,
        shown=shown,
        hidden=hidden,
        archive=archive,
    )
