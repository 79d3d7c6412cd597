"""`{% seo_head %}`: the page's SEO tags in the reader templates' `<head>`."""

from django import template

from cms.registry import page_type_of
from cms.representation import request_hidden
from cms.seo import seo_data
from cms.seo.html import head_tags

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_head(context):
    page = context.get("page")
    if page is None:
        return ""
    request = context.get("request")
    prepare = page_type_of(page).prepare_seo
    if prepare is not None and page.pk:
        page = prepare(page, request_hidden(request))
    return head_tags(seo_data(page, request))
