"""`{% seo_head %}`: the page's SEO tags in the reader templates' `<head>`."""

from django import template

from cms.seo import seo_data
from cms.seo.html import head_tags

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context):
    page = context.get("page")
    if page is None:
        return ""
    return head_tags(seo_data(page, context.get("request")))
