"""Images on demand: an image object carries a srcset-ready set of signed renditions (widths in
AVIF where Pillow encodes it, WebP and the original's format) and two crops; each URL is
answered by the dynamic serve view with the image it declares, made on its first request.
Anything the CMS did not sign, or a filter it would not sign, is a 4xx JSON, never a 500."""

import base64
import hashlib
import hmac
import io
from urllib.parse import quote, urlsplit

from django.test import Client, RequestFactory

from wagtail.images.utils import generate_signature

import pytest
import wagtail_factories
from PIL import Image as PILImage

from blog.factories import ArticlePageFactory
from cms import images
from cms.representation import image_data

pytestmark = pytest.mark.django_db

MIME = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}


@pytest.fixture
def image():
    return wagtail_factories.ImageFactory(
        title="Harbour at dawn",
        description="Boats resting in a calm harbour at dawn",
        file__width=900,
        file__height=600,
        file__filename="harbour.jpg",
    )


@pytest.fixture
def article(site_tree, image):
    return ArticlePageFactory(parent=site_tree.blog, slug="harbour", featured_image=image)


def fetch(url: str):
    return Client(raise_request_exception=False).get(urlsplit(url).path)


def signed(image, spec: str, pk: int | None = None) -> str:
    """A URL signed as the CMS signs, for any filter (cms.images would refuse to sign some)."""
    pk = image.pk if pk is None else pk
    signature = generate_signature(pk, spec)
    return f"/images/{signature}/{pk}/{quote(spec, safe='')}/harbour.jpg"


