"""Contract tests for /api/v2/articles/ and /api/v2/categories/."""

import pytest

pytestmark = pytest.mark.django_db

API = "/api/v2/"


def slugs(response):
    return [item["slug"] for item in response.json()["results"]]


def test_list_shape_and_visibility(client, world):
    response = client.get(API + "articles/")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert sorted(slugs(response)) == ["other-article", "visible-article"]
    item = next(i for i in body["results"] if i["slug"] == "visible-article")
    assert item["type"] == "blog.ArticlePage"
    assert item["url"] == "http://testserver/blog/visible-article/"
    assert item["path"] == "/blog/visible-article/"
    assert item["title"] == "Visible article"
    assert item["authors"][0] == {
        "name": "Rosa Field",
        "credentials": "PhD",
        "display_name": "Rosa Field, PhD",
        "title": "Clinical psychologist",
        "slug": "rosa-field",
        "path": "/experts/rosa-field/",
        "url": "http://testserver/experts/rosa-field/",
        "photo": None,
    }
    assert [c["slug"] for c in item["categories"]] == ["ptsd"]
    assert item["tags"] == ["grounding"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("category=trauma", ["other-article", "visible-article"]),
        ("category=ptsd", ["visible-article"]),
        ("category=ptsd&category=trauma", ["other-article", "visible-article"]),
        ("tag=grounding", ["other-article", "visible-article"]),
        ("tag=GROUNDING", ["other-article", "visible-article"]),
        ("author=rosa-field", ["visible-article"]),
        ("search=visible", ["visible-article"]),
        (
            "published_after=2000-01-01&published_before=2100-01-01",
            ["other-article", "visible-article"],
        ),
        ("published_after=2100-01-01", []),
    ],
)
def test_filters(client, world, query, expected):
    response = client.get(f"{API}articles/?{query}")
    assert response.status_code == 200, response.content
    assert sorted(slugs(response)) == expected


def test_ordering(client, world):
    newest = slugs(client.get(API + "articles/?ordering=-published"))
    oldest = slugs(client.get(API + "articles/?ordering=published"))
    assert newest == list(reversed(oldest))
    by_title = slugs(client.get(API + "articles/?ordering=title"))
    assert by_title == ["other-article", "visible-article"]


def test_pagination_links(client, world):
    body = client.get(API + "articles/?limit=1").json()
    assert body["count"] == 2
    assert body["previous"] is None
    second = client.get(body["next"]).json()
    assert second["next"] is None
    assert second["previous"].startswith("http://testserver/api/v2/articles/")


def test_detail(client, world):
    response = client.get(API + "articles/visible-article/")
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Visible article"
    assert data["canonical_url"] == "http://testserver/blog/visible-article/"
    assert set(data["share"]) == {"facebook", "x", "linkedin", "email"}
    assert "visible-article" in data["share"]["linkedin"]
    assert data["comment_count"] == 1  # approved only: pending, spam, rejected not counted
    assert [a["slug"] for a in data["related_articles"]] == ["other-article"]
    assert [a["slug"] for a in data["recent_articles"]] == ["other-article"]
    assert data["seo"]["json_ld"]["@type"] == "Article"
    assert data["seo"]["json_ld"]["author"][0]["honorificSuffix"] == "PhD"
    paragraph = data["body"][0]
    assert paragraph["type"] == "paragraph"
    assert "linktype" not in paragraph["value"]
    assert "<a>this draft</a>" in paragraph["value"]
    assert [block["type"] for block in data["body"]] == ["paragraph"], (
        "CTA to a hidden page is dropped"
    )


def test_detail_carries_an_etag_and_no_last_modified(client, world):
    world.other.save_revision().publish()
    response = client.get(API + "articles/other-article/")
    assert not response.has_header("Last-Modified")  # tests/api/test_conditional_get.py
    assert response["Cache-Control"] == "public, max-age=60"
    etag = response["ETag"]
    again = client.get(API + "articles/other-article/", headers={"if-none-match": etag})
    assert again.status_code == 304


def test_frontend_url_setting(client, world, settings):
    settings.FRONTEND_URL = "https://www.example.org"
    data = client.get(API + "articles/visible-article/").json()
    assert data["url"] == "https://www.example.org/blog/visible-article/"
    assert data["seo"]["canonical_url"] == "https://www.example.org/blog/visible-article/"


def test_unknown_detail_is_a_json_404(client, world):
    response = client.get(API + "articles/leakmarker-draft/")
    assert response.status_code == 404
    assert "error" in response.json()


def test_categories_tree_with_live_counts(client, world):
    body = client.get(API + "categories/").json()
    trauma = next(node for node in body["results"] if node["slug"] == "trauma")
    assert trauma["article_count"] == 2
    assert [child["slug"] for child in trauma["children"]] == ["ptsd"]
    assert trauma["children"][0]["article_count"] == 1
    assert all(node["slug"] != "leakmarker-category" for node in body["results"])


def test_category_detail(client, world):
    data = client.get(API + "categories/ptsd/").json()
    assert data["parent"]["title"] == "Trauma"
    assert data["article_count"] == 1
    assert client.get(API + "categories/leakmarker-category/").status_code == 404
