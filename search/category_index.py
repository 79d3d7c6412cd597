"""Keeps the category titles in articles' and courses' index entries in step with what readers
may see.

An article (or course) is found by the titles of its categories, but only of those readers may
see (`visible_category_titles`, blog.models.categories): a hidden category's title, indexed
with the live article filed under it, made the article answer a search for that title, and so
told that the hidden category exists and what it holds. Wagtail reindexes a page when the page
itself is saved, not the pages filed under a category when the category is published,
unpublished (by an editor or when it expires), moved, deleted, renamed or gets or loses a view
restriction (on itself or on a page above it): these handlers do. The query path does its part
too: a category's name lends its score only to pages filed under visible categories
(search.engines.relations).
"""

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

from blog.models import ArticlePage, CategoryPage
from lessons.models import CoursePage

FILED_MODELS: tuple[Any, ...] = (ArticlePage, CoursePage)  # their categories' titles indexed


def _may_hold_categories(page: Page) -> bool:
    """A category, or a page with pages below it (which may be categories): an article's
    publication costs no query here."""
    category_type = ContentType.objects.get_for_model(CategoryPage)
    return page.content_type_id == category_type.pk or page.numchild > 0


def filed_under(page: Page) -> list[tuple[Any, int]]:
    """(model, id) of the articles and courses filed under this page's categories, if it is a
    category or has categories below it."""
    categories = CategoryPage.objects.filter(path__startswith=page.path).values("pk")
    return [
        (model, pk)
        for model in FILED_MODELS
        for pk in model.objects.filter(categories__in=categories)
        .order_by("pk")
        .values_list("pk", flat=True)
        .distinct()
    ]


def reindex(items) -> None:
    for model, pk in items:
        for page in model.objects.filter(pk=pk):
            index.insert_or_update_object(page)


def reindex_filed_under(page: Page | None) -> None:
    if page is not None and page.pk and _may_hold_categories(page):
        reindex(filed_under(page))


def on_page_change(sender, instance, **kwargs):
    reindex_filed_under(instance)


def on_restriction_change(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    reindex_filed_under(page)


def before_category_delete(sender, instance, **kwargs):
    """The links go with the category: which pages were filed under it is read before, and
    they are reindexed once the deletion is committed."""
    if isinstance(instance, CategoryPage):
        items = filed_under(instance)
        transaction.on_commit(lambda: reindex(items))


def connect() -> None:
    page_published.connect(on_page_change, dispatch_uid="category_index_published")
    page_unpublished.connect(on_page_change, dispatch_uid="category_index_unpublished")
    post_page_move.connect(on_page_change, dispatch_uid="category_index_moved")
    pre_delete.connect(before_category_delete, dispatch_uid="category_index_deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_change,
            sender=PageViewRestriction,
            dispatch_uid=f"category_index_restriction_{id(signal)}",
        )