def test_an_image_has_a_srcset_ready_set_in_every_served_format(client, article, image):
    shown = client.get("/api/v2/articles/harbour/").json()["featured_image"]

    expected = [(f, w) for f in images.served_formats() if f != "png" for w in (400, 800, 900)]
    assert [(r["format"], r["width"]) for r in shown["renditions"]] == expected
    assert all(r["height"] == r["width"] * 600 // 900 for r in shown["renditions"])  # as Wagtail
    assert all(r["url"].startswith("http://testserver/images/") for r in shown["renditions"])
    webp = [r for r in shown["renditions"] if r["format"] == "webp"]
    assert shown["srcset"]["webp"] == ", ".join(f"{r['url']} {r['width']}w" for r in webp)
    assert shown["srcset"]["fallback"].count(" 400w") == 1
    assert (shown["srcset"]["avif"] is not None) == ("avif" in images.served_formats())
    assert shown["src"]["format"] == "jpeg"
    assert shown["src"]["width"] == 800
    assert shown["alt"] == "Boats resting in a calm harbour at dawn"
    assert shown["focal_point"] == {"x": 50.0, "y": 50.0}
    crops = {name: (crop["width"], crop["height"]) for name, crop in shown["crops"].items()}
    # Crops never enlarge: the social crop (1200x630) of a 900x600 image is 900x474.
    assert crops == {"thumbnail": (400, 300), "social": (900, 474)}


def test_every_rendition_is_served_as_declared_and_made_once(client, article, image):
    shown = client.get("/api/v2/articles/harbour/").json()["featured_image"]
    assert image.renditions.count() == 0  # building the response made nothing

    small = [r for r in shown["renditions"] if r["width"] == 400]
    for declared in [*small, shown["src"], *shown["crops"].values()]:
        response = fetch(declared["url"])
        assert response.status_code == 200, declared
        assert response["Content-Type"] == MIME[declared["format"]]
        assert "public" in response["Cache-Control"]
        assert "max-age=2592000" in response["Cache-Control"]
        picture = PILImage.open(io.BytesIO(b"".join(response.streaming_content)))
        assert picture.size == (declared["width"], declared["height"]), declared
    assert image.renditions.count() == len(small) + 3
    assert fetch(small[0]["url"]).status_code == 200
    assert image.renditions.count() == len(small) + 3  # the second request made nothing new


def test_seo_and_rich_text_use_the_signed_renditions(client, article, image):
    article.body = [{"type": "paragraph", "value": f'<embed embedtype="image" id="{image.pk}"/>'}]
    article.save()
    data = client.get("/api/v2/articles/harbour/").json()
    social = data["featured_image"]["crops"]["social"]["url"]
    assert data["seo"]["open_graph"]["image"] == social
    html = data["body"][0]["value"]
    assert 'src="http://testserver/images/' in html
    assert 'srcset="http://testserver/images/' in html
    assert fetch(html.split('src="')[1].split('"')[0]).status_code == 200


@pytest.mark.parametrize(
    ("spec", "status"),
    [
        ("bogus-100", 400),  # unknown operation
        ("width-abc", 400),  # malformed size
        ("fill-0x0", 400),  # Wagtail would divide by zero
        ("scale-1000", 400),  # enlarges
        ("width-99999", 400),  # over the largest side served
        ("width-400|format-heic", 400),  # a format not served
        ("width-400|format-gif", 400),
        ("width-400|", 400),
    ],
)
def test_a_filter_the_cms_would_not_sign_is_refused_even_signed(image, spec, status):
    response = fetch(signed(image, spec))
    assert response.status_code == status
    assert response.json()["error"]
    assert response["Cache-Control"] == "no-store"


def test_an_unsigned_or_tampered_url_is_refused(client, article, image):
    url = client.get("/api/v2/articles/harbour/").json()["featured_image"]["src"]["url"]
    path = urlsplit(url).path
    signature, pk, spec = path.split("/")[2:5]
    tampered = [
        path.replace(signature, "A" * len(signature)),
        path.replace(f"/{spec}/", "/width-1600%7Cformat-jpeg/"),  # another filter, same signature
        path.replace(f"/{pk}/", f"/{image.pk + 1}/"),  # another image, same signature
        f"/images/nonsense/{pk}/{spec}/x.jpg",
    ]
    for candidate in tampered:
        response = fetch(candidate)
        assert response.status_code == 403, candidate
        assert response.json()["error"]


def test_a_frontend_server_holding_the_serve_key_signs_sizes_of_its_own(settings, image):
    settings.IMAGE_SERVE_KEY = "frontend-only-key"
    spec = "fill-640x360-c100|format-webp"

    def url(key: bytes) -> str:
        digest = hmac.new(key, f"{image.pk}/{spec}/".encode(), hashlib.sha1).digest()
        signature = base64.urlsafe_b64encode(digest).decode()
        return f"/images/{signature}/{image.pk}/{quote(spec, safe='')}/any-name.webp"

    response = fetch(url(b"frontend-only-key"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"
    assert fetch(url(b"a-guess")).status_code == 403


def test_an_unknown_image_or_a_lost_file_is_a_404(image):
    assert fetch(signed(image, "width-400|format-webp", pk=999999)).status_code == 404

    image.file.storage.delete(image.file.name)
    response = fetch(signed(image, "width-400|format-webp"))
    assert response.status_code == 404
    assert response.json()["error"]


def test_avif_is_offered_only_where_pillow_encodes_it(monkeypatch, image):
    from PIL import features

    monkeypatch.setattr(features, "check", lambda name: name != "avif")
    images.served_formats.cache_clear()
    try:
        data = image_data(image, RequestFactory().get("/"))
        assert data["srcset"]["avif"] is None
        assert {r["format"] for r in data["renditions"]} == {"webp", "jpeg"}
        assert fetch(signed(image, "width-400|format-avif")).status_code == 400
    finally:
        images.served_formats.cache_clear()


def test_a_png_keeps_png_as_its_fallback_and_a_focal_point_moves_the_crop():
    image = wagtail_factories.ImageFactory(
        file__width=800, file__height=800, file__format="PNG", file__filename="chart.png"
    )
    unfocused = image_data(image, None)
    image.focal_point_x, image.focal_point_y = 600, 200
    image.focal_point_width = image.focal_point_height = 100
    focused = image_data(image, None)

    assert {r["format"] for r in focused["renditions"]} >= {"webp", "png"}
    assert focused["src"]["url"].endswith(".png")
    assert focused["focal_point"] == {"x": 75.0, "y": 25.0}
    # A new crop is a new URL, so a cached rendition is never shown for the old focal point.
    assert focused["crops"]["thumbnail"]["url"] != unfocused["crops"]["thumbnail"]["url"]


def test_building_an_image_reads_no_file_and_makes_no_query(image, django_assert_num_queries):
    image.file.storage.delete(image.file.name)  # nothing is read: the shape is still built
    with django_assert_num_queries(0):
        data = image_data(image, RequestFactory().get("/"))
    assert data["renditions"]
