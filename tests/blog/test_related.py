"""ArticlePage.get_related: manual picks first, then ranked by shared categories and tags."""

import datetime

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from blog.models import RelatedArticle

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(site_tree):
    return {
        slug: CategoryPageFactory(parent=site_tree.topics, slug=slug, title=slug.title())
        for slug in ("anxiety", "trauma", "brain", "shame")
    }


def article(site_tree, slug, categories, tags=(), days=0, **kwargs):
    return ArticlePageFactory(
        parent=site_tree.blog,
        slug=slug,
        title=slug,
        categories=categories,
        tags=list(tags),
        publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=days),
        **kwargs,
    )


def test_ranks_by_categories_twice_tags_once_newer_first(site_tree, topics):
    subject = article(
        site_tree, "subject", [topics["anxiety"], topics["trauma"]], ["sleep", "body"]
    )
    two_categories = article(site_tree, "two-cats", [topics["anxiety"], topics["trauma"]], days=1)
    one_cat_one_tag = article(site_tree, "cat-tag", [topics["anxiety"]], ["sleep"], days=2)
    two_tags = article(site_tree, "two-tags", [topics["brain"]], ["sleep", "body"], days=3)
    older_tie = article(site_tree, "older-tie", [topics["trauma"]], days=4)
    newer_tie = article(site_tree, "newer-tie", [topics["trauma"]], days=5)
    unrelated = article(site_tree, "unrelated", [topics["shame"]], days=6)

    related = subject.get_related(7)

    # scores: two-cats 4, cat-tag 3, two-tags 2 (ties with newer-tie and older-tie), unrelated 0
    assert related == [two_categories, one_cat_one_tag, newer_tie, older_tie, two_tags, unrelated]
    assert subject not in related


def test_manual_picks_come_first_in_editor_order(site_tree, topics):
    close = article(site_tree, "close", [topics["anxiety"]], days=1)
    pick_a = article(site_tree, "pick-a", [topics["shame"]], days=2)
    pick_b = article(site_tree, "pick-b", [topics["brain"]], days=3)
    subject = article(site_tree, "subject", [topics["anxiety"]], related=[pick_b, pick_a])

    assert subject.get_related(3) == [pick_b, pick_a, close]
    assert subject.get_related(1) == [pick_b]


def test_hidden_articles_never_appear(site_tree, topics):
    subject = article(site_tree, "subject", [topics["anxiety"]])
    draft = article(site_tree, "draft", [topics["anxiety"]], days=1, live=False)
    expired = article(
        site_tree,
        "expired",
        [topics["anxiety"]],
        days=2,
        expire_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
    )
    subject.related_links.set([RelatedArticle(article=draft, sort_order=0)])
    subject.save()
    visible = article(site_tree, "visible", [topics["anxiety"]], days=3)

    related = subject.get_related(5)

    assert visible in related
    assert draft not in related
    assert expired not in related


def test_query_count_does_not_grow_with_site_or_n(site_tree, topics, django_assert_num_queries):
    subject = article(site_tree, "subject", [topics["anxiety"]], ["sleep"])
    for day in range(3):
        article(site_tree, f"small-{day}", [topics["anxiety"]], ["sleep"], days=day)
    subject = type(subject).objects.get(pk=subject.pk)
    with django_assert_num_queries(6) as small:  # hidden, picks, relations 2, shortlist, rows
        subject.get_related(3)

    for day in range(3, 30):
        article(site_tree, f"large-{day}", [topics["anxiety"]], ["sleep"], days=day)
    subject = type(subject).objects.get(pk=subject.pk)
    with django_assert_num_queries(len(small.captured_queries)):
        subject.get_related(10)


def test_works_on_an_unsaved_preview(site_tree, topics):
    neighbour = article(site_tree, "neighbour", [topics["brain"]])
    preview = ArticlePageFactory.build(slug="preview", title="Preview")
    preview.categories.set([topics["brain"]])
    assert preview.get_related(2) == [neighbour]
