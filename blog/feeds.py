"""RSS 2.0 and Atom feeds of articles: every article, one category (with its subcategories) and
one expert's.

Subscribers land where readers read: item and channel links are frontend URLs
(`FRONTEND_URL`). An item's id is the page's translation key, which survives slug changes and
moves, so a renamed article is not delivered twice. Only what `cms.selectors.visible` passes is
listed, and never an expert's email.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import path
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.views.decorators.cache import cache_control

from blog import selectors
from cms.models import Expert
from cms.representation import frontend_url, page_path, request_hidden
from cms.seo.publisher import site_name

DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class ArticleRss(Rss201rev2Feed):
    """RSS 2.0 names authors without an email only through Dublin Core, one per author."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item["author_names"]:
            handler.addQuickElement("dc:creator", name)


class ArticleAtom(Atom1Feed):
    """Atom allows several authors per entry; each is named, never emailed."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item["author_names"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")


@dataclass
class FeedScope:
    """What one request's feed covers; kept off the shared Feed instance for thread safety."""

    request: object
    title: str
    description: str
    link: str
    publisher: str
    categories: list = field(default_factory=list)
    authors: list = field(default_factory=list)


def _frontend_link(page, request) -> str:
    page_url = page_path(page, request) if page is not None else None
    return frontend_url(page_url or "/", request)


class ArticleFeed(Feed):
    """Every visible article, newest first (up to `selectors.FEED_LIMIT`)."""

    feed_type = ArticleRss

    def scope(self, request, publisher: str, hidden) -> FeedScope:
        return FeedScope(
            request=request,
            title=f"{publisher}: articles",
            description=f"New articles from {publisher}.",
            link=_frontend_link(selectors.feed_home(hidden), request),
            publisher=publisher,
        )

    def get_object(self, request, *args, **kwargs) -> FeedScope:
        # PostgreSQL refuses a NUL in text (a 500): such a slug names nothing, so it is a 404.
        if "\x00" in kwargs.get("slug", ""):
            raise Http404("No such feed.")
        return self.scope(request, site_name(request), request_hidden(request), **kwargs)

    def title(self, scope):
        return scope.title

    def description(self, scope):
        return scope.description

    def subtitle(self, scope):
        return scope.description

    def link(self, scope):
        return scope.link

    def author_name(self, scope):
        return scope.publisher

    def items(self, scope):
        request = scope.request
        articles = selectors.feed_articles(
            categories=scope.categories, authors=scope.authors, hidden=request_hidden(request)
        )
        for article in articles:
            article.feed_link = _frontend_link(article, request)
        return articles

    def item_title(self, article):
        return article.get_listing_title()

    def item_description(self, article):
        return strip_tags(article.listing_summary or article.intro).strip()

    def item_link(self, article):
        return article.feed_link

    def item_guid(self, article):
        return f"urn:uuid:{article.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, article):
        """When it went live; a page never published through a revision (an import) falls
        back to its editorial date."""
        return article.first_published_at or datetime.datetime.combine(
            article.publication_date, datetime.time.min, tzinfo=datetime.UTC
        )

    def item_updateddate(self, article):
        return article.last_published_at or self.item_pubdate(article)

    def item_categories(self, article):
        return [category.title for category in article.categories.all()]

    def item_extra_kwargs(self, article):
        return {
            "author_names": [link.expert.display_name for link in article.article_authors.all()]
        }


class CategoryFeed(ArticleFeed):
    """A category's articles, its subcategories' included; a hidden or unknown one is a 404."""

    def scope(self, request, publisher, hidden, slug=""):
        category = selectors.categories_by_slug([slug], hidden).get(slug)
        if category is None:
            raise Http404(f"No category {slug!r}.")
        return FeedScope(
            request=request,
            title=f"{publisher}: {category.title}",
            description=f"New articles on {category.title} from {publisher}.",
            link=_frontend_link(category, request),
            publisher=publisher,
            categories=[category],
        )


class ExpertFeed(ArticleFeed):
    """The articles an expert wrote or co-wrote; an unknown expert is a 404."""

    def scope(self, request, publisher, hidden, slug=""):
        expert = Expert.objects.filter(slug=slug).first()
        if expert is None:
            raise Http404(f"No expert {slug!r}.")
        return FeedScope(
            request=request,
            title=f"{publisher}: articles by {expert.display_name}",
            description=f"New articles by {expert.display_name}.",
            link=_frontend_link(selectors.feed_home(hidden), request),
            publisher=publisher,
            authors=[expert],
        )


def _as_atom(feed_class):
    return type(f"{feed_class.__name__}Atom", (feed_class,), {"feed_type": ArticleAtom})


def _without_last_modified(view):
    """Django dates a feed by its newest item, which misses what else changed (an item
    unpublished, a category renamed) and answered If-Modified-Since with 304 over a stale feed:
    the ETag (ConditionalGetMiddleware), a hash of the feed itself, answers conditional GETs."""

    def feed(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.headers.pop("Last-Modified", None)
        return response

    return feed


def _view(feed_class):
    return cache_control(public=True, max_age=settings.API_CACHE_SECONDS)(
        _without_last_modified(feed_class())
    )


urlpatterns = [
    path("articles/rss/", _view(ArticleFeed), name="feed-articles-rss"),
    path("articles/atom/", _view(_as_atom(ArticleFeed)), name="feed-articles-atom"),
    path("categories/<str:slug>/rss/", _view(CategoryFeed), name="feed-category-rss"),
    path("categories/<str:slug>/atom/", _view(_as_atom(CategoryFeed)), name="feed-category-atom"),
    path("experts/<str:slug>/rss/", _view(ExpertFeed), name="feed-expert-rss"),
    path("experts/<str:slug>/atom/", _view(_as_atom(ExpertFeed)), name="feed-expert-atom"),
]
