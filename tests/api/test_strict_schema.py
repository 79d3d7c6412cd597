"""The schema is strict, and the demo's real responses prove it: every page of every type
through `route/`, every detail and list, search, the site chrome, experts and previews
validate against /api/schema/, whose objects refuse undeclared properties.

A field served but not declared, a status answered but not documented, a block type without
its schema: each fails here."""

from django.test import Client

from wagtail.models import Page, Site

import pytest
from drf_spectacular.generators import SchemaGenerator

from blog.models import ArticlePage, CategoryPage, Comment
from cms.models import Expert
from cms.preview.models import PagePreview
from cms.selectors import hidden_q, visible
from lessons.models import CoursePage, LessonPage

from .strict_schema import (
    FREE_FORM,
    assert_valid,
    free_form_objects,
    loose_objects,
    operation_for,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def spec():
    return SchemaGenerator().get_schema(request=None, public=True)


def check_all(spec, client, urls, **headers):
    failures = []
    for url in urls:
        response = client.get(url, **headers)
        try:
            assert_valid(spec, url, response)
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n".join(failures[:20])


def live_paths():
    site = Site.objects.get(is_default_site=True)
    root = site.root_page.url_path
    pages = visible(Page.objects.descendant_of(site.root_page, inclusive=True), hidden_q())
    return [page.url_path.removeprefix(root.rstrip("/")) for page in pages.order_by("path")]


def test_every_object_refuses_undeclared_properties(spec):
    assert loose_objects(spec) == []


def test_no_free_form_object_but_the_documented_ones(spec):
    assert free_form_objects(spec) <= FREE_FORM


def test_the_check_notices_an_undeclared_field(spec):
    class Response:
        status_code = 200

        def json(self):
            return {"results": [], "count": 0, "next": None, "previous": None, "extra": 1}

    with pytest.raises(AssertionError, match="extra"):
        assert_valid(spec, "/api/v2/experts/", Response())


def test_every_page_of_every_type_through_route(demo, client, spec):
    paths = live_paths()
    types = {page.specific_class for page in Page.objects.filter(depth__gt=1)}
    assert {ArticlePage, CategoryPage, CoursePage, LessonPage} <= types
    assert len(paths) > 20
    experts = [f"/experts/{expert.slug}/" for expert in Expert.objects.all()]
    check_all(spec, client, [f"/api/v2/route/?path={path}" for path in paths + experts])


def test_every_detail(demo, client, spec):
    urls = [f"/api/v2/articles/{a.slug}/" for a in ArticlePage.objects.live()]
    urls += [f"/api/v2/categories/{c.slug}/" for c in CategoryPage.objects.live()]
    urls += [f"/api/v2/courses/{c.slug}/" for c in CoursePage.objects.live()]
    for lesson in LessonPage.objects.live():
        course = lesson.get_parent()
        urls += [
            f"/api/v2/lessons/{lesson.pk}/",
            f"/api/v2/courses/{course.slug}/lessons/{lesson.slug}/",
        ]
    urls += [f"/api/v2/experts/{e.slug}/" for e in Expert.objects.all()]
    urls += [f"/api/v2/pages/{page.pk}/" for page in Page.objects.live().filter(depth__gt=1)]
    check_all(spec, client, urls)


def test_every_list_and_the_site(demo, client, spec):
    article = Comment.objects.filter(status=Comment.Status.APPROVED).values_list(
        "article_id", flat=True
    )
    home = Site.objects.get(is_default_site=True).root_page_id
    urls = [
        "/api/v2/",
        "/api/v2/site/",
        "/api/v2/articles/?limit=100",
        "/api/v2/articles/?limit=5&offset=5",
        "/api/v2/categories/",
        "/api/v2/courses/",
        "/api/v2/lessons/?limit=100",
        "/api/v2/experts/",
        "/api/v2/redirects/",
        f"/api/v2/comments/?article={article.first()}",
        "/api/v2/search/?q=trauma",
        "/api/v2/search/?q=sleep&type=lesson",
        "/api/v2/search/suggest/?q=tr",
        "/api/v2/pages/",
        "/api/v2/pages/?type=blog.ArticlePage&fields=*",
        f"/api/v2/pages/?child_of={home}",
        f"/api/v2/pages/?descendant_of={home}&locale=en",
        "/api/v2/images/",
        "/api/v2/documents/",
    ]
    check_all(spec, client, urls)


def test_error_answers_are_documented(demo, client, spec):
    check_all(
        spec,
        client,
        [
            "/api/v2/route/?path=/nowhere/",
            "/api/v2/articles/?limit=abc",
            "/api/v2/courses/no-such-course/lessons/nope/",
            "/api/v2/preview/?content_type=blog.articlepage&token=forged",
        ],
    )
    check_all(spec, client, ["/api/v2/articles/"], HTTP_ACCEPT="application/xml")
    response = Client().post("/api/v2/articles/", {})
    assert response.status_code == 405
    assert_valid(spec, "/api/v2/articles/", response)  # documented on each operation


def test_a_not_modified_answer_is_documented(demo, client, spec):
    etag = client.get("/api/v2/site/")["ETag"]
    response = client.get("/api/v2/site/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert_valid(spec, "/api/v2/site/", response)


def test_a_preview_of_every_page_type(demo, client, spec, settings):
    settings.FRONTEND_URL = "https://frontend.example.org"
    failures = []
    for model in {page.specific_class for page in Page.objects.filter(depth__gt=1)}:
        page = model.objects.live().first()
        preview = PagePreview.create_for(page)
        label = f"{preview.content_type.app_label}.{preview.content_type.model}"
        url = f"/api/v2/preview/?content_type={label}&token={preview.token}"
        response = client.get(url)
        assert response.status_code == 200, (label, response.content[:200])
        try:
            assert_valid(spec, url, response)
        except AssertionError as error:
            failures.append(str(error))
    assert not failures, "\n".join(failures)


def test_lesson_by_course_and_slug_is_the_lesson_by_id(demo, client):
    lesson = LessonPage.objects.live().first()
    course = lesson.get_parent()
    by_slug = client.get(f"/api/v2/courses/{course.slug}/lessons/{lesson.slug}/")
    assert by_slug.status_code == 200
    assert by_slug.json() == client.get(f"/api/v2/lessons/{lesson.pk}/").json()
    assert client.get(f"/api/v2/courses/{course.slug}/lessons/no-such/").status_code == 404
    other = CoursePage.objects.live().exclude(pk=course.pk).first()
    assert client.get(f"/api/v2/courses/{other.slug}/lessons/{lesson.slug}/").status_code == 404


def test_every_page_object_has_id_and_type(demo, client):
    def pages_in(data):
        if isinstance(data, dict):
            if {"path", "title", "url"} <= set(data) and "display_name" not in data:
                yield data
            for value in data.values():
                yield from pages_in(value)
        elif isinstance(data, list):
            for item in data:
                yield from pages_in(item)

    for path in live_paths():
        data = client.get(f"/api/v2/route/?path={path}").json()
        assert "seo" not in data["page"], path
        for page in pages_in(data):
            assert {"id", "type"} <= set(page), (path, page)


def test_the_index_links_the_schema_and_the_docs(client, spec):
    response = client.get("/api/v2/")
    assert response.status_code == 200
    data = response.json()
    assert data["schema"].endswith("/api/schema/")
    assert data["docs"].endswith("/api/docs/")
    assert data["endpoints"]["articles"].endswith("/api/v2/articles/")
    assert_valid(spec, "/api/v2/", response)
    assert operation_for(spec, "/api/v2/", "get") is not None


def test_pages_documents_wagtails_filters(spec):
    parameters = {p["name"] for p in operation_for(spec, "/api/v2/pages/")["parameters"]}
    assert {"child_of", "descendant_of", "locale", "type", "fields"} <= parameters


def test_comment_replies_are_comments(spec):
    replies = spec["components"]["schemas"]["Comment"]["properties"]["replies"]
    assert replies["items"] == {"$ref": "#/components/schemas/Comment"}


def test_every_list_the_project_owns_has_one_envelope(spec):
    """{count, next, previous, results}; Wagtail's own lists keep theirs ({meta, items})."""
    schemas = spec["components"]["schemas"]
    for path, operations in spec["paths"].items():
        ok = operations.get("get", {}).get("responses", {}).get("200", {})
        schema = ok.get("content", {}).get("application/json", {}).get("schema", {})
        name = schema.get("$ref", "").rsplit("/", 1)[-1]
        assert schema.get("type") != "array", path
        if name.startswith("Paginated"):
            assert schemas[name]["required"] == ["count", "next", "previous", "results"], path


def test_credit_hours_and_prices_are_numbers(demo, client, spec):
    course = client.get("/api/v2/courses/?limit=100").json()["results"]
    hours = [item["credit"]["hours"] for item in course if item["credit"]["hours"] is not None]
    assert hours
    assert all(isinstance(value, int | float) for value in hours)
    credit = spec["components"]["schemas"]["Credit"]["properties"]["hours"]
    assert credit["type"] == ["number", "null"]
