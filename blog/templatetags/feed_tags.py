"""`{% feed_links page %}`: the <link rel="alternate"> tags that let browsers and feed readers
find the article feeds from any reader page (a category page adds its own feed)."""

from django import template
from django.urls import reverse

register = template.Library()


@register.inclusion_tag("blog/includes/feed_links.html")
def feed_links(page=None):
    from blog.models import CategoryPage

    feeds = [
        ("Articles", reverse("feed-articles-rss"), reverse("feed-articles-atom")),
    ]
    if isinstance(page, CategoryPage):
        feeds.append(
            (
                page.title,
                reverse("feed-category-rss", kwargs={"slug": page.slug}),
                reverse("feed-category-atom", kwargs={"slug": page.slug}),
            )
        )
    return {"feeds": feeds}
