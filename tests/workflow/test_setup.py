"""The Clinical review exists once, covers articles, courses and lessons, and its reviewers can
approve without being able to publish around it."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

import pytest

from blog.models import ArticlePage, BlogIndexPage, CategoryPage
from cms.workflow import CLINICAL_REVIEW_WORKFLOW, CLINICAL_REVIEWERS_GROUP
from lessons.models import CourseIndexPage, CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def test_demo_loader_creates_the_workflow_once_on_blog_and_courses():
    load_demo()
    load_demo()

    workflows = Workflow.objects.filter(name=CLINICAL_REVIEW_WORKFLOW)
    assert workflows.count() == 1
    workflow = workflows.get()
    tasks = [task.specific for task in workflow.tasks]
    assert len(tasks) == 1
    assert [group.name for group in tasks[0].groups.all()] == [CLINICAL_REVIEWERS_GROUP]
    assigned = {type(link.page.specific) for link in WorkflowPage.objects.filter(workflow=workflow)}
    assert assigned == {BlogIndexPage, CourseIndexPage}

    for model in (ArticlePage, CoursePage, LessonPage):
        assert model.objects.first().get_workflow() == workflow, model
    # Topics are not health content: they keep Wagtail's default moderation.
    assert CategoryPage.objects.first().get_workflow() != workflow


def test_reviewers_may_edit_the_sections_but_not_publish(review):
    group = Group.objects.get(name=CLINICAL_REVIEWERS_GROUP)
    assert group.permissions.filter(codename="access_admin").exists()
    granted = {
        (permission.page_id, permission.permission.codename)
        for permission in GroupPagePermission.objects.filter(group=group)
    }
    assert granted == {
        (review.site.blog.pk, "change_page"),
        (review.site.courses.pk, "change_page"),
    }
    permissions = review.draft.permissions_for_user(review.reviewer)
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_demo_reviewer_account_is_repeatable_and_only_a_reviewer(review, settings):
    call_command("ensure_demo_reviewer", stdout=io.StringIO())
    accounts = get_user_model().objects.filter(username=settings.DEMO_REVIEWER_USERNAME)
    assert accounts.count() == 1
    reviewer = accounts.get()
    assert reviewer.check_password(settings.DEMO_REVIEWER_PASSWORD)
    assert not reviewer.is_superuser
    assert [group.name for group in reviewer.groups.all()] == [CLINICAL_REVIEWERS_GROUP]


def test_editor_is_offered_to_submit_to_clinical_review(client, review):
    client.force_login(review.editor)
    response = client.get(f"/admin/pages/{review.draft.pk}/edit/")
    assert response.status_code == 200
    assert "Submit to Clinical review" in response.content.decode()
