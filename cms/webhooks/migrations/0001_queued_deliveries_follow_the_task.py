"""Deliveries queued before the webhooks became an app of their own name their task by its old
path (`cms.tasks.deliver_webhook`); the worker could no longer import it and would drop them.
They are pointed at the task's new home, so no queued delivery is lost in the upgrade."""

from django.db import migrations

OLD_PATH = "cms.tasks.deliver_webhook"
NEW_PATH = "cms.webhooks.tasks.deliver_webhook"


def follow_the_task(apps, schema_editor, old=OLD_PATH, new=NEW_PATH):
    queued = apps.get_model("django_tasks_database", "DBTaskResult")
    queued.objects.using(schema_editor.connection.alias).filter(task_path=old).update(task_path=new)


def back_to_the_old_path(apps, schema_editor):
    follow_the_task(apps, schema_editor, old=NEW_PATH, new=OLD_PATH)


class Migration(migrations.Migration):
    dependencies = [("django_tasks_database", "0021_conditional_partial_index_ordering")]

    operations = [migrations.RunPython(follow_the_task, back_to_the_old_path, elidable=True)]
