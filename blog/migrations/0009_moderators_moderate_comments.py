"""A fresh `migrate` lets Wagtail's "Moderators" group moderate reader comments.

Wagtail's own migrations create the "Moderators" and "Editors" groups with page permissions
only, so until now only a superuser could open the comment queue. This grants Moderators what
the Comments area needs: to see and change comments (approve, reject, mark as spam, release:
the bulk actions check "change"; comments are never deleted, spam is kept to be released) and
to keep the blocklist. A site without the group (deleted or renamed) keeps its choice: the group
is never created here. The names are frozen on purpose rather than imported from
blog.moderator_permissions, so this migration keeps meaning what it did.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Moderators"
PERMISSIONS = {
    "comment": ("view", "change"),
    "blocklistentry": ("view", "add", "change", "delete"),
}


def codenames() -> list[str]:
    return [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]


def grant_moderation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is None:
        return
    # Django adds model permissions after the last migration has run; a fresh database reaches
    # this one before that, so they are made now (create_permissions skips existing ones).
    blog = apps.get_app_config("blog")
    if not getattr(blog, "models_module", None):
        blog.models_module = True  # a migration state's app config has none, and would be skipped
    create_permissions(blog, apps=apps, verbosity=0)
    permissions = Permission.objects.filter(content_type__app_label="blog", codename__in=codenames())
    group.permissions.add(*permissions)


def withdraw_moderation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="blog", codename__in=codenames())
        )


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0008_clinical_review_fingerprints"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant_moderation, withdraw_moderation)]
