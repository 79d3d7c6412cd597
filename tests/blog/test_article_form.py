"""The article edit form in the admin, with related picks: saved, and never related to itself."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from blog.models import ArticlePage
from cms.factories import ExpertFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article_setup(site_tree):
    anxiety = CategoryPageFactory(parent=site_tree.topics, slug="anxiety", title="Anxiety")
    author = ExpertFactory()
    earlier = ArticlePageFactory(parent=site_tree.blog, slug="earlier", categories=[anxiety])
    subject = ArticlePageFactory(
        parent=site_tree.blog, slug="subject", categories=[anxiety], authors=[author]
    )
    return anxiety, author, earlier, subject


def edit_post(admin_client, article, anxiety, author, related):
    data = nested_form_data(
        {
            "title": "Breathing before sessions",
            "slug": article.slug,
            "intro": "Why a slow breath helps the therapist too.",
            "body": streamfield([("paragraph", rich_text("<p>Slow the exhale.</p>"))]),
            "publication_date": "2026-11-01",
            "article_authors": inline_formset([{"expert": author.pk}]),
            "tags": "breathing",
            "related_links": inline_formset([{"article": pick.pk} for pick in related]),
            "comments_open": "on",
        }
    )
    data["categories"] = [anxiety.pk]  # a multiple choice, posted as a list, not nested
    url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    return admin_client.post(url, data)


def test_saving_an_article_with_a_new_related_pick(admin_client, article_setup):
    anxiety, author, earlier, subject = article_setup

    response = edit_post(admin_client, subject, anxiety, author, [earlier])

    assert response.status_code == 302, response.context["form"].errors
    draft = ArticlePage.objects.get(pk=subject.pk).get_latest_revision_as_object()
    assert [link.article_id for link in draft.related_links.all()] == [earlier.pk]


def test_an_article_cannot_be_related_to_itself(admin_client, article_setup):
    anxiety, author, _earlier, subject = article_setup

    response = edit_post(admin_client, subject, anxiety, author, [subject])

    assert response.status_code == 200
    assert b"cannot be related to itself" in response.content
