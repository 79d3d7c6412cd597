"""Image URLs a frontend can put in a `<picture>`: a fixed set of widths in AVIF (where this
server can encode it), WebP and the original's format, two crops around the focal point, each
URL signed for the dynamic serve view (cms.image_serve).

Why signed URLs and not rendition files: nothing is rendered while a response is built (no
file is read, no query is made, so serializers stay free of queries), and each rendition is
made once, on its first request. Why a fixed set: a signature covers one exact filter, so no
URL template can be signed for any width a browser might want; the set below is what the API
offers, and any other size is minted on a server (`signed_path`, the admin's URL generator,
or an HMAC with `IMAGE_SERVE_KEY`: docs/api.md, "Images"). The serve view refuses any filter
this module would not sign, so a leaked key cannot make the server render arbitrary sizes.
"""

import hashlib
import os
from collections.abc import Callable
from functools import cache, lru_cache
from urllib.parse import quote

from django.conf import settings
from django.urls import reverse
from django.utils.text import slugify

from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.image_operations import FormatOperation
from wagtail.images.models import Filter
from wagtail.images.utils import generate_signature

# The srcset's widths (never above the original's: the last entry is the original's width when
# it is smaller than 1600) and the default `<img src>` width.
WIDTHS = (400, 800, 1200, 1600)
SRC_WIDTH = 800
CROPS = {"thumbnail": "fill-400x300", "social": "fill-1200x630"}
# What the serve view renders: resizing and cropping that never enlarge, formats, quality.
SERVED_OPERATIONS = {
    "original",
    "width",
    "height",
    "max",
    "min",
    "fill",
    "format",
    "jpegquality",
    "webpquality",
    "avifquality",
    "bgcolor",
}
MAX_SIDE = 4000
# Where each resizing operation keeps its sizes (Wagtail's image_operations).
SIDES = {
    "width": ("size",),
    "height": ("size",),
    "max": ("width", "height"),
    "min": ("width", "height"),
    "fill": ("width", "height"),
}
SERVE_VIEW = "wagtailimages_serve"  # Wagtail's own name, so its `image_url` tag works too
EXTENSIONS = {"jpeg": "jpg", "png": "png", "webp": "webp", "avif": "avif"}

AbsoluteUrl = Callable[[str], str]


@cache
def served_formats() -> tuple[str, ...]:
    """Best first. AVIF only where Pillow was built with it: an advertised format the server
    cannot encode would be a broken image on every page."""
    from PIL import features

    avif = ("avif",) if features.check("avif") else ()
    return (*avif, "webp", "jpeg", "png")


def fallback_format(image) -> str:
    """What every browser shows: JPEG, or PNG for PNG and GIF originals (which may be
    transparent, and JPEG would paint their transparency white)."""
    extension = os.path.splitext(image.file.name)[1].lower()
    return "png" if extension in {".png", ".gif"} else "jpeg"


def signing_keys() -> list[str | None]:
    """The keys a URL may be signed with: Wagtail's default, SECRET_KEY (None), which the API
    and the admin's URL generator use, and `IMAGE_SERVE_KEY` when set, so that a frontend's
    server may sign sizes of its own without holding SECRET_KEY."""
    extra = settings.IMAGE_SERVE_KEY
    return [None, extra] if extra else [None]


@lru_cache(maxsize=1024)
def _filter(spec: str) -> Filter:
    """Our own specs' filters (a few dozen), parsed once per process."""
    return Filter(spec=spec)


def refusal(spec: str) -> str | None:
    """Why the serve view will not render `spec`, or None when it will: an unknown or malformed
    operation, one that enlarges (`scale`), a side outside 1 to MAX_SIDE, a format not served."""
    if not spec or len(spec) > 200:
        return "An image filter is 1 to 200 characters."
    try:
        operations = Filter(spec=spec).operations
    except InvalidFilterSpecError as error:
        return f"Unknown image filter {spec!r}: {error}"
    for operation in operations:
        if operation.method not in SERVED_OPERATIONS:
            return f"The image operation {operation.method!r} is not served."
        sides = [getattr(operation, name) for name in SIDES.get(operation.method, ())]
        if any(not 1 <= side <= MAX_SIDE for side in sides):
            return f"Image sides are 1 to {MAX_SIDE} pixels."
        if isinstance(operation, FormatOperation) and operation.format not in served_formats():
            return f"The image format {operation.format!r} is not served."
    return None


