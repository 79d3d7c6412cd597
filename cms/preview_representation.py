"""A previewed draft in exactly the shape `route/` gives a live page, so a frontend renders
both with the same code.

The page detail functions reload a page from the live rows when it arrives without its
prefetched data; a preview must never take that path, or the editor would see the published
version (or nothing, for a draft that was never published). So each page type's draft is given
here, in memory, what its detail function would otherwise fetch, computed around the draft:
its lessons for a course, its number and neighbours for a lesson, its place in the tree for a
category. Everything the draft itself holds (title, body, authors, categories, tags, picks)
comes from the stored draft.
"""

from blog import selectors as blog_selectors
from blog.serializers import CategoryDetailSerializer
from blog.views import article_detail_data
from cms.page_representation import generic_fields, page_payload
from cms.serializers import request_hidden
from lessons import selectors as lesson_selectors
from lessons.views import course_detail_data, lesson_detail_data


def _article_fields(article, request) -> dict:
    # An empty prefetch cache tells article_detail_data the article is loaded: its relations are
    # the draft's own (modelcluster keeps them in memory), so nothing is read back from the row.
    article._prefetched_objects_cache = {}
    fields = article_detail_data(article, request)
    if article.pk is None:
        fields["comment_count"] = 0
    return fields


def _category_fields(category, request) -> dict:
    nodes = {}
    pending = blog_selectors.category_forest(request_hidden(request))
    while pending:
        node = pending.pop()
        nodes[node.path] = node
        pending.extend(node.tree_children)
    placed = nodes.get(category.path)
    category.tree_children = placed.tree_children if placed else []
    category.tree_parent = (
        placed.tree_parent if placed else nodes.get(category.path[: -category.steplen])
    )
    category.article_count = placed.article_count if placed else 0
    return CategoryDetailSerializer(category, context={"request": request}).data


def _course_fields(course, request) -> dict:
    lesson_selectors.with_course_lessons([course], request_hidden(request))
    return course_detail_data(course, request)


def _lesson_fields(lesson, request) -> dict:
    hidden = request_hidden(request)
    lesson_selectors.with_lesson_listing_data([lesson], hidden)
    if lesson.api_number is None:
        # A draft or new lesson is not among the visible ones: place it by its tree position.
        navigation = lesson_selectors.lesson_navigation(lesson, hidden)
        lesson.api_number = navigation["lesson_number"]
        lesson.api_previous = navigation["previous_lesson"]
        lesson.api_next = navigation["next_lesson"]
        lesson.api_course = lesson.api_course or navigation["course"]
    return lesson_detail_data(lesson, request)


PREVIEW_FIELDS = {
    "blog.ArticlePage": _article_fields,
    "blog.CategoryPage": _category_fields,
    "lessons.CoursePage": _course_fields,
    "lessons.LessonPage": _lesson_fields,
}


def preview_payload(page, request) -> dict:
    """The draft as `route/` would serve it once published: `kind`, `page`, `breadcrumbs`,
    `seo`."""
    fields_function = PREVIEW_FIELDS.get(page._meta.label, generic_fields)
    return {"kind": "page", **page_payload(page, request, fields_function=fields_function)}
