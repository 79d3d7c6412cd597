"""The reader site's `<head>` carries the same SEO as the API: canonical link, Open Graph,
Twitter card and JSON-LD, every value escaped."""

import html
import json
import re

import pytest

from blog.factories import ArticlePageFactory
from blog.models import ArticlePage

pytestmark = pytest.mark.django_db

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def head_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    page = response.content.decode()
    return page.split("</head>")[0]


def json_ld_in(head):
    [script] = LD_JSON.findall(head)
    return json.loads(script)


def test_article_head_matches_the_api(client, seo_site):
    head = head_of(client, "/blog/why-the-body-remembers/")
    canonical = "http://testserver/blog/why-the-body-remembers/"
    assert f'<link rel="canonical" href="{canonical}">' in head
    assert '<meta name="description" content="How threat memories live in the body.">' in head
    for tag in [
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{canonical}">',
        '<meta property="og:site_name" content="Institute for Clinical Learning">',
        '<meta property="og:locale" content="en_US">',
        '<meta property="article:published_time" content="2026-03-02">',
        '<meta property="article:section" content="Trauma">',
        '<meta property="article:tag" content="Body">',
        '<meta property="article:tag" content="memory">',
        '<meta name="twitter:card" content="summary">',
        '<meta name="twitter:site" content="@ClinicalLearning">',
    ]:
        assert tag in head, tag
    assert "leakmarker" not in head
    assert "@example.org" not in head

    api = client.get("/api/v2/articles/why-the-body-remembers/").json()
    assert json_ld_in(head) == api["seo"]["json_ld"]


def test_lesson_and_home_heads_carry_their_json_ld(client, seo_site):
    lesson_head = head_of(client, "/courses/grounding/first-session/")
    api = client.get(f"/api/v2/lessons/{seo_site.lesson.pk}/").json()
    assert json_ld_in(lesson_head) == api["seo"]["json_ld"]
    assert json_ld_in(head_of(client, "/courses/grounding/"))["hasPart"][0]["name"] == (
        "The first session"
    )
    assert '<meta property="og:type" content="website">' in lesson_head
    assert json_ld_in(head_of(client, "/"))["@type"] == "WebSite"
    assert json_ld_in(head_of(client, "/topics/trauma/"))["@type"] == "CollectionPage"


def test_head_values_are_escaped(client, seo_site):
    title = '</script><script>alert("x")</script> & <b>bold</b>'
    ArticlePageFactory(
        parent=seo_site.site.blog,
        slug="escaping",
        title=title,
        intro='Says "hello" <i>loudly</i>.',
        categories=[seo_site.trauma],
    )
    head = head_of(client, "/blog/escaping/")
    assert "<script>alert" not in head
    assert "<b>bold</b>" not in head
    assert json_ld_in(head)["headline"] == title
    og_title = re.search(r'<meta property="og:title" content="([^"]*)">', head).group(1)
    assert html.unescape(og_title) == title


def test_preview_of_an_unsaved_article_renders_its_head(seo_site):
    article = ArticlePage(
        title="A draft never saved",
        slug="a-draft-never-saved",
        intro="Still being written.",
    )
    article.set_url_path(seo_site.site.blog)
    article.path = seo_site.site.blog.path + "9999"
    article.depth = seo_site.site.blog.depth + 1
    response = article.make_preview_request()
    assert response.status_code == 200
    head = response.content.decode().split("</head>")[0]
    data = json_ld_in(head)
    assert data["@type"] == "Article"
    assert data["headline"] == "A draft never saved"
    assert "datePublished" in data


def test_pages_without_a_page_have_no_seo_tags(client, seo_site):
    head = head_of(client, "/search/?q=breath")
    assert "application/ld+json" not in head
