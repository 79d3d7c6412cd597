"""`load_demo` builds a complete, valid demo site, and running it again changes nothing."""

import io

from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

from blog.models import ArticlePage, CategoryPage
from cms.models import Expert, HomePage, NavigationSettings, OrganisationSettings
from lessons.models import CoursePage, CreditType, LessonPage

pytestmark = pytest.mark.django_db

BRIEF_CATEGORIES = {
    "Antiracism", "Anxiety", "Body-Oriented Therapy", "Brain", "Charity", "Chronic Pain",
    "Compassion", "COVID-19 Pandemic", "Depression", "Exercise and Mental Health", "Fear",
    "Healing Trauma", "Infographics", "Mindfulness", "Nervous System", "Neuroplasticity",
    "Perfectionism", "PTSD", "Relationships", "Shame", "Spirituality", "Trauma", "Trauma Therapy",
}  # fmt: skip


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, ArticlePage, CategoryPage, CoursePage, LessonPage, Expert, CreditType)
    } | {"tags": ArticlePage.tags.through.objects.count()}


def load():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_is_complete_and_idempotent():
    assert "created" in load()
    first = counts()
    assert "nothing to do" in load()
    assert counts() == first

    assert {c.title for c in CategoryPage.objects.all()} == BRIEF_CATEGORIES
    ptsd = CategoryPage.objects.get(slug="ptsd")
    assert ptsd.get_parent().slug == "trauma"
    assert first["ArticlePage"] >= 30
    assert 5 <= first["Expert"] <= 8
    assert first["CoursePage"] == 2
    for course in CoursePage.objects.all():
        assert LessonPage.objects.child_of(course).count() >= 5

    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    assert OrganisationSettings.for_site(home.get_site()).tagline
    assert len(NavigationSettings.for_site(home.get_site()).main_menu) >= 5


def test_demo_content_passes_the_editors_validation():
    load()
    for lesson in LessonPage.objects.all():
        lesson.full_clean()  # includes the pull-quote check against the transcript
        assert any(block.block_type == "pull_quote" for block in lesson.transcript)
    for article in ArticlePage.objects.all():
        article.full_clean()
        assert article.categories.exists()
        assert article.article_authors.exists()
    assert ArticlePage.objects.filter(related_links__isnull=False).exists()
    assert ArticlePage.tags.through.objects.exists()
