"""Template access to what the comment endpoints answer, so the reader form says the same."""

from django import template

from blog.comments.selectors import build_thread
from blog.comments.service import crisis_resources as site_crisis_resources
from blog.comments.tokens import make_token

register = template.Library()


@register.simple_tag
def comment_thread(article) -> list:
    """The article's approved comments, threaded, for its reader page."""
    return build_thread(article.comments.approved())


@register.simple_tag
def comment_form_token(article) -> str:
    """The signed token the reader form posts with (blog.comments.tokens)."""
    return make_token(article.pk)


@register.simple_tag(takes_context=True)
def crisis_resources(context) -> dict:
    """The crisis notice the API sends with an urgent comment's answer (never blank)."""
    return site_crisis_resources(context["request"])
