"""Template access to what the comment endpoints answer, so the reader form says the same."""

from django import template

from blog.comment_service import crisis_resources as site_crisis_resources

register = template.Library()


@register.simple_tag(takes_context=True)
def crisis_resources(context) -> dict:
    """The crisis notice the API sends with an urgent comment's answer (never blank)."""
    return site_crisis_resources(context["request"])
