"""Articles as they leave the CMS for other software: the JSON API's cards and details, and
the RSS and Atom feeds.

Renditions are fetched for the list the view has already sliced, not for the queryset, because
only the articles on the page need them and a prefetch on the queryset would fetch them all.
"""

from django.db.models import QuerySet
from django.db.models.expressions import F

from blog.models import ArticlePage
from cms.selectors import hidden_q, images_along, prefetch_renditions, visible

from .articles import ARTICLE_ORDER, article_listing, filter_articles

FEED_LIMIT = 50
CARD_IMAGES = ("featured_image", "article_authors__expert__photo")
DETAIL_IMAGES = (*CARD_IMAGES, "social_image", "listing_image", "reviewed_by__photo")


def api_article_listing(hidden) -> QuerySet:
    """Listing data for the API; `with_card_images` then adds every image's renditions."""
    return article_listing(hidden).select_related("social_image", "reviewed_by__photo")


def with_card_images(articles, *more_images) -> list[ArticlePage]:
    """The articles (a list), with the renditions of their cards' images and of `more_images`
    fetched in one query."""
    articles = list(articles)
    prefetch_renditions([*images_along(articles, *CARD_IMAGES), *more_images])
    return articles


def article_detail(slug: str, hidden) -> ArticlePage | None:
    return api_article_listing(hidden).filter(slug=slug).first()


def with_card_data(articles: list[ArticlePage], hidden=None) -> list[ArticlePage]:
    """The same articles, in the same order, with what a card shows prefetched in one batch
    (images apart: see `with_card_images`)."""
    if not articles:
        return []
    loaded = api_article_listing(hidden).in_bulk([article.pk for article in articles])
    return [loaded[article.pk] for article in articles if article.pk in loaded]


def feed_articles(*, categories=(), authors=(), limit: int = FEED_LIMIT, hidden=None) -> list:
    """The newest articles by the moment they went live, for RSS and Atom.

    Feed readers care about what appeared on the web, not the editorial date: ordering by
    `first_published_at` lets a back-dated article still reach subscribers. Authors and visible
    categories come prefetched, so a feed costs the same at 3 items as at 50.
    """
    hidden = hidden_q() if hidden is None else hidden
    queryset = filter_articles(
        article_listing(hidden), categories=list(categories), authors=list(authors)
    )
    newest = F("first_published_at").desc(nulls_last=True)
    return list(queryset.order_by(newest, *ARTICLE_ORDER)[:limit])


def feed_home(hidden=None):
    """The blog index a whole-site or per-expert feed points readers to (None when hidden)."""
    from blog.models import BlogIndexPage

    return visible(BlogIndexPage.objects.order_by("path"), hidden).first()
