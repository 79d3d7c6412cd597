"""/api/schema/ is accurate: real responses of every endpoint validate against it."""

import re

import pytest
from jsonschema import Draft202012Validator

pytestmark = pytest.mark.django_db

REAL_REQUESTS = [
    "/api/v2/articles/",
    "/api/v2/articles/?category=ptsd&limit=1",
    "/api/v2/articles/visible-article/",
    "/api/v2/articles/no-such-article/",
    "/api/v2/articles/?limit=abc",
    "/api/v2/categories/",
    "/api/v2/categories/ptsd/",
    "/api/v2/courses/",
    "/api/v2/lessons/",
    "/api/v2/experts/",
    "/api/v2/experts/rosa-field/",
    "/api/v2/site/",
    "/api/v2/route/?path=/blog/visible-article/",
    "/api/v2/route/?path=/",
    "/api/v2/route/?path=/nowhere/",
    "/api/v2/redirects/",
    "/api/v2/pages/",
    "/api/v2/pages/?type=blog.ArticlePage&fields=*",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/api/v2/search/?q=visible",
    "/api/v2/search/suggest/?q=vis",
]


@pytest.fixture
def spec(client):
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def operation_for(spec, path):
    for template, operations in spec["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if re.match(pattern, path):
            return operations["get"]
    return None


def test_every_endpoint_is_documented(spec):
    documented = set(spec["paths"])
    for prefix in ["articles", "categories", "courses", "lessons", "experts", "site", "route",
                   "redirects", "pages", "images", "documents", "search"]:  # fmt: skip
        assert any(path.startswith(f"/api/v2/{prefix}/") for path in documented), prefix


@pytest.mark.parametrize("url", REAL_REQUESTS)
def test_real_responses_match_the_schema(client, world, spec, url):
    response = client.get(url)
    assert response.status_code < 500
    operation = operation_for(spec, url.split("?")[0])
    assert operation is not None, f"{url} is not in the schema"
    documented = operation["responses"].get(str(response.status_code))
    assert documented is not None, f"{url}: status {response.status_code} is not documented"
    schema = documented.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return
    validator = Draft202012Validator({**schema, "components": spec["components"]})
    errors = sorted(validator.iter_errors(response.json()), key=lambda e: list(e.path))
    assert not errors, f"{url}: {errors[0].message} at {list(errors[0].path)}"


def test_docs_page_is_self_hosted(client):
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "cdn.jsdelivr" not in html
    assert "/static/drf_spectacular_sidecar/" in html
