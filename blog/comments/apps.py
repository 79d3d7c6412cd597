from django.apps import AppConfig


class CommentsConfig(AppConfig):
    """The comments room as a Django app of its own, for its admin hooks, template tags and
    command. Its models stay the blog app's (`Comment`, `BlocklistEntry`: app label `blog`)."""

    name = "blog.comments"
    label = "blog_comments"
    verbose_name = "Comments"
