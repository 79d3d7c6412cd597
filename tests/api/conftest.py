"""A small published site with one page in every hidden state, each carrying a marker that
must never appear in any public response."""

import datetime
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from blog.factories import (
    ArticlePageFactory,
    BlogIndexPageFactory,
    CategoryPageFactory,
    CommentFactory,
)
from blog.models import RelatedArticle
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory


def make_article(parent, slug, categories, **kwargs):
    """Hidden pages get a title marker besides their slug, so that refusing to show a page
    (whose URL the requester already knows) is told apart from leaking its content."""
    title = kwargs.pop("title", slug.replace("leakmarker-", "LEAKTITLE-"))
    return ArticlePageFactory(
        parent=parent, slug=slug, title=title, categories=categories, **kwargs
    )


def build_world(site_tree):
    trauma = CategoryPageFactory(parent=site_tree.topics, slug="trauma", title="Trauma")
    ptsd = CategoryPageFactory(parent=trauma, slug="ptsd", title="PTSD")
    author = ExpertFactory(
        name="Rosa Field", slug="rosa-field", email="leakmarker-email@example.org"
    )
    now = timezone.now()
    hidden = {}

    hidden["draft"] = make_article(site_tree.blog, "leakmarker-draft", [ptsd], live=False)
    unpublished = make_article(site_tree.blog, "leakmarker-unpublished", [ptsd])
    unpublished.unpublish()
    hidden["unpublished"] = unpublished
    hidden["scheduled"] = make_article(
        site_tree.blog,
        "leakmarker-scheduled",
        [ptsd],
        live=False,
        go_live_at=now + datetime.timedelta(days=2),
    )
    hidden["expired"] = make_article(
        site_tree.blog, "leakmarker-expired", [ptsd], expire_at=now - datetime.timedelta(hours=1)
    )
    for kind, extra in [("password", {"password": "s3cret"}), ("login", {}), ("groups", {})]:
        page = make_article(site_tree.blog, f"leakmarker-{kind}", [ptsd])
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, **extra)
        if kind == "groups":
            restriction.groups.add(Group.objects.get(name="Editors"))
        hidden[kind] = page
    archive = BlogIndexPageFactory(parent=site_tree.home, slug="archive", title="Archive")
    hidden["under-unpublished-parent"] = make_article(archive, "leakmarker-orphan", [ptsd])
    archive.unpublish()
    hidden_category = CategoryPageFactory(
        parent=site_tree.topics, slug="leakmarker-category", live=False
    )

    shown = make_article(
        site_tree.blog,
        "visible-article",
        [ptsd, hidden_category],
        title="Visible article",
        authors=[author],
        tags=["grounding"],
        body=[
            {
                "type": "paragraph",
                "value": f'<p>See <a linktype="page" id="{hidden["draft"].pk}">this draft</a>.</p>',
            },
            {
                "type": "call_to_action",
                "value": {"label": "Go", "page": hidden["password"].pk, "url": "", "text": ""},
            },
        ],
    )
    shown.related_links.set(
        [RelatedArticle(article=page, sort_order=i) for i, page in enumerate(hidden.values())]
    )
    shown.save()
    # A newer draft of a live page: its title must not be served until published.
    shown.title = "leakmarker-newer-draft"
    shown.save_revision()
    other = make_article(site_tree.blog, "other-article", [trauma], tags=["grounding"])

    course = CoursePageFactory(
        parent=site_tree.courses,
        slug="visible-course",
        title="Visible course",
        instructors=[author],
    )
    lesson = LessonPageFactory(parent=course, slug="visible-lesson", title="Visible lesson")
    hidden["lesson-draft"] = LessonPageFactory(
        parent=course, slug="leakmarker-lesson-draft", title="LEAKTITLE-lesson-draft", live=False
    )
    hidden_course = CoursePageFactory(
        parent=site_tree.courses,
        slug="leakmarker-course-draft",
        title="LEAKTITLE-course-draft",
        instructors=[author],
    )
    LessonPageFactory(
        parent=hidden_course, slug="leakmarker-course-lesson", title="LEAKTITLE-course-lesson"
    )
    hidden_course.unpublish()
    hidden["course-draft"] = hidden_course

    # A live row with go_live_at still ahead: Wagtail's publishing never writes one, an import
    # or a script can.
    hidden["live-row-future"] = make_article(site_tree.blog, "leakmarker-live-row-future", [ptsd])
    type(hidden["live-row-future"]).objects.filter(pk=hidden["live-row-future"].pk).update(
        go_live_at=now + datetime.timedelta(days=3)
    )

    # Comments: only approved ones are public, and never a commenter's email.
    CommentFactory(article=shown, body="An approved reply.", email="leakmarker-comment-email@x.org")
    for status in ["pending", "spam", "rejected"]:
        CommentFactory(article=shown, status=status, body=f"Body leakmarker-{status}-comment.")
    return SimpleNamespace(
        shown=shown,
        other=other,
        hidden=hidden,
        trauma=trauma,
        ptsd=ptsd,
        author=author,
        site=site_tree,
        course=course,
        lesson=lesson,
    )


@pytest.fixture
def world(site_tree):
    return build_world(site_tree)
