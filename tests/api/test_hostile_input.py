"""Every query parameter of every public endpoint, and the comment POST body, fed hostile
input: always a 4xx with a JSON `error` (HTML and XML pages: a 4xx page), never a 500, on
SQLite and PostgreSQL alike (PostgreSQL refuses NUL bytes that SQLite stores)."""

import json
from types import SimpleNamespace

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from cms.factories import ExpertFactory
from lessons.factories import CoursePageFactory, LessonPageFactory
from tests.api.hostile_inputs import COMMENT_BODIES, HTML_INPUTS, METHOD_INPUTS, QUERY_INPUTS
from tests.api.test_bad_input import BAD_INPUTS

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built_world(module_site_tree):
    """One of everything the parameters name, so a row's 4xx is about its input, not an empty
    site (smaller than the leak-matrix world: the table has hundreds of rows, so it is built
    once for the module, tests/conftest.py `module_db`)."""
    site_tree = module_site_tree
    ptsd = CategoryPageFactory(parent=site_tree.topics, slug="ptsd", title="PTSD")
    author = ExpertFactory(name="Rosa Field", slug="rosa-field")
    shown = ArticlePageFactory(parent=site_tree.blog, categories=[ptsd], authors=[author])
    course = CoursePageFactory(parent=site_tree.courses, instructors=[author])
    LessonPageFactory(parent=course)
    return SimpleNamespace(shown=shown, site=site_tree)


@pytest.fixture
def world(built_world, db):
    return built_world


def _fill(text, world):
    return text.replace("{article}", str(world.shown.pk)).replace("{home}", str(world.site.home.pk))


def _encoded(body, world) -> bytes:
    if isinstance(body, bytes):
        return body
    ids = {"{article}": world.shown.pk, "{home}": world.site.home.pk}
    if isinstance(body, dict):
        body = {key: ids.get(value, value) if isinstance(value, str) else value
                for key, value in body.items()}  # fmt: skip
    return json.dumps(body).encode()


@pytest.mark.parametrize(("path", "status"), QUERY_INPUTS, ids=[p[:60] for p, _ in QUERY_INPUTS])
def test_hostile_query_is_a_json_4xx(client, world, path, status):
    response = client.get("/api/v2/" + _fill(path, world))
    assert response.status_code == status, response.content[:300]
    assert isinstance(response.json().get("error"), str)


@pytest.mark.parametrize(
    ("what", "body", "content_type"), COMMENT_BODIES, ids=[row[0] for row in COMMENT_BODIES]
)
def test_hostile_comment_body_is_a_json_4xx(client, world, what, body, content_type):
    # generic(), not post(): post() re-encodes a body in the charset its content type names
    response = client.generic("POST", "/api/v2/comments/", _encoded(body, world), content_type)
    assert 400 <= response.status_code < 500, response.content[:300]
    assert isinstance(response.json().get("error"), str)


@pytest.mark.parametrize(
    ("method", "path", "status"), METHOD_INPUTS, ids=[f"{m} {p}" for m, p, _ in METHOD_INPUTS]
)
def test_other_methods_on_the_comment_endpoints_answer_json(client, world, method, path, status):
    response = client.generic(method, "/api/v2/" + _fill(path, world))
    assert response.status_code == status, response.content[:300]
    assert isinstance(response.json(), dict)


@pytest.mark.parametrize(("path", "status"), HTML_INPUTS, ids=[p[:60] for p, _ in HTML_INPUTS])
def test_hostile_reader_url_is_a_4xx_page(client, world, path, status):
    assert client.get(path).status_code == status


def test_the_table_covers_every_parameter_with_over_a_hundred_inputs(report_figure):
    total = len(BAD_INPUTS) + len(QUERY_INPUTS) + len(COMMENT_BODIES) + len(HTML_INPUTS)
    total += len(METHOD_INPUTS)
    report_figure(f"hostile inputs tried: {total}")
    assert total >= 100
