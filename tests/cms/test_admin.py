"""The demo editor (not a superuser) can open the create and edit views of every page type."""

import datetime

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, settings):
    call_command("ensure_demo_editor", stdout=open("/dev/null", "w"))  # noqa: SIM115
    user = get_user_model().objects.get(username=settings.DEMO_EDITOR_USERNAME)
    assert not user.is_superuser
    client.force_login(user)
    return client


@pytest.fixture
def pages(site_tree):
    category = CategoryPageFactory(parent=site_tree.topics)
    course = CoursePageFactory(parent=site_tree.courses)
    return {
        "home": site_tree.home,
        "blog": site_tree.blog,
        "topics": site_tree.topics,
        "courses": site_tree.courses,
        "category": category,
        "article": ArticlePageFactory(parent=site_tree.blog, categories=[category]),
        "course": course,
        "lesson": LessonPageFactory(parent=course),
    }


CREATE_UNDER = [
    ("blog", "articlepage", "blog"),
    ("blog", "categorypage", "topics"),
    ("blog", "categorypage", "category"),
    ("lessons", "coursepage", "courses"),
    ("lessons", "lessonpage", "course"),
]


@pytest.mark.parametrize(("app_label", "model", "parent"), CREATE_UNDER)
def test_create_view_loads(editor_client, pages, app_label, model, parent):
    url = reverse("wagtailadmin_pages:add", args=[app_label, model, pages[parent].pk])
    response = editor_client.get(url)
    assert response.status_code == 200


def test_section_create_views_load_on_an_empty_home(editor_client, site_tree):
    site_tree.blog.delete()
    url = reverse("wagtailadmin_pages:add", args=["blog", "blogindexpage", site_tree.home.pk])
    assert editor_client.get(url).status_code == 200


@pytest.mark.parametrize(
    "name", ["home", "blog", "topics", "courses", "category", "article", "course", "lesson"]
)
def test_edit_view_loads(editor_client, pages, name):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[pages[name].pk]))
    assert response.status_code == 200
    if name in {"article", "lesson"}:
        assert b"Clinical review" in response.content


def test_experts_are_managed_as_snippets(editor_client):
    ExpertFactory(name="Ada Moreno")
    listing = editor_client.get(reverse("wagtailsnippets_cms_expert:list"))
    assert listing.status_code == 200
    assert b"Ada Moreno" in listing.content
    assert editor_client.get(reverse("wagtailsnippets_cms_expert:add")).status_code == 200


def test_site_settings_are_editable(editor_client, site_tree):
    for model in ("organisationsettings", "navigationsettings"):
        url = reverse("wagtailsettings:edit", args=["cms", model, site_tree.site.pk])
        assert editor_client.get(url).status_code == 200


def test_overdue_review_report_lists_only_overdue_pages(editor_client, pages, site_tree):
    overdue = ArticlePageFactory(
        parent=site_tree.blog,
        title="Overdue piece",
        categories=[pages["category"]],
        next_review_due=datetime.date(2020, 5, 1),
    )
    ArticlePageFactory(
        parent=site_tree.blog,
        title="Fresh piece",
        categories=[pages["category"]],
        next_review_due=datetime.date.today() + datetime.timedelta(days=30),
    )
    lesson = pages["lesson"]
    lesson.title, lesson.next_review_due = "Stale lesson", datetime.date(2021, 1, 1)
    lesson.save()

    response = editor_client.get(reverse("overdue_reviews"))

    assert response.status_code == 200
    titles = [page.title for page in response.context["object_list"]]
    assert titles == ["Overdue piece", "Stale lesson"]
    assert overdue.title.encode() in response.content
