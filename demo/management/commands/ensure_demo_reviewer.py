from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from cms.workflow import clinical_reviewers_group

# The demo's chair of the clinical review panel: approving as this user stamps him as the
# reviewer of the article or lesson (cms.workflow matches experts by email).
REVIEWER = {"email": "daniel.reyes@example.org", "first_name": "Daniel", "last_name": "Reyes"}


class Command(BaseCommand):
    help = (
        "Create or refresh the demo clinical reviewer (in the Clinical reviewers group, not an "
        "editor: approves or requests changes in the Clinical review workflow)."
    )

    def handle(self, *args, **options):
        username = settings.DEMO_REVIEWER_USERNAME
        password = settings.DEMO_REVIEWER_PASSWORD
        user, created = get_user_model().objects.get_or_create(username=username, defaults=REVIEWER)
        user.set_password(password)
        user.is_active = True
        user.is_staff = False
        user.save()
        user.groups.add(clinical_reviewers_group())

        verb = "Created" if created else "Refreshed"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} demo clinical reviewer: username {username!r}, password {password!r}"
            )
        )
