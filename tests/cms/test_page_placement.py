"""Editors can create each page type only where it belongs in the tree."""

import pytest

from blog.factories import CategoryPageFactory
from blog.models import ArticlePage, BlogIndexPage, CategoryIndexPage, CategoryPage
from cms.models import HomePage
from lessons.factories import CoursePageFactory
from lessons.models import CourseIndexPage, CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def test_sections_live_directly_under_home(site_tree):
    home = site_tree.home
    assert set(home.specific_class.allowed_subpage_models()) == {
        BlogIndexPage,
        CategoryIndexPage,
        CourseIndexPage,
    }
    for section in (BlogIndexPage, CategoryIndexPage, CourseIndexPage):
        assert not section.can_create_at(home), "one of each section per home page"


def test_articles_only_in_the_blog(site_tree):
    assert ArticlePage.can_create_at(site_tree.blog)
    for elsewhere in (site_tree.home, site_tree.topics, site_tree.courses):
        assert not ArticlePage.can_create_at(elsewhere)
    assert ArticlePage.allowed_subpage_models() == []


def test_categories_nest_under_topics_and_each_other(site_tree):
    trauma = CategoryPageFactory(parent=site_tree.topics, title="Trauma", slug="trauma")
    assert CategoryPage.can_create_at(site_tree.topics)
    assert CategoryPage.can_create_at(trauma)
    assert not CategoryPage.can_create_at(site_tree.blog)
    assert not CategoryPage.can_create_at(site_tree.home)


def test_lessons_only_inside_a_course(site_tree):
    course = CoursePageFactory(parent=site_tree.courses)
    assert CoursePage.can_create_at(site_tree.courses)
    assert not CoursePage.can_create_at(site_tree.blog)
    assert LessonPage.can_create_at(course)
    assert not LessonPage.can_create_at(site_tree.courses)
    assert not LessonPage.can_create_at(site_tree.blog)


def test_home_only_at_the_tree_root(site_tree):
    assert HomePage.can_create_at(site_tree.home.get_parent())
    assert not HomePage.can_create_at(site_tree.blog)
