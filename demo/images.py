"""The demo's pictures: calm abstract illustrations for articles and courses and abstract
avatars for experts, drawn here with Pillow (nothing downloaded, nothing copied), so that
`make run` shows the image path end to end: hero images, covers, photos, renditions.

Deterministic: a picture depends only on its motif, palette and slug, so a second load draws
the same bytes. Each is drawn at half size and enlarged, which softens every edge for free and
keeps a full demo load to a second or two of drawing. What a picture shows, and its alt text,
are data (demo.data.illustrations).
"""

import hashlib
import math
import random
import zlib
from collections.abc import Callable
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction

from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from PIL import Image as PILImage
from PIL import ImageDraw

from blog.models import ArticlePage
from cms.models import Expert
from demo.data.illustrations import ARTICLE_ILLUSTRATIONS, COURSE_ILLUSTRATIONS, EXPERT_AVATARS
from lessons.models import CoursePage

Colour = tuple[int, int, int]
# Sky (top), ground (bottom) and three colours, named as the alt texts name them.
PALETTES: dict[str, tuple[Colour, Colour, list[Colour]]] = {
    "dawn": ((252, 228, 214), (250, 208, 196), [(240, 128, 110), (247, 176, 120), (214, 120, 140)]),
    "sea": ((220, 242, 242), (196, 228, 232), [(38, 140, 140), (150, 214, 196), (28, 84, 120)]),
    "sage": ((246, 241, 226), (226, 232, 212), [(150, 176, 140), (104, 132, 92), (128, 128, 70)]),
    "dusk": ((232, 226, 244), (206, 206, 232), [(62, 60, 128), (186, 164, 214), (124, 70, 116)]),
    "sand": ((250, 246, 236), (240, 228, 206), [(196, 102, 74), (214, 160, 70), (176, 128, 104)]),
    "night": ((22, 32, 66), (40, 54, 100), [(92, 112, 168), (236, 236, 226), (222, 186, 104)]),
    "meadow": ((252, 246, 206), (232, 240, 196), [(96, 160, 80), (240, 200, 70), (70, 120, 70)]),
    "stone": ((236, 236, 234), (218, 216, 212), [(64, 66, 72), (170, 168, 162), (110, 120, 132)]),
}  # fmt: skip
PICTURE = (1200, 675)
AVATAR = (480, 480)
COLLECTION = "Demo illustrations"


def draw(motif: str, palette: str, slug: str, size: tuple[int, int] = PICTURE) -> PILImage.Image:
    """The picture at `size`, drawn at half of it (seeded by the slug) and enlarged."""
    sky, ground, colours = PALETTES[palette]
    width, height = size[0] // 2, size[1] // 2
    mask = PILImage.linear_gradient("L").resize((width, height))
    canvas = PILImage.composite(
        PILImage.new("RGB", (width, height), ground),
        PILImage.new("RGB", (width, height), sky),
        mask,
    )
    seeded = random.Random(zlib.crc32(slug.encode()))  # noqa: S311 -- a picture's seed, not a secret
    MOTIFS[motif](ImageDraw.Draw(canvas, "RGBA"), width, height, colours, seeded)
    return canvas.resize(size, PILImage.Resampling.LANCZOS)


def _band(pen, width, height, colour, alpha, base, amplitude, period, phase) -> None:
    """A filled band from a wavy upper edge down to the bottom."""
    edge = [
        (x, base + amplitude * math.sin(2 * math.pi * x / period + phase))
        for x in range(0, width + 8, 8)
    ]
    pen.polygon([(0, height), *edge, (width, height)], fill=(*colour, alpha))


def waves(pen, width, height, colours, rng) -> None:
    for i in range(4):
        base = height * (0.42 + 0.14 * i)
        period = width * rng.uniform(0.5, 0.8)
        amplitude = height * rng.uniform(0.03, 0.06)
        _band(pen, width, height, colours[i % 3], 150, base, amplitude, period, rng.uniform(0, 6))


def hills(pen, width, height, colours, rng) -> None:
    for i in range(3):
        base = height * (0.5 + 0.15 * i)
        period = width * rng.uniform(1.1, 1.8)
        _band(pen, width, height, colours[i], 200, base, height * 0.08, period, rng.uniform(0, 6))


def path(pen, width, height, colours, rng) -> None:
    hills(pen, width, height, colours, rng)
    sway = rng.uniform(0.08, 0.14) * width
    points = [
        (width * 0.5 + sway * math.sin(t * 5 + 1) * (1 - t), height * (1 - 0.55 * t))
        for t in (step / 20 for step in range(21))
    ]
    pen.line(points, fill=(250, 248, 238, 255), width=max(4, height // 28), joint="curve")


def sun(pen, width, height, colours, rng) -> None:
    x, y, radius = width * rng.uniform(0.35, 0.65), height * 0.52, height * 0.24
    pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colours[1], 235))
    for i, colour in enumerate((colours[0], colours[2], colours[0])):
        base = height * (0.66 + 0.1 * i)
        _band(pen, width, height, colour, 190, base, height * 0.015, width * 0.9, rng.uniform(0, 6))


