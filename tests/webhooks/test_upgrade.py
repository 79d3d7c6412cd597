"""Deliveries queued before the upgrade that moved the webhook task (`cms.tasks` to
`cms.webhooks.tasks`) are still delivered: the webhooks app's first migration points them at
the task's new path."""

from importlib import import_module
from types import SimpleNamespace

from django.apps import apps
from django.db import connection

import pytest
from django_tasks_db.models import DBTaskResult

from blog.factories import ArticlePageFactory

from .test_retries import DATABASE_QUEUE

pytestmark = pytest.mark.django_db

upgrade = import_module("cms.webhooks.migrations.0001_queued_deliveries_follow_the_task")


def test_a_delivery_queued_under_the_old_path_follows_the_task(
    settings, site_tree, endpoint, django_capture_on_commit_callbacks
):
    settings.TASKS = DATABASE_QUEUE
    draft = ArticlePageFactory(parent=site_tree.blog, slug="queued-before-the-upgrade", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()
    queued = DBTaskResult.objects.get(backend_name="webhooks")
    assert queued.task_path == upgrade.NEW_PATH
    DBTaskResult.objects.filter(pk=queued.pk).update(task_path=upgrade.OLD_PATH)
    with pytest.raises(ImportError):  # what the worker met before the migration
        DBTaskResult.objects.get(pk=queued.pk).task  # noqa: B018

    upgrade.follow_the_task(apps, SimpleNamespace(connection=connection))

    moved = DBTaskResult.objects.get(pk=queued.pk)
    assert moved.task_path == upgrade.NEW_PATH
    assert moved.task.name == "deliver_webhook"