@lru_cache(maxsize=1024)
def _own_refusal(spec: str) -> str | None:
    """`refusal`, remembered for the few dozen specs this module signs (the serve view checks
    what it is sent afresh, so no request can grow this cache)."""
    return refusal(spec)


def version(image) -> str:
    """Changes whenever what the image's renditions show can change (its file, its focal
    point), so a URL can be cached for long: a new file or crop is a new URL."""
    parts = [
        image.file.name,
        image.file_hash,
        image.focal_point_x,
        image.focal_point_y,
        image.focal_point_width,
        image.focal_point_height,
    ]
    return hashlib.sha1("|".join(map(str, parts)).encode(), usedforsecurity=False).hexdigest()[:8]


@cache
def _serve_prefix() -> str:
    return reverse(SERVE_VIEW, args=("s", 1, "f"))[: -len("s/1/f/")]


def signed_path(image, spec: str, tag: str | None = None) -> str:
    """The serve view's path for `spec` of this image; ValueError for a filter it would refuse.
    The last segment (a readable file name with the version) is not signed: it names the file
    for people and caches, and changes when the image does."""
    reason = _own_refusal(spec)
    if reason:
        raise ValueError(reason)
    signature = generate_signature(image.pk, spec)
    stem = slugify(os.path.splitext(os.path.basename(image.file.name))[0])[:40] or "image"
    formats = [op.format for op in _filter(spec).operations if isinstance(op, FormatOperation)]
    output = formats[-1] if formats else fallback_format(image)
    extension = EXTENSIONS.get(output, "jpg")
    name = f"{stem}-{tag or version(image)}.{extension}"
    return f"{_serve_prefix()}{signature}/{image.pk}/{quote(spec, safe='')}/{name}"


def rendition(image, spec: str, output: str, absolute: AbsoluteUrl, tag: str) -> dict:
    """One signed rendition with the size the serve view will make (computed from the stored
    dimensions and focal point by Wagtail's own transform: no file is opened)."""
    full_spec = f"{spec}|format-{output}"
    width, height = _filter(full_spec).get_transform(image).size
    return {
        "url": absolute(signed_path(image, full_spec, tag)),
        "width": round(width),
        "height": round(height),
        "format": output,
    }


def srcset_widths(image) -> list[int]:
    smaller = [width for width in WIDTHS if width < image.width]
    return [*smaller[: len(WIDTHS) - 1], min(image.width, WIDTHS[-1])]


def image_set(image, absolute: AbsoluteUrl) -> dict:
    """The renditions part of the image shape (cms.api_fields.ImageSchema)."""
    tag = version(image)
    fallback = fallback_format(image)
    widths = srcset_widths(image)
    formats = [output for output in served_formats() if output in {"avif", "webp", fallback}]
    renditions = [
        rendition(image, f"width-{width}", output, absolute, tag)
        for output in formats
        for width in widths
    ]

    def srcset(output: str) -> str | None:
        chosen = [item for item in renditions if item["format"] == output]
        return ", ".join(f"{item['url']} {item['width']}w" for item in chosen) or None

    fallbacks = [item for item in renditions if item["format"] == fallback]
    return {
        "focal_point": focal_point(image),
        "src": min(fallbacks, key=lambda item: abs(item["width"] - SRC_WIDTH)),
        "renditions": renditions,
        "srcset": {"avif": srcset("avif"), "webp": srcset("webp"), "fallback": srcset(fallback)},
        "crops": {
            name: rendition(image, spec, fallback, absolute, tag) for name, spec in CROPS.items()
        },
    }


def focal_point(image) -> dict:
    """The focal point's centre in percent of the width and height (the image's centre when
    none is set), as CSS `object-position` takes it."""
    point = image.get_focal_point()
    if point is None or not image.width or not image.height:
        return {"x": 50.0, "y": 50.0}
    return {
        "x": round(100 * point.centroid.x / image.width, 1),
        "y": round(100 * point.centroid.y / image.height, 1),
    }
