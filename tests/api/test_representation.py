"""The shared representation helper: images with renditions, rich text without database
markup, and frontend URLs."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
import wagtail_factories

from blog.factories import ArticlePageFactory
from cms.factories import ExpertFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    return wagtail_factories.ImageFactory(title="Calm room", description="A quiet therapy room")


def test_images_come_with_absolute_renditions(client, world, image):
    world.other.featured_image = image
    world.other.save()
    data = client.get("/api/v2/articles/other-article/").json()
    featured = data["featured_image"]
    assert featured["alt"] == "A quiet therapy room"
    assert set(featured["crops"]) == {"thumbnail", "social"}
    for rendition in [*featured["renditions"], featured["src"], *featured["crops"].values()]:
        assert rendition["url"].startswith("http://testserver/")
        assert rendition["width"] > 0
    assert data["seo"]["open_graph"]["image"] == featured["crops"]["social"]["url"]


def test_rich_text_embeds_and_document_links_are_rewritten(client, world, image):
    document = wagtail_factories.DocumentFactory(title="Worksheet")
    world.other.body = [
        {
            "type": "paragraph",
            "value": (
                f'<p><a linktype="page" id="{world.shown.pk}">shown</a> and '
                f'<a linktype="document" id="{document.pk}">worksheet</a></p>'
                f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt="Room"/>'
            ),
        }
    ]
    world.other.save()
    html = client.get("/api/v2/articles/other-article/").json()["body"][0]["value"]
    assert '<a href="http://testserver/blog/visible-article/">shown</a>' in html
    assert f'href="http://testserver{document.url}"' in html
    assert '<img src="http://testserver/' in html
    assert 'alt="Room"' in html
    assert "linktype" not in html
    assert "embedtype" not in html


def test_expert_photos_do_not_cost_a_query_each(
    client, site_tree, image, django_assert_max_num_queries
):
    from blog.factories import CategoryPageFactory

    category = CategoryPageFactory(parent=site_tree.topics)
    for _ in range(12):
        expert = ExpertFactory(photo=wagtail_factories.ImageFactory())
        ArticlePageFactory(
            parent=site_tree.blog, categories=[category], authors=[expert], featured_image=image
        )
    client.get("/api/v2/articles/?limit=2")  # creates the renditions once
    client.get("/api/v2/articles/?limit=100")
    with CaptureQueriesContext(connection) as small:
        client.get("/api/v2/articles/?limit=2")
    with CaptureQueriesContext(connection) as large:
        client.get("/api/v2/articles/?limit=100")
    assert len(small) == len(large)
