"""The dynamic image serve view behind every image URL the API gives (cms.images): Wagtail's
ServeView, answering its refusals as JSON and its images with long-lived caching.

Wagtail's view renders any filter its signature covers and answers bad input with text, an
HTML 403 or, for a filter it cannot run, a 500. Here the order is: the signature (no query),
then the filter against what cms.images serves, then the image, then the rendition, made on
the first request and reused after. Every refusal is `{"error": ...}` with a 4xx, never cached.
"""

import logging

from django.http import HttpResponse, JsonResponse

from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.utils import verify_signature
from wagtail.images.views.serve import ServeView

from PIL import Image as PILImage

from cms import images

logger = logging.getLogger(__name__)

# The URL changes with the image's file and focal point (cms.images.version): a rendition may
# be kept for long by browsers and a CDN in front of the CMS.
CACHE_CONTROL = "public, max-age=2592000"


def refused(message: str, status: int) -> JsonResponse:
    response = JsonResponse({"error": message}, status=status)
    response["Cache-Control"] = "no-store"
    return response


class ImageServeView(ServeView):
    """GET /images/<signature>/<image id>/<filter>/<file name>: the rendition's file."""

    http_method_names = ["get", "head", "options"]

    def get(self, request, signature, image_id, filter_spec, filename=None) -> HttpResponse:
        if not any(
            verify_signature(signature.encode(), image_id, filter_spec, key)
            for key in images.signing_keys()
        ):
            return refused("This image URL is not signed for this filter.", 403)
        reason = images.refusal(filter_spec)
        if reason:
            return refused(reason, 400)
        image = self.model.objects.filter(pk=image_id).first()
        if image is None:
            return refused("No such image.", 404)
        try:
            response = getattr(self, self.action)(image.get_rendition(filter_spec))
        except InvalidFilterSpecError as error:
            return refused(f"Unknown image filter {filter_spec!r}: {error}", 400)
        except (OSError, PILImage.DecompressionBombError):
            # A lost or unreadable file (a storage outage, a half-restored bucket): Wagtail
            # raises SourceImageIOError, an OSError, for the original.
            logger.warning("Image %s cannot be served as %s", image.pk, filter_spec)
            return refused("This image's file cannot be read.", 404)
        response["Cache-Control"] = CACHE_CONTROL
        return response
