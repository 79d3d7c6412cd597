"""A learner's place in a course and how far they have watched each lesson."""

from django.conf import settings
from django.db import models


class EnrolmentStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting staff approval"
    AWAITING_PAYMENT = "awaiting_payment", "Awaiting payment"


class Enrolment(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "lessons.CoursePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    status = models.CharField(
        max_length=20, choices=EnrolmentStatus.choices, default=EnrolmentStatus.ACTIVE
    )
    enrolled_at = models.DateTimeField(auto_now_add=True)
    activated_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(
        null=True, blank=True, help_text="When every lesson was complete and the post-test passed."
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "course"], name="one_enrolment_per_course")
        ]
        ordering = ["-enrolled_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.learner} in {self.course}"

    @property
    def is_active(self) -> bool:
        return self.status == EnrolmentStatus.ACTIVE


class LessonProgress(models.Model):
    """Where a learner stopped (to resume there) and the furthest point they reached.

    The furthest point is what the 90 % rule reads: a learner who skips to the end and
    marks a lesson complete has not watched it.
    """

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey(
        "lessons.LessonPage", on_delete=models.CASCADE, related_name="learner_progress"
    )
    position_seconds = models.PositiveIntegerField(default=0)
    furthest_seconds = models.PositiveIntegerField(default=0)
    completed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="one_progress_per_lesson")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment}: lesson {self.lesson_id} at {self.position_seconds} s"

    @property
    def completed(self) -> bool:
        return self.completed_at is not None
