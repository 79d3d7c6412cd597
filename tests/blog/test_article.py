"""Article behaviour that editors rely on: derived reading time and its category form."""

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from blog.models import ArticlePage

pytestmark = pytest.mark.django_db


def paragraphs(words: int) -> list[dict]:
    text = " ".join(["calm"] * words)
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def test_reading_time_follows_the_body(site_tree):
    category = CategoryPageFactory(parent=site_tree.topics)
    short = ArticlePageFactory(parent=site_tree.blog, categories=[category], body=paragraphs(50))
    long = ArticlePageFactory(parent=site_tree.blog, categories=[category], body=paragraphs(1200))
    assert short.reading_time == 1
    assert long.reading_time == 6  # (1,200 body + 9 intro words) / 230 per minute, rounded up


def test_reading_time_is_recomputed_when_the_body_changes(site_tree):
    category = CategoryPageFactory(parent=site_tree.topics)
    article = ArticlePageFactory(parent=site_tree.blog, categories=[category], body=paragraphs(10))
    article.body = paragraphs(700)
    article.save_revision().publish()
    assert ArticlePage.objects.get(pk=article.pk).reading_time == 4


def test_a_draft_reading_time_waits_for_publication(site_tree):
    category = CategoryPageFactory(parent=site_tree.topics)
    article = ArticlePageFactory(parent=site_tree.blog, categories=[category], body=paragraphs(10))
    article.body = paragraphs(700)
    revision = article.save_revision()
    assert ArticlePage.objects.get(pk=article.pk).reading_time == 1
    revision.publish()
    assert ArticlePage.objects.get(pk=article.pk).reading_time == 4


def test_references_do_not_count_toward_reading_time(site_tree):
    category = CategoryPageFactory(parent=site_tree.topics)
    refs = [
        {"type": "item", "value": {"citation": " ".join(["ref"] * 900), "doi": "", "pubmed_id": ""}}
    ]
    article = ArticlePageFactory(
        parent=site_tree.blog,
        categories=[category],
        body=[*paragraphs(10), {"type": "references", "value": refs}],
    )
    assert article.reading_time == 1


def test_category_choices_are_indented_by_depth(site_tree):
    trauma = CategoryPageFactory(parent=site_tree.topics, title="Trauma")
    CategoryPageFactory(parent=trauma, title="PTSD")
    form_class = ArticlePage.get_edit_handler().get_form_class()
    form = form_class(instance=ArticlePage(), parent_page=site_tree.blog, for_user=None)
    field = form.fields["categories"]
    labels = [field.label_from_instance(category) for category in field.queryset]
    assert labels == ["Trauma", "— PTSD"]