def circles(pen, width, height, colours, rng) -> None:
    for i in range(6):
        radius = height * rng.uniform(0.14, 0.3)
        x = width * rng.uniform(0.28, 0.72)
        y = height * rng.uniform(0.35, 0.65)
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*colours[i % 3], 140))


def rings(pen, width, height, colours, rng) -> None:
    x, y = width * rng.uniform(0.35, 0.65), height * rng.uniform(0.42, 0.58)
    for i in range(9, 0, -1):
        radius = height * 0.075 * i
        colour = (*colours[i % 3], 90 + 15 * (9 - i))
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), outline=colour, width=6)


def steps(pen, width, height, colours, rng) -> None:
    count = 5
    block = width * 0.7 / count
    for i in range(count):
        top = height * (0.72 - 0.11 * i - rng.uniform(0, 0.03))
        left = width * 0.15 + i * block
        box = (left, top, left + block * 0.86, height * 0.86)
        pen.rounded_rectangle(box, radius=block * 0.18, fill=(*colours[i % 3], 210))


def avatar(pen, width, height, colours, rng) -> None:
    """A head and shoulders, in front of a halo: a face-free stand-in for a photo."""
    x = width * 0.5
    halo = width * rng.uniform(0.34, 0.38)
    y = height * 0.44
    pen.ellipse((x - halo, y - halo, x + halo, y + halo), fill=(*colours[1], 110))
    shoulders = (x - width * 0.34, height * 0.7, x + width * 0.34, height * 1.3)
    pen.ellipse(shoulders, fill=(*colours[0], 255))
    head, y = width * 0.16, height * 0.4
    pen.ellipse((x - head, y - head, x + head, y + head), fill=(*colours[0], 255))


MOTIFS: dict[str, Callable] = {
    "waves": waves,
    "hills": hills,
    "path": path,
    "sun": sun,
    "circles": circles,
    "rings": rings,
    "steps": steps,
    "avatar": avatar,
}
# The part of each picture a crop keeps (Wagtail's focal point): an avatar's head.
FOCAL_POINTS = {"avatar": (0.5, 0.4, 0.36, 0.36)}


class DemoIllustrations:
    """Finds or makes the demo's pictures: `article(data)`, `course(data)`, `expert(data)`.

    A picture made now for a demo page or expert that already exists without one (a demo
    loaded before the demo had pictures) is set on it, with a new revision for a page that has
    no unpublished changes; a picture that exists is left alone, and so is whatever an editor
    did with it, so a second load changes nothing.
    """

    def __init__(self, count: Callable[[str, bool], None]):
        self.count = count
        self._collection: Collection | None = None

    def article(self, data):
        title = f'Illustration for "{data["title"]}"'
        return self._picture(
            ARTICLE_ILLUSTRATIONS, data["slug"], title, ArticlePage, "featured_image"
        )

    def course(self, data):
        title = f'Cover for "{data["title"]}"'
        return self._picture(COURSE_ILLUSTRATIONS, data["slug"], title, CoursePage, "cover_image")

    def expert(self, data):
        title = f"Avatar of {data['name']} (an illustration)"
        return self._picture(EXPERT_AVATARS, data["slug"], title, Expert, "photo", AVATAR)

    def _picture(self, table, slug: str, title: str, model, field: str, size=PICTURE):
        image_model = get_image_model()
        image = image_model.objects.filter(collection=self.collection, title=title).first()
        if image is not None:
            return image
        motif, palette, alt = table[slug]
        buffer = BytesIO()
        draw(motif, palette, slug, size).save(buffer, "JPEG", quality=84, optimize=True)
        data = buffer.getvalue()
        image = image_model(title=title, description=alt, collection=self.collection)
        image.file = ImageFile(BytesIO(data), name=f"demo-{slug}.jpg")
        image.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        x, y, w, h = FOCAL_POINTS.get(motif, (0.5, 0.5, 0.5, 0.5))
        image.focal_point_x, image.focal_point_y = round(x * size[0]), round(y * size[1])
        image.focal_point_width, image.focal_point_height = round(w * size[0]), round(h * size[1])
        image.save()
        self.count("illustrations", True)
        for found in model.objects.filter(slug=slug, **{f"{field}__isnull": True}):
            self._set(found, field, image)
        return image

    @staticmethod
    def _set(found, field: str, image) -> None:
        setattr(found, field, image)
        if not isinstance(found, Page):
            found.save(update_fields=[field])
        elif not found.has_unpublished_changes:
            with transaction.atomic():
                found.save_revision().publish()

    @property
    def collection(self) -> Collection:
        if self._collection is None:
            root = Collection.get_first_root_node()
            found = root.get_children().filter(name=COLLECTION).first()
            self._collection = found or root.add_child(name=COLLECTION)
        return self._collection
