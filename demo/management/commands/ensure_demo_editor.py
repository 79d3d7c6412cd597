from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand

from blog.moderator_permissions import MODERATORS_GROUP, grant_comment_moderation

# What editors manage besides pages, images and documents (which Wagtail's groups already cover).
EDITOR_MODEL_PERMISSIONS = {
    "cms": ["expert", "organisationsettings", "navigationsettings"],
    "lessons": ["credittype"],
    # Post-tests and evaluations; enrolments to approve; certificates to report on, revoke
    # and reissue (the admin never edits or deletes a certificate: lessons/credit/wagtail_hooks)
    "credit": [
        "posttest",
        "question",
        "courseevaluation",
        "evaluationitem",
        "enrolment",
        "certificate",
    ],
    "wagtailredirects": ["redirect"],
}


class Command(BaseCommand):
    help = "Create or refresh the demo editor account (an editor and moderator, not a superuser)."

    def handle(self, *args, **options):
        username = settings.DEMO_EDITOR_USERNAME
        password = settings.DEMO_EDITOR_PASSWORD
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "first_name": "Demo",
                "last_name": "Editor",
            },
        )
        user.set_password(password)
        user.is_active = True
        user.is_staff = False
        user.save()

        editors, _ = Group.objects.get_or_create(name="Editors")
        moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
        # Moderators moderate reader comments too (a migration grants it to Wagtail's group;
        # this covers a database where the group had to be made here).
        grant_comment_moderation(moderators)
        for app_label, models in EDITOR_MODEL_PERMISSIONS.items():
            permissions = Permission.objects.filter(
                content_type__app_label=app_label, content_type__model__in=models
            )
            editors.permissions.add(*permissions)
        user.groups.add(editors, moderators)

        verb = "Created" if created else "Refreshed"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} demo editor: username {username!r}, password {password!r}")
        )
