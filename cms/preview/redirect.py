"""Where Wagtail's Preview sends an editor when the site has a frontend of its own."""

from django.conf import settings
from django.http import HttpResponseRedirect

from cms.preview.models import PagePreview


def to_frontend(page, request) -> HttpResponseRedirect | None:
    """Keep the draft as a `PagePreview` and send the browser to the frontend's preview page
    with its token; None (the reader templates preview it) when `FRONTEND_URL` is not set."""
    if not settings.FRONTEND_URL:
        return None
    preview = PagePreview.create_for(page, getattr(request, "user", None))
    return HttpResponseRedirect(preview.frontend_url())
