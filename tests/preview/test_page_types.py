"""Every page type previews: in the frontend through the API with its draft's own data, and in
the reader templates when there is no frontend."""

import datetime

from django.urls import reverse

import pytest

from blog.factories import CategoryPageFactory
from cms.preview.models import PagePreview
from cms.registry import page_type_for
from lessons.factories import CoursePageFactory, LessonPageFactory
from lessons.models import CourseInstructor, LessonPage

from .conftest import preview_params

pytestmark = pytest.mark.django_db

PREVIEW_API = "/api/v2/preview/"


@pytest.fixture
def course(newsroom):
    course = CoursePageFactory(
        parent=newsroom.site.courses,
        slug="calm-in-session",
        title="Calm in session",
        instructors=[newsroom.author],
    )
    LessonPageFactory(parent=course, slug="first", title="First lesson")
    LessonPageFactory(parent=course, slug="second", title="Second lesson")
    return course


def served(client, preview) -> dict:
    label = f"{preview.content_type.app_label}.{preview.content_type.model}"
    response = client.get(PREVIEW_API, {"content_type": label, "token": preview.token})
    assert response.status_code == 200, response.content
    return response.json()


def test_every_detailed_page_type_has_a_preview_path():
    """A page type with a detail shape of its own loads its draft in memory too: otherwise a
    preview would fall back to the link fields."""
    from django.apps import apps

    from wagtail.models import Page

    page_models = [m for m in apps.get_models() if issubclass(m, Page) and m is not Page]
    detailed = [m for m in page_models if page_type_for(m).serializer is not None]
    assert {m._meta.label for m in detailed} >= {
        "blog.ArticlePage",
        "blog.CategoryPage",
        "lessons.CoursePage",
        "lessons.LessonPage",
    }
    assert all(page_type_for(m).load_draft is not None for m in detailed)


def test_a_course_draft_with_new_instructors(client, frontend, newsroom, course):
    course = course.get_latest_revision_as_object()
    course.title = "Calm in session, second edition"
    course.instructors.set([CourseInstructor(expert=newsroom.guest, sort_order=0)])
    data = served(client, PagePreview.create_for(course))
    page = data["page"]
    assert page["title"] == "Calm in session, second edition"
    assert [expert["name"] for expert in page["instructors"]] == ["Amal Haddad"]
    assert [lesson["title"] for lesson in page["lessons"]] == ["First lesson", "Second lesson"]
    assert client.get("/api/v2/courses/calm-in-session/").json()["title"] == "Calm in session"


def test_a_new_lesson_is_numbered_after_the_live_ones(client, frontend, course):
    lesson = LessonPage(
        title="Third lesson, in draft",
        slug="third",
        summary="Not yet published.",
        video_url="https://vimeo.com/1",
        duration=datetime.timedelta(minutes=12),
    )
    last = course.get_last_child()
    lesson.depth, lesson.path = last.depth, last._inc_path()
    lesson.set_url_path(course)
    page = served(client, PagePreview.create_for(lesson))["page"]
    assert page["id"] is None
    assert page["title"] == "Third lesson, in draft"
    assert page["number"] == 3
    assert page["previous"]["title"] == "Second lesson"
    assert page["next"] is None
    assert page["course"]["slug"] == "calm-in-session"


def test_a_lesson_draft_keeps_its_place(client, frontend, course):
    first = course.get_children().first().specific
    first.title = "First lesson, retitled"
    page = served(client, PagePreview.create_for(first))["page"]
    assert page["title"] == "First lesson, retitled"
    assert page["number"] == 1
    assert page["next"]["title"] == "Second lesson"


def test_a_category_draft_keeps_its_tree(client, frontend, newsroom):
    ptsd = CategoryPageFactory(parent=newsroom.trauma, slug="ptsd", title="PTSD")
    draft = newsroom.trauma.get_latest_revision_as_object()
    draft.title = "Trauma and recovery"
    draft.description = "A drafted description."
    data = served(client, PagePreview.create_for(draft))
    page = data["page"]
    assert page["title"] == "Trauma and recovery"
    assert page["description"] == "A drafted description."
    assert [child["slug"] for child in page["children"]] == [ptsd.slug]
    assert page["article_count"] == 1
    assert client.get("/api/v2/categories/trauma/").json()["title"] == "Trauma"


def test_a_generic_page_previews_with_its_link_fields(client, frontend, newsroom):
    home = newsroom.site.home.specific
    home.title = "Welcome, in draft"
    page = served(client, PagePreview.create_for(home))["page"]
    assert page["type"] == "cms.HomePage"
    assert page["title"] == "Welcome, in draft"
    assert page["path"] == "/"


def page_of_each_type(newsroom, course):
    return {
        "home": newsroom.site.home,
        "blog": newsroom.site.blog,
        "topics": newsroom.site.topics,
        "category": newsroom.trauma,
        "article": newsroom.article,
        "courses": newsroom.site.courses,
        "course": course,
        "lesson": course.get_children().first(),
    }


@pytest.mark.parametrize(
    "name", ["home", "blog", "topics", "category", "article", "courses", "course", "lesson"]
)
def test_every_page_type_previews_in_the_frontend(
    editor_client, client, frontend, newsroom, course, name
):
    page = page_of_each_type(newsroom, course)[name]
    response = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 302
    data = client.get(PREVIEW_API, preview_params(response["Location"])).json()
    assert data["page"]["title"] == page.title


@pytest.mark.parametrize(
    "name", ["home", "blog", "topics", "category", "article", "courses", "course", "lesson"]
)
def test_every_page_type_previews_in_the_reader_templates(
    editor_client, settings, newsroom, course, name
):
    settings.FRONTEND_URL = ""
    page = page_of_each_type(newsroom, course)[name]
    response = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert page.title in response.content.decode()
