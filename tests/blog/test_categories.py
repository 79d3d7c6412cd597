"""A category lists its own and its subcategories' live articles, newest first, paginated."""

import datetime

from wagtail.models import PageViewRestriction

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from blog.selectors import articles_in_categories, category_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def trauma_tree(site_tree):
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    ptsd = CategoryPageFactory(parent=trauma, slug="ptsd", title="PTSD")
    healing = CategoryPageFactory(parent=trauma, slug="healing-trauma", title="Healing Trauma")
    anxiety = CategoryPageFactory(parent=site_tree.topics, slug="anxiety", title="Anxiety")
    return trauma, ptsd, healing, anxiety


def on(site_tree, slug, categories, day, **kwargs):
    return ArticlePageFactory(
        parent=site_tree.blog,
        slug=slug,
        categories=categories,
        publication_date=datetime.date(2026, 3, 1) + datetime.timedelta(days=day),
        **kwargs,
    )


def test_parent_category_includes_subcategories_newest_first(site_tree, trauma_tree):
    trauma, ptsd, healing, anxiety = trauma_tree
    own = on(site_tree, "own", [trauma], 1)
    child = on(site_tree, "child", [ptsd], 2)
    both = on(site_tree, "both", [ptsd, healing], 3)
    on(site_tree, "elsewhere", [anxiety], 4)

    assert list(articles_in_categories([trauma])) == [both, child, own]
    assert list(articles_in_categories([ptsd])) == [both, child]


def test_hidden_articles_are_left_out(site_tree, trauma_tree):
    trauma, ptsd, *_ = trauma_tree
    shown = on(site_tree, "shown", [ptsd], 1)
    on(site_tree, "draft", [ptsd], 2, live=False)
    locked = on(site_tree, "locked", [ptsd], 3)
    PageViewRestriction.objects.create(page=locked, restriction_type="login")

    assert list(articles_in_categories([trauma])) == [shown]


def test_tree_counts_include_subcategories_once(site_tree, trauma_tree):
    trauma, ptsd, healing, anxiety = trauma_tree
    on(site_tree, "a", [ptsd, healing], 1)
    on(site_tree, "b", [trauma], 2)
    on(site_tree, "c", [anxiety], 3)

    counts = {
        category.slug: (category.article_count, category.level) for category in category_tree()
    }

    assert counts == {
        "trauma": (2, 0),
        "ptsd": (1, 1),
        "healing-trauma": (1, 1),
        "anxiety": (1, 0),
    }


def test_category_page_paginates(client, site_tree, trauma_tree):
    trauma, ptsd, *_ = trauma_tree
    for day in range(12):
        on(site_tree, f"article-{day:02d}", [ptsd], day)

    first = client.get(trauma.url)
    second = client.get(trauma.url, {"page": 2})

    assert first.status_code == second.status_code == 200
    assert [a.slug for a in first.context["articles"]][:2] == ["article-11", "article-10"]
    assert len(first.context["articles"]) == 10
    assert [a.slug for a in second.context["articles"]] == ["article-01", "article-00"]
    assert [c.slug for c in first.context["subcategories"]] == ["ptsd", "healing-trauma"]


def test_category_synonyms_are_listed(site_tree):
    ptsd = CategoryPageFactory(
        parent=site_tree.topics, synonyms="post-traumatic stress\nposttraumatic stress, PTSD "
    )
    assert ptsd.synonym_list == ["post-traumatic stress", "posttraumatic stress", "PTSD"]
