"""Which browser origins may read drafts from the preview endpoint."""

from urllib.parse import urlsplit

from django.conf import settings

PREVIEW_API_PATH = "/api/v2/preview/"


def preview_origins() -> set[str]:
    """Browser origins that may read drafts: the frontend's, and any PREVIEW_ALLOWED_ORIGINS."""
    origins = set()
    for url in [settings.FRONTEND_URL, *settings.PREVIEW_ALLOWED_ORIGINS]:
        parts = urlsplit(url.strip())
        if parts.scheme and parts.netloc:
            origins.add(f"{parts.scheme}://{parts.netloc}".lower())
    return origins


def allow_preview_origins(sender, request, **kwargs) -> bool:
    """CORS for the preview endpoint, which CORS_URLS_REGEX leaves out: only the preview origins,
    never the wider CORS_ALLOWED_ORIGINS of the public API. Connected by the app's `ready()`, so
    it is in place before the first request reaches the CORS middleware."""
    if not request.path_info.startswith(PREVIEW_API_PATH):
        return False
    return request.headers.get("origin", "").lower() in preview_origins()
