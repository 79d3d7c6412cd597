"""The one live-and-public check: nothing hidden passes cms.selectors.visible."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import pytest

from blog.factories import ArticlePageFactory, BlogIndexPageFactory, CategoryPageFactory
from blog.models import ArticlePage
from cms.selectors import hidden_q, is_visible, visible

pytestmark = pytest.mark.django_db


@pytest.fixture
def category(site_tree):
    return CategoryPageFactory(parent=site_tree.topics)


def make(site_tree, category, slug, parent=None, **kwargs):
    return ArticlePageFactory(
        parent=parent or site_tree.blog, slug=slug, categories=[category], **kwargs
    )


def restrict(page, kind, **kwargs):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, **kwargs)
    if kind == "groups":
        restriction.groups.add(Group.objects.get(name="Editors"))


def test_each_hidden_state_is_excluded(site_tree, category):
    shown = make(site_tree, category, "shown")
    hidden = [
        make(site_tree, category, "draft", live=False),
        make(site_tree, category, "expired", expire_at=timezone.now() - datetime.timedelta(1)),
    ]
    for kind, extra in [("password", {"password": "x"}), ("login", {}), ("groups", {})]:
        page = make(site_tree, category, f"restricted-{kind}")
        restrict(page, kind, **extra)
        hidden.append(page)

    names = set(visible(ArticlePage.objects.all()).values_list("slug", flat=True))

    assert names == {shown.slug}
    assert all(not is_visible(page) for page in hidden)
    assert is_visible(shown)


def test_pages_under_an_unpublished_or_restricted_section_are_hidden(site_tree, category):
    other_blog = BlogIndexPageFactory(parent=site_tree.topics.get_parent(), slug="archive")
    orphan = make(site_tree, category, "orphan", parent=other_blog)
    assert is_visible(orphan)

    other_blog.unpublish()  # unpublishes only the section, leaving its child live
    orphan.refresh_from_db()
    assert orphan.live
    assert not is_visible(orphan)


def test_restriction_on_a_section_hides_its_descendants(site_tree, category):
    article = make(site_tree, category, "inside")
    restrict(site_tree.blog, "login")
    assert not is_visible(article)


def test_future_pages_are_hidden_until_live(site_tree, category):
    scheduled = make(
        site_tree,
        category,
        "scheduled",
        live=False,
        go_live_at=timezone.now() + datetime.timedelta(days=3),
    )
    assert not is_visible(scheduled)


def test_hidden_q_costs_one_query_however_many_pages(
    site_tree, category, django_assert_num_queries
):
    for n in range(5):
        make(site_tree, category, f"page-{n}")
    with django_assert_num_queries(1):
        hidden = hidden_q()
    with django_assert_num_queries(1):
        assert len(list(visible(Page.objects.all(), hidden))) >= 5
