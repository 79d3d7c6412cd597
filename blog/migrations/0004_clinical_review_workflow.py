"""Production gets the Clinical review workflow too, not only the demo.

Creates the "Clinical reviewers" group (admin access), the "Clinical review" group approval
task and workflow, and assigns the workflow to the blog and courses sections that already exist
and have no workflow of their own (with the reviewers' edit permission there). Sections created
later are assigned in the admin (Settings > Workflows) or by `cms.workflow.ensure_clinical_review`,
which the demo loader calls. Written with the historical models, so the names are repeated here
on purpose rather than imported from cms.workflow.
"""

from django.db import migrations

WORKFLOW = "Clinical review"
TASK = "Clinical review"
GROUP = "Clinical reviewers"


def create_clinical_review(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    group, _ = Group.objects.get_or_create(name=GROUP)
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if access_admin is not None:
        group.permissions.add(access_admin)

    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(group)
    workflow = Workflow.objects.filter(name=WORKFLOW).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW, active=True)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    change_page = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename="change_page"
    ).first()
    section_types = ContentType.objects.filter(
        app_label__in=["blog", "lessons"], model__in=["blogindexpage", "courseindexpage"]
    )
    Page = apps.get_model("wagtailcore", "Page")
    for section in Page.objects.filter(content_type__in=section_types):
        WorkflowPage.objects.get_or_create(page=section, defaults={"workflow": workflow})
        if change_page is not None:
            GroupPagePermission.objects.get_or_create(
                group=group, page=section, permission=change_page
            )


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0003_comments"),
        ("lessons", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_clinical_review, migrations.RunPython.noop)]
