"""A catalogue that exercises every relation the API reads (images with renditions, authors
with photos, categories, tags, related picks, transcripts with speakers, materials, comments,
redirects, menus), grown on demand so query counts can be compared across site sizes."""

import copy

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document

import pytest
import wagtail_factories

from blog.factories import ArticlePageFactory, CategoryPageFactory, CommentFactory
from cms.factories import ExpertFactory
from cms.models import NavigationSettings, OrganisationSettings
from lessons.factories import CoursePageFactory, CreditTypeFactory, LessonPageFactory
from lessons.models import LessonMaterial


def image():
    return wagtail_factories.ImageFactory()


def speaker_turn(expert):
    return {
        "type": "speaker_turn",
        "value": {
            "expert": expert.pk,
            "speaker_name": "",
            "start_time": "1:00",
            "paragraphs": ["Notice the breath."],
        },
    }


class Catalogue:
    """Adds articles, courses and experts to a site tree; `grow` can be called again."""

    def __init__(self, site_tree):
        self.site = site_tree
        self.topics = [CategoryPageFactory(parent=site_tree.topics, icon=image()) for _ in range(3)]
        self.subtopics = [CategoryPageFactory(parent=topic) for topic in self.topics]
        self.experts = []
        self.articles = []
        self.courses = []
        self.lessons = []
        self.credit = CreditTypeFactory(code="APA")
        organisation = OrganisationSettings.for_site(site_tree.site)
        organisation.name = "Clinical Education"
        organisation.social_links = [
            {"type": "link", "value": {"platform": "x", "url": "https://x.com/example"}}
        ]
        organisation.save()
        navigation = NavigationSettings.for_site(site_tree.site)
        navigation.main_menu = [
            {"type": "link", "value": {"label": "Blog", "page": site_tree.blog.pk, "url": ""}},
            {"type": "link", "value": {"label": "Courses", "page": site_tree.courses.pk}},
        ]
        navigation.footer_menu = [
            {"type": "link", "value": {"label": "Topics", "page": site_tree.topics.pk}}
        ]
        navigation.save()

    def grow(self, articles=4, courses=1, lessons=3):
        start = len(self.articles)
        new_experts = [ExpertFactory(photo=image()) for _ in range(2)]
        self.experts += new_experts
        for n in range(start, start + articles):
            picks = self.articles[-2:]
            article = ArticlePageFactory(
                parent=self.site.blog,
                featured_image=image(),
                social_image=image() if n % 2 else None,
                categories=[self.topics[n % 3], self.subtopics[(n + 1) % 3]],
                authors=self.experts[-1 - n % 2 :],
                reviewed_by=self.experts[0],
                tags=[f"tag-{n % 4}", "common"],
                related=picks,
                body=[
                    {"type": "paragraph", "value": self._paragraph(picks)},
                    {
                        "type": "call_to_action",
                        "value": {"label": "More", "page": self.site.blog.pk, "url": ""},
                    },
                ],
            )
            self.articles.append(article)
            for _ in range(2):
                parent = CommentFactory(article=article)
                CommentFactory(article=article, parent=parent)
        for _ in range(courses):
            course = CoursePageFactory(
                parent=self.site.courses, cover_image=image(), instructors=new_experts
            )
            course.credit_types.set([self.credit])
            course.categories.set([self.topics[0]])
            course.save()
            self.courses.append(course)
            for _ in range(lessons):
                lesson = LessonPageFactory(
                    parent=course,
                    reviewed_by=new_experts[0],
                    social_image=image(),
                    transcript=[speaker_turn(expert) for expert in new_experts],
                )
                document = Document.objects.create(
                    title="Worksheet", file=ContentFile(b"worksheet", name="worksheet.txt")
                )
                LessonMaterial.objects.create(page=lesson, document=document)
                self.lessons.append(lesson)
        for n in range(start, start + articles):
            Redirect.objects.create(old_path=f"/old-{n}", redirect_page=self.articles[n])
        return self

    def _paragraph(self, picks):
        links = "".join(f'<a linktype="page" id="{page.pk}">see</a> ' for page in picks)
        return f"<p>Slow breathing {links}steadies the body.</p>"


@pytest.fixture(scope="module")
def built_catalogue(module_site_tree):
    """The first size of the catalogue, built once for a module (tests/conftest.py,
    `module_db`): building it took about 5 s of every query-count test."""
    return Catalogue(module_site_tree).grow()


@pytest.fixture
def catalogue(built_catalogue, db):
    """The module's catalogue, for one test to grow: what it adds is rolled back with the test,
    and it appends to lists of its own."""
    own = copy.copy(built_catalogue)
    for name in ("topics", "subtopics", "experts", "articles", "courses", "lessons"):
        setattr(own, name, list(getattr(built_catalogue, name)))
    return own


def count_queries(client, url, **headers) -> tuple[int, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code == 200, (url, response.content[:300])
    return len(queries), [query["sql"] for query in queries.captured_queries]
