"""What a learner tells us about themselves so that a certificate names them as their board does."""

from django.conf import settings
from django.db import models

from lessons.models import Profession


class LearnerProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learner_profile"
    )
    legal_name = models.CharField(
        max_length=200, blank=True, help_text="As printed on certificates."
    )
    profession = models.CharField(max_length=20, choices=Profession.choices, blank=True)
    licence_number = models.CharField(max_length=60, blank=True)
    licence_jurisdiction = models.CharField(
        max_length=100, blank=True, help_text="The state, province or country that licensed them."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "learner profile"

    def __str__(self) -> str:
        return self.legal_name or str(self.user)
