"""`paths` in a page event names every reader path whose rendering changed: the page, its
ancestors up to the home page, and what its page type registered as showing it (categories and
the listings above them, experts' pages, articles that pick it, feeds; a lesson's siblings and
its course's instructors). Hidden pages are never named."""

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory

pytestmark = pytest.mark.django_db

FEEDS = ["/feeds/articles/rss/", "/feeds/articles/atom/"]


@pytest.fixture
def shelf(site_tree):
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    ptsd = CategoryPageFactory(parent=trauma, slug="ptsd", title="PTSD")
    draft_category = CategoryPageFactory(parent=trauma, slug="leak-category", live=False)
    rosa = ExpertFactory(slug="rosa-field")
    article = ArticlePageFactory(
        parent=site_tree.blog,
        slug="grounding",
        categories=[ptsd, draft_category],
        authors=[rosa],
    )
    ArticlePageFactory(parent=site_tree.blog, slug="picker", related=[article])
    ArticlePageFactory(parent=site_tree.blog, slug="leak-picker", related=[article], live=False)
    return article


ARTICLE_PATHS = [
    "/blog/grounding/",
    "/blog/",
    "/",
    "/topics/trauma/ptsd/",
    "/topics/trauma/",
    "/topics/",
    "/experts/rosa-field/",
    "/blog/picker/",
    *FEEDS,
    "/feeds/categories/ptsd/rss/",
    "/feeds/categories/ptsd/atom/",
    "/feeds/categories/trauma/rss/",
    "/feeds/categories/trauma/atom/",
    "/feeds/experts/rosa-field/rss/",
    "/feeds/experts/rosa-field/atom/",
]


def test_publishing_an_article_names_every_listing_feed_and_page_that_shows_it(
    shelf, endpoint, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        shelf.save_revision().publish()

    data = receiver.received[0].json["data"]
    assert data["paths"] == ARTICLE_PATHS
    assert "leak" not in receiver.received[0].body.decode()


def test_unpublishing_and_deleting_name_the_same_paths_and_deleted_is_not_visible(
    shelf, endpoint, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        shelf.unpublish()
    shelf.save_revision().publish()
    receiver.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        shelf.delete()

    assert receiver.types() == ["page.deleted"]
    deleted = receiver.received[0].json["data"]
    assert deleted["page"]["visible"] is False
    assert deleted["page"]["title"] is None
    assert deleted["paths"] == ARTICLE_PATHS


def test_renaming_a_category_names_the_articles_filed_under_it(
    shelf, endpoint, receiver, django_capture_on_commit_callbacks
):
    ptsd = shelf.categories.get(slug="ptsd")
    ptsd.title = "Post-traumatic stress"
    with django_capture_on_commit_callbacks(execute=True):
        ptsd.save_revision().publish()

    assert receiver.received[0].json["data"]["paths"] == [
        "/topics/trauma/ptsd/",
        "/topics/trauma/",
        "/topics/",
        "/",
        "/blog/grounding/",
        *FEEDS,
        "/feeds/categories/ptsd/rss/",
        "/feeds/categories/ptsd/atom/",
        "/feeds/categories/trauma/rss/",
        "/feeds/categories/trauma/atom/",
    ]


def test_a_lesson_names_its_course_its_siblings_and_the_instructors_pages(
    site_tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    course = CoursePageFactory(
        parent=site_tree.courses, slug="grounding", instructors=[ExpertFactory(slug="ana")]
    )
    first = LessonPageFactory(parent=course, slug="first")
    LessonPageFactory(parent=course, slug="leak-draft", live=False)
    LessonPageFactory(parent=course, slug="last")
    with django_capture_on_commit_callbacks(execute=True):
        first.save_revision().publish()
        course.save_revision().publish()

    lesson_event, course_event = (event.json["data"] for event in receiver.received)
    assert lesson_event["paths"] == [
        "/courses/grounding/first/",
        "/courses/grounding/",
        "/courses/",
        "/",
        "/courses/grounding/last/",
        "/experts/ana/",
    ]
    assert course_event["paths"] == [
        "/courses/grounding/",
        "/courses/",
        "/",
        "/courses/grounding/first/",
        "/courses/grounding/last/",
        "/experts/ana/",
    ]


def test_a_page_type_that_registers_nothing_names_its_own_path_and_ancestors(
    site_tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site_tree.blog.save_revision().publish()
    assert receiver.received[0].json["data"]["paths"] == ["/blog/", "/"]


def test_an_article_under_a_hidden_parent_names_no_hidden_page(
    shelf, site_tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    site_tree.topics.get_children().get(slug="trauma").specific.unpublish()
    receiver.received.clear()
    with django_capture_on_commit_callbacks(execute=True):
        shelf.save_revision().publish()

    paths = receiver.received[0].json["data"]["paths"]
    assert not [path for path in paths if "trauma" in path or "ptsd" in path]
    assert "/topics/" in paths


def test_pages_whose_text_links_to_it_are_named(
    site_tree, endpoint, receiver, django_capture_on_commit_callbacks
):
    """A link to a hidden page is shown as plain text: publishing the page changes the pages
    linking to it (found through Wagtail's reference index, whatever their type)."""
    draft = ArticlePageFactory(parent=site_tree.blog, slug="grounding", live=False)
    CoursePageFactory(
        parent=site_tree.courses,
        slug="linking",
        overview=f'<p>Read <a linktype="page" id="{draft.pk}">the article</a>.</p>',
    )
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()

    assert "/courses/linking/" in receiver.received[0].json["data"]["paths"]
