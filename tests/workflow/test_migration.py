"""Production databases get the Clinical review from a migration, not only the demo."""

import importlib

from django.apps import apps

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage

import pytest

from cms.workflow import CLINICAL_REVIEW_WORKFLOW, CLINICAL_REVIEWERS_GROUP

pytestmark = pytest.mark.django_db

migration = importlib.import_module("blog.migrations.0004_clinical_review_workflow")


def test_every_database_has_the_workflow_and_group():
    workflow = Workflow.objects.get(name=CLINICAL_REVIEW_WORKFLOW)
    [task] = [task.specific for task in workflow.tasks]
    assert isinstance(task, GroupApprovalTask)
    assert [group.name for group in task.groups.all()] == [CLINICAL_REVIEWERS_GROUP]


def test_migration_assigns_existing_sections_once(site_tree):
    migration.create_clinical_review(apps, None)
    migration.create_clinical_review(apps, None)

    assert Workflow.objects.filter(name=CLINICAL_REVIEW_WORKFLOW).count() == 1
    workflow = Workflow.objects.get(name=CLINICAL_REVIEW_WORKFLOW)
    assigned = set(WorkflowPage.objects.filter(workflow=workflow).values_list("page", flat=True))
    assert assigned == {site_tree.blog.pk, site_tree.courses.pk}
