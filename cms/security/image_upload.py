"""The admin's image form refuses, with a message, two files Wagtail's own field let through to
a 500 (WAGTAILIMAGES_IMAGE_FORM_BASE names the form below).

- Wagtail asks Willow for the pixel count, and Willow's Pillow plugin counts every animation as
  one frame (only its Wand plugin counts them). A 1000 x 1000 GIF of 50 frames, 50 megapixels,
  passed the field's 40-megapixel check; the image guard (cms.security.image_guard) then
  refused the row at save, an exception no admin view catches.
- A file that starts like a GIF (`GIF89a`) but is not one passes Willow's sniffing of its
  first bytes, and Pillow's error on reading its size came out of the field uncaught.

Both are now the form's error on the file, as every other refused upload is: the add form, the
multiple upload (its JSON `error_message`), the chooser's upload and a replaced file on edit
all build their form from WAGTAILIMAGES_IMAGE_FORM_BASE.
"""

from django.core.exceptions import ValidationError

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from cms.security.image_guard import UnreadableImage, count_pixels


class GuardedImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
            pixels = count_pixels(f)
        except UnreadableImage as error:
            raise self._invalid() from error
        except ValidationError:
            raise
        except Exception as error:  # Willow passes on whatever Pillow raised
            raise self._invalid() from error
        limit = self.max_image_pixels
        if limit is not None and (pixels is None or pixels > limit):
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": pixels or "unknown number", "max_pixels_count": limit},
                code="file_too_many_pixels",
            )

    def _invalid(self) -> ValidationError:
        return ValidationError(self.error_messages["invalid_image"], code="invalid_image")


class GuardedImageForm(BaseImageForm):
    """Wagtail's image form with the file field above (Wagtail builds the field itself, so it
    is swapped here; the multiple upload's edit form has no file field and keeps none)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stock = self.fields.get("file")
        if stock is not None:
            self.fields["file"] = GuardedImageField(
                label=stock.label,
                required=stock.required,
                widget=stock.widget,
                initial=stock.initial,
                disabled=stock.disabled,
            )
