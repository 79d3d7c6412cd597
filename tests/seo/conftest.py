"""A small published site for SEO: an article with an author, a clinical reviewer, tags and a
hidden category; a course with CE/CME credit and a visible and a draft lesson; and the
organisation's settings. Hidden things carry "leakmarker", experts' emails "@example.org":
neither may appear in any SEO output."""

import datetime
from types import SimpleNamespace

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from cms.models import OrganisationSettings
from lessons.factories import CoursePageFactory, CreditTypeFactory, LessonPageFactory


def speaker_turn(expert, text):
    value = {"expert": expert.pk, "speaker_name": "", "start_time": "0:10", "paragraphs": [text]}
    return {"type": "speaker_turn", "value": value}


@pytest.fixture
def seo_site(site_tree):
    organisation = OrganisationSettings.for_site(site_tree.site)
    organisation.name = "Institute for Clinical Learning"
    organisation.social_links = [
        {"type": "link", "value": {"platform": "x", "url": "https://x.com/ClinicalLearning"}},
        {"type": "link", "value": {"platform": "youtube", "url": "https://youtube.com/@icl"}},
    ]
    organisation.save()

    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    hidden_category = CategoryPageFactory(
        parent=site_tree.topics, slug="leakmarker-category", title="leakmarker", live=False
    )
    author = ExpertFactory(
        name="Maya Okafor",
        credentials="PsyD",
        title="Clinical psychologist",
        website="https://maya.example.com/",
        email="maya@example.org",
    )
    reviewer = ExpertFactory(name="Daniel Reyes", credentials="MD", email="daniel@example.org")
    article = ArticlePageFactory(
        parent=site_tree.blog,
        slug="why-the-body-remembers",
        title="Why the body remembers",
        intro="How threat memories live in the body.",
        categories=[hidden_category, trauma],
        authors=[author],
        tags=["memory", "Body"],
        publication_date=datetime.date(2026, 3, 2),
        reviewed_by=reviewer,
        last_reviewed=datetime.date(2026, 3, 1),
    )
    article.record_approved_content()  # as the Clinical review's approval does
    article.save_revision().publish()  # as an editor would: first and last published dates

    apa = CreditTypeFactory(code="APA", name="American Psychological Association",
                            professions="Psychologists")  # fmt: skip
    accme = CreditTypeFactory(code="ACCME", name="Accreditation Council for CME")
    course = CoursePageFactory(
        parent=site_tree.courses,
        slug="grounding",
        title="Grounding skills",
        summary="Practical grounding for anxious clients.",
        credit_hours="6.5",
        instructors=[author],
        learning_objectives=[("objective", "Teach a grounding exercise")],
    )
    course.credit_types.set([apa, accme])
    course.categories.set([trauma, hidden_category])
    course.save()
    lesson = LessonPageFactory(
        parent=course,
        slug="first-session",
        title="The first session",
        summary="What to do first.",
        video_url="https://www.youtube.com/watch?v=abcdefghijk",
        duration=datetime.timedelta(minutes=24, seconds=30),
        transcript=[speaker_turn(author, "Notice the breath without changing it.")],
    )
    lesson.save_revision().publish()
    LessonPageFactory(
        parent=course,
        slug="leakmarker-lesson",
        title="leakmarker lesson",
        duration=datetime.timedelta(minutes=10),
        live=False,
    )
    return SimpleNamespace(
        site=site_tree,
        trauma=trauma,
        article=article,
        author=author,
        reviewer=reviewer,
        course=course,
        lesson=lesson,
    )
