"""Search fixtures: a small hand-built catalogue; the demo site (`demo`) is in tests/conftest.py."""

import datetime
from types import SimpleNamespace

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory


def get(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, (url, params, response.content[:500])
    return response.json()


def slugs(body) -> list[str]:
    return [
        (result["expert"]["slug"] if result["type"] == "expert" else result["path"].split("/")[-2])
        for result in body["results"]
    ]


def paragraph(text: str) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def turn(text: str, start: str = "", expert=None, name: str = "Host") -> dict:
    return {
        "type": "speaker_turn",
        "value": {
            "expert": expert.pk if expert else None,
            "speaker_name": "" if expert else name,
            "start_time": start,
            "paragraphs": [text],
        },
    }


@pytest.fixture
def catalogue(site_tree):
    """Categories with synonyms, articles, a course with lessons, and experts, built to probe
    one behaviour each."""
    trauma = CategoryPageFactory(
        parent=site_tree.topics, slug="trauma", title="Trauma", synonyms="adversity"
    )
    ptsd = CategoryPageFactory(
        parent=trauma, slug="ptsd", title="PTSD", synonyms="post-traumatic stress\nposttraumatic"
    )
    sleep = CategoryPageFactory(parent=site_tree.topics, slug="sleep", title="Sleep")
    author = ExpertFactory(name="Rosa Field", slug="rosa-field", bio="Writes about rest.")
    teacher = ExpertFactory(name="Tom Teacher", slug="tom-teacher", bio="Teaches breathing.")
    synonym_only = ArticlePageFactory(
        parent=site_tree.blog,
        slug="living-with-post-traumatic-stress",
        title="Living with the aftermath",
        intro="Notes for clinicians.",
        body=paragraph("Many clients with post-traumatic stress sleep badly."),
        categories=[sleep],
        authors=[author],
        publication_date=datetime.date(2025, 3, 1),
    )
    ptsd_article = ArticlePageFactory(
        parent=site_tree.blog,
        slug="treating-ptsd",
        title="Treating PTSD in primary care",
        intro="What a first appointment can do.",
        body=paragraph("Screening, safety and referral."),
        categories=[ptsd],
        authors=[author],
        tags=["nightmares"],
        publication_date=datetime.date(2025, 2, 1),
    )
    insomnia = ArticlePageFactory(
        parent=site_tree.blog,
        slug="insomnia-basics",
        title="Insomnia basics",
        intro="Sleep hygiene <b>without</b> the lectures.",
        body=paragraph("Rest & routines: a practical guide to insomnia."),
        categories=[sleep],
        authors=[teacher],
        publication_date=datetime.date(2025, 4, 1),
    )
    course = CoursePageFactory(
        parent=site_tree.courses, slug="calm-course", title="Calm breathing course",
        summary="Practical breathing.", instructors=[teacher],
    )  # fmt: skip
    course.categories.set([sleep])
    course.save()
    lesson = LessonPageFactory(
        parent=course,
        slug="exhale-lesson",
        title="The long exhale",
        summary="Slowing down.",
        transcript=[
            turn("Welcome back to the course.", "0:05"),
            turn("A longer exhale calms the nervous system quickly.", "2:15", expert=teacher),
            turn("Thank you, that was clear.", ""),
        ],
    )
    return SimpleNamespace(
        site=site_tree, trauma=trauma, ptsd=ptsd, sleep=sleep, author=author, teacher=teacher,
        synonym_only=synonym_only, ptsd_article=ptsd_article, insomnia=insomnia, course=course,
        lesson=lesson,
    )  # fmt: skip
