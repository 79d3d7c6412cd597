"""Reader content built with the factories, and tabs in the browser of tests/browser.

The browser is Debian's Chromium (never a downloaded one), opened once per test; each module
here holds one test, so one browser and one live server serve a module. Build the data in
fixtures requested before `new_tab`: once the browser is open, Django refuses ORM calls in
this thread (see tests/browser/conftest.py).
"""

import datetime
from types import SimpleNamespace
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.test import Client

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory, CommentFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory
from tests.browser.conftest import TIMEOUT_MS, artifacts_dir, browser

__all__ = ["artifacts_dir", "browser"]  # fixtures shared with tests/browser

LEARNER_PASSWORD = "quiet-harbour-lantern-2026"  # a throwaway test account


@pytest.fixture
def new_tab(browser):
    """A tab in a fresh context (a new visitor); pass cookies to sign someone in."""
    contexts = []

    def open_tab(cookies=()):
        context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
        context.set_default_timeout(TIMEOUT_MS)
        context.add_cookies(list(cookies))
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


@pytest.fixture
def reader_site(site_tree, live_server):
    """A small site shaped like the demo: two topics (one nested), an article with an expert
    author and an approved comment, a course with a lesson, and a signed-in learner."""
    address = urlsplit(live_server.url)
    site_tree.site.hostname, site_tree.site.port = address.hostname, address.port
    site_tree.site.save()
    expert = ExpertFactory(name="Amara Okafor", slug="amara-okafor")
    topic = CategoryPageFactory(parent=site_tree.topics, title="Anxiety", slug="anxiety")
    subtopic = CategoryPageFactory(parent=topic, title="Panic", slug="panic")
    article = ArticlePageFactory(
        parent=site_tree.blog,
        title="Pacing the breath with a panicking client",
        slug="pacing-the-breath",
        categories=[topic, subtopic],
        authors=[expert],
    )
    CommentFactory(article=article)
    course = CoursePageFactory(
        parent=site_tree.courses, title="Grounding skills", slug="grounding", instructors=[expert]
    )
    lesson = LessonPageFactory(
        parent=course, title="The first session", duration=datetime.timedelta(minutes=12)
    )
    learner = get_user_model().objects.create_user(
        "learner", "learner@example.org", LEARNER_PASSWORD
    )
    client = Client()
    client.force_login(learner)
    session = client.cookies["sessionid"].value
    return SimpleNamespace(
        url=live_server.url,
        article=article,
        paths={
            "home": "/",
            "blog index": site_tree.blog.url,
            "article": article.url,
            "category tree": site_tree.topics.url,
            "category": subtopic.url,
            "course": course.url,
            "lesson": lesson.url,
            "expert": f"/experts/{expert.slug}/",
            "search with results": "/search/?q=breath",
            "search without results": "/search/?q=zzqxvbnotaword",
            "404": "/no-such-page-here/",
        },
        learner_cookies=[
            {"name": "sessionid", "value": session, "domain": address.hostname, "path": "/"}
        ],
    )
