"""Picks the objects the cases address (run inside the bench settings; prints JSON).

Chosen by rule, not by id, so every size and database gets the equivalent request: the newest
article, the leaf category with most articles (stock v2 filters by one category id and does
not include subcategories, so a leaf keeps the two sides comparable), the article with most
comments, a bulk-built course with its eight lessons.
"""

import json
import os


def pick() -> dict:
    from django.db.models import Count

    from blog.models import ArticlePage, CategoryPage, Comment
    from cms.selectors import visible
    from lessons.models import CoursePage

    article = visible(ArticlePage.objects.all()).order_by("-publication_date", "-pk").first()
    leaf = (
        CategoryPage.objects.filter(numchild=0)
        .annotate(n=Count("articles"))
        .order_by("-n", "path")
        .first()
    )
    busy = (
        Comment.objects.filter(status="approved", parent=None)
        .values("article_id")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    course = CoursePage.objects.filter(numchild__gt=0).order_by("-numchild", "-pk").first()
    return {
        "article": {"id": article.pk, "slug": article.slug, "path": f"/blog/{article.slug}/"},
        "category": {"id": leaf.pk, "slug": leaf.slug, "articles": leaf.n},
        "commented_article": busy["article_id"] if busy else article.pk,
        "course": {"id": course.pk, "slug": course.slug, "lessons": course.numchild},
    }


def main() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
    django.setup()
    print(json.dumps(pick()))


if __name__ == "__main__":
    main()
