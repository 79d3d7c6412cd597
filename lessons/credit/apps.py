from django.apps import AppConfig


class CreditConfig(AppConfig):
    """The credit room: learners, their progress, post-tests, evaluations and certificates.

    It builds on the lessons app (courses and lessons are what credit is earned on), as the
    comments room builds on the blog; the lessons app itself never imports it.
    """

    name = "lessons.credit"
    label = "credit"
    verbose_name = "CE/CME credit"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from lessons.credit import schema  # noqa: F401 -- registers the token scheme
