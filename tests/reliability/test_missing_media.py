"""An image whose original file is gone (a storage hiccup, a half-restored bucket) must not take
down every page and response that shows it: the image is served without renditions."""

from django.test import Client

import pytest
import wagtail_factories

from blog.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article_with_lost_image(site_tree):
    image = wagtail_factories.ImageFactory(title="Lost")
    article = ArticlePageFactory(parent=site_tree.blog, slug="grounding", featured_image=image)
    image.file.storage.delete(image.file.name)
    return article


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/articles/",
        "/api/v2/articles/grounding/",
        "/api/v2/route/?path=/blog/grounding/",
        "/api/v2/pages/?type=blog.ArticlePage&fields=*",
        "/blog/grounding/",
        "/blog/",
    ],
)
def test_a_lost_image_file_is_not_a_500(article_with_lost_image, path):
    response = Client(raise_request_exception=False).get(path)
    assert response.status_code == 200
