"""The demo shows the image path end to end: every article has a hero illustration, every
course a cover and every expert an abstract avatar, each drawn by demo/images.py with alt text
written for it; the API serves their renditions; loading again makes no new image, and a demo
loaded before it had pictures gets them."""

import io
from urllib.parse import urlsplit

from django.core.management import call_command

from wagtail.images import get_image_model

import pytest

from blog.models import ArticlePage
from cms.models import Expert
from demo.data.illustrations import ARTICLE_ILLUSTRATIONS, COURSE_ILLUSTRATIONS, EXPERT_AVATARS
from demo.images import draw
from lessons.models import CoursePage

pytestmark = pytest.mark.django_db


def test_every_article_course_and_expert_has_an_illustration_with_alt_text(demo):
    shown = [
        *((a.featured_image, a.slug) for a in ArticlePage.objects.select_related("featured_image")),
        *((c.cover_image, c.slug) for c in CoursePage.objects.select_related("cover_image")),
    ]
    assert len(shown) == len(ARTICLE_ILLUSTRATIONS) + len(COURSE_ILLUSTRATIONS)
    for image, slug in shown:
        assert image is not None, slug
        assert image.description.startswith("Abstract illustration"), slug
        assert (image.width, image.height) == (1200, 675)
    for expert in Expert.objects.select_related("photo"):
        assert expert.photo is not None, expert.slug
        assert "illustration, not a photograph" in expert.photo.description.lower()
        assert expert.name in expert.photo.description
    assert len({image.description for image, _ in shown}) == len(shown)  # each written for it


def test_the_api_serves_the_demo_pictures(demo, client):
    article = ArticlePage.objects.live().order_by("path").first()
    expert = Expert.objects.order_by("slug").first()
    hero = client.get(f"/api/v2/articles/{article.slug}/").json()["featured_image"]
    photo = client.get(f"/api/v2/experts/{expert.slug}/").json()["photo"]

    assert hero["alt"] == ARTICLE_ILLUSTRATIONS[article.slug][2]
    assert photo["alt"] == EXPERT_AVATARS[expert.slug][2]
    webp = next(r for r in hero["renditions"] if r["format"] == "webp")
    response = client.get(urlsplit(webp["url"]).path)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert photo["focal_point"] == {"x": 50.0, "y": 40.0}  # the avatar's head


def test_loading_again_makes_no_image_and_fills_a_demo_that_had_none(demo):
    model = get_image_model()
    before = model.objects.count()
    call_command("load_demo", stdout=io.StringIO())
    assert model.objects.count() == before

    # A demo loaded before the demo had pictures: no picture, no photo.
    article = ArticlePage.objects.live().order_by("path").first()
    expert = Expert.objects.order_by("slug").first()
    lost = [article.featured_image, expert.photo]
    ArticlePage.objects.filter(pk=article.pk).update(featured_image=None)
    Expert.objects.filter(pk=expert.pk).update(photo=None)
    for image in lost:
        image.delete()
    out = io.StringIO()
    call_command("load_demo", stdout=out)

    assert "2 illustrations" in out.getvalue()
    article.refresh_from_db()
    expert.refresh_from_db()
    assert article.featured_image is not None
    assert article.live
    assert not article.has_unpublished_changes
    assert expert.photo is not None
    assert model.objects.count() == before


def test_a_picture_is_the_same_on_every_draw():
    first = draw("waves", "dusk", "why-the-body-remembers-threat").tobytes()
    assert draw("waves", "dusk", "why-the-body-remembers-threat").tobytes() == first
    assert draw("waves", "dusk", "another-slug").tobytes() != first
