"""Recorded responses of the demo for the frontend contract (frontend-contract/): an article,
a lesson and a category through `route/`, an expert and the site chrome, each valid against
the strict schema. `frontend-contract/check` runs this with FRONTEND_FIXTURES_DIR set, so the
typed module there is compiled against what the API serves today, never hand-written JSON."""

import json
import os
from pathlib import Path

from wagtail.models import Site

import pytest
from drf_spectacular.generators import SchemaGenerator

from blog.models import ArticlePage, CategoryPage
from cms.models import Expert
from lessons.models import LessonPage

from .strict_schema import assert_valid

pytestmark = pytest.mark.django_db


def route(page) -> str:
    root = Site.objects.get(is_default_site=True).root_page.url_path.rstrip("/")
    return f"/api/v2/route/?path={page.url_path.removeprefix(root)}"


def test_record_the_frontend_fixtures(demo, client, tmp_path):
    spec = SchemaGenerator().get_schema(request=None, public=True)
    article = next(a for a in ArticlePage.objects.live().order_by("path") if len(a.body) > 3)
    lesson = next(x for x in LessonPage.objects.live().order_by("path") if len(x.transcript))
    category = CategoryPage.objects.live().filter(depth=4).order_by("path").first()
    expert = Expert.objects.order_by("slug").first()
    urls = {
        "article": route(article),
        "lesson": route(lesson),
        "category": route(category),
        "expert": f"/api/v2/experts/{expert.slug}/",
        "site": "/api/v2/site/",
    }
    directory = Path(os.environ.get("FRONTEND_FIXTURES_DIR") or tmp_path)
    directory.mkdir(parents=True, exist_ok=True)
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert_valid(spec, url, response)
        text = json.dumps(response.json(), indent=2, ensure_ascii=False, sort_keys=True)
        (directory / f"{name}.json").write_text(text + "\n")
    assert sorted(path.name for path in directory.glob("*.json")) >= sorted(
        f"{name}.json" for name in urls
    )
