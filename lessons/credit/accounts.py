"""How allauth treats learners here: every sign-up gets a learner profile, and no learner is staff.

Staff accounts are made in the Wagtail admin and sign in there (with two-factor); a sign-up
through allauth is always a learner, whatever its form says.
"""

from allauth.account.adapter import DefaultAccountAdapter

from lessons.credit.models import LearnerProfile


class LearnerAccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.is_staff = False
        user.is_superuser = False
        if commit:
            user.save()
            LearnerProfile.objects.get_or_create(user=user)
        return user
