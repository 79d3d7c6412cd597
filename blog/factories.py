"""Factories for the blog's pages and blocks. Pages are created live unless told otherwise."""

import datetime

import factory
import wagtail_factories

from blog.blocks import ArticleBodyBlock
from blog.models import (
    ArticleAuthor,
    ArticlePage,
    BlogIndexPage,
    CategoryIndexPage,
    CategoryPage,
    RelatedArticle,
)
from cms.factories import (
    CallToActionBlockFactory,
    ExpertFactory,
    HeadingBlockFactory,
    ParagraphBlockFactory,
    PullQuoteBlockFactory,
    SavedOncePageFactory,
    VideoBlockFactory,
)


class ArticleBodyBlockFactory(wagtail_factories.StreamBlockFactory):
    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(ParagraphBlockFactory)
    pull_quote = factory.SubFactory(PullQuoteBlockFactory)
    video = factory.SubFactory(VideoBlockFactory)
    call_to_action = factory.SubFactory(CallToActionBlockFactory)

    class Meta:
        model = ArticleBodyBlock


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"

    class Meta:
        model = BlogIndexPage


class CategoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Topics"
    slug = "topics"

    class Meta:
        model = CategoryIndexPage


class CategoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    description = "Articles on this topic."

    class Meta:
        model = CategoryPage


class ArticlePageFactory(SavedOncePageFactory):
    """Pass `categories=[...]`, `authors=[...]`, `tags=[...]`, `related=[...]` as lists.
    The page is saved and indexed once, with all of them (SavedOncePageFactory)."""

    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    intro = "How clinicians can help clients settle an anxious body."
    body = wagtail_factories.StreamFieldFactory(ArticleBodyBlockFactory)
    publication_date = factory.Sequence(
        lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n)
    )

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if extracted:
            self.categories.set(extracted)

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        experts = extracted if extracted is not None else [ExpertFactory()] if create else []
        self.article_authors.set(
            [ArticleAuthor(expert=expert, sort_order=i) for i, expert in enumerate(experts)]
        )

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if extracted:
            self.tags.set(extracted)

    @factory.post_generation
    def related(self, create, extracted, **kwargs):
        if extracted:
            self.related_links.set(
                [
                    RelatedArticle(article=article, sort_order=i)
                    for i, article in enumerate(extracted)
                ]
            )


class CommentFactory(factory.django.DjangoModelFactory):
    """An approved comment by default; pass `article=` (an ArticlePage) and `status=`."""

    name = factory.Sequence(lambda n: f"Reader {n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    affiliation = "Psychology"
    country = "Ireland"
    body = "Thank you, this helped me prepare for supervision."
    status = "approved"

    class Meta:
        model = "blog.Comment"
