"""No image row can hold more pixels than uploads may, however it is saved.

The admin's upload form checks WAGTAILIMAGES_MAX_IMAGE_PIXELS (with every frame of an animation
counted, cms.security.image_upload), but an importer (or a shell) saves images through the ORM,
and a row may even carry made-up dimensions. Pillow refuses to decode a very large image
(DecompressionBombError), so such a row would turn every page and API response that renders it
into a 500. The check below reads the real size from the file's header (never decoding it)
before the row or its file is stored.
"""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save

from wagtail.images import get_image_model

from PIL import Image as PillowImage


class UnreadableImage(Exception):
    """Pillow cannot read the file's header or step through its frames."""


def count_pixels(file) -> int | None:
    """Pixels the image declares, all frames counted; None when Pillow refuses it as a bomb.

    Raises UnreadableImage for anything Pillow cannot read: its plugins answer a corrupt file
    with many kinds of exception (OSError, EOFError, SyntaxError, struct.error, ...).
    """
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", PillowImage.DecompressionBombWarning)
            with PillowImage.open(file) as image:
                # n_frames steps through an animation's frames without decoding them.
                frames = getattr(image, "n_frames", 1)
                return image.width * image.height * frames
    except (PillowImage.DecompressionBombError, PillowImage.DecompressionBombWarning):
        return None
    except Exception as error:  # see the docstring
        raise UnreadableImage(str(error)) from error
    finally:
        file.seek(position)


def header_pixels(file) -> int | None:
    """As count_pixels, but 0 for a file Pillow does not read: Wagtail's own checks decide
    about those."""
    try:
        return count_pixels(file)
    except UnreadableImage:
        return 0


def refuse_oversized_images(sender, instance, **kwargs):
    if not instance.file or getattr(instance.file, "_committed", True):
        return  # the stored file did not change
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    pixels = header_pixels(instance.file)
    if pixels is None or pixels > limit:
        raise ValidationError(
            f"{instance.file.name}: this image has too many pixels "
            f"({'unreadably many' if pixels is None else pixels}); at most {limit} are allowed."
        )


def connect() -> None:
    pre_save.connect(refuse_oversized_images, sender=get_image_model(), dispatch_uid=__name__)
