"""A small but complete published site for the fuzzer: every endpoint has something real to
return, so generated requests reach serializers and selectors, not only the 404 path."""

import datetime
from types import SimpleNamespace

from wagtail.contrib.redirects.models import Redirect

import pytest
import wagtail_factories

from blog.factories import ArticlePageFactory, CategoryPageFactory, CommentFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory


@pytest.fixture
def fuzz_site(site_tree):
    image = wagtail_factories.ImageFactory(title="Calm room")
    wagtail_factories.DocumentFactory(title="Worksheet")
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    sleep = CategoryPageFactory(parent=trauma, slug="sleep", title="Sleep")
    experts = [
        ExpertFactory(name="Rosa Field", slug="rosa-field", photo=image),
        ExpertFactory(name="Tom Okafor", slug="tom-okafor"),
    ]
    articles = [
        ArticlePageFactory(
            parent=site_tree.blog,
            slug=f"sleep-and-threat-{n}",
            title=f"Sleep and threat, part {n}",
            categories=[sleep if n % 2 else trauma],
            authors=experts[: 1 + n % 2],
            tags=["insomnia", "grounding"][: 1 + n % 2],
            listing_image=image,
        )
        for n in range(6)
    ]
    root = CommentFactory(article=articles[0])
    CommentFactory(article=articles[0], parent=root, body="A reply from the author.")
    course = CoursePageFactory(
        parent=site_tree.courses, slug="calm-body", title="The calm body", instructors=experts
    )
    lessons = [
        LessonPageFactory(parent=course, slug=f"lesson-{n}", duration=datetime.timedelta(minutes=9))
        for n in range(3)
    ]
    Redirect.objects.create(old_path="/old-sleep", redirect_page=articles[1])
    return SimpleNamespace(articles=articles, course=course, lessons=lessons, experts=experts)
