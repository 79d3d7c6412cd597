"""The Content-Security-Policy: strict for reader pages, looser where the Wagtail admin needs it.

django-csp sends `CONTENT_SECURITY_POLICY` on every response. Reader templates carry no inline
script or style, so their policy allows neither. The admin (and the API's Swagger page) run
inline scripts and styles of Wagtail's and drf-spectacular's own, so paths under
`ADMIN_CSP_PATH_PREFIXES` get `ADMIN_CONTENT_SECURITY_POLICY` instead; the admin's preview of a
page is served under /admin/ too, so a draft renders under the admin's policy.
"""

import base64
import hashlib
import re
from urllib.parse import urlsplit

from django.conf import settings

from csp.middleware import CSPMiddleware, PolicyParts

_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def inline_style_hashes(template_path) -> list[str]:
    """CSP hashes of a template's literal <style> blocks.

    The 500 page keeps its styles inline so that it renders even when static files fail; its
    exact stylesheet is admitted by hash, so an edit to it can never silently open the policy.
    """
    try:
        text = template_path.read_text()
    except OSError:
        return []
    digests = (hashlib.sha256(block.encode()).digest() for block in _STYLE.findall(text))
    return [f"'sha256-{base64.b64encode(digest).decode()}'" for digest in digests]


def admin_directives() -> dict:
    """The admin's policy, letting the preview panel frame FRONTEND_URL's drafts if set."""
    directives = dict(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
    frontend = urlsplit(settings.FRONTEND_URL or "")
    if frontend.scheme and frontend.netloc:
        origin = f"{frontend.scheme}://{frontend.netloc}"
        directives["frame-src"] = [*directives.get("frame-src", []), origin]
    return directives


class SitePolicyMiddleware(CSPMiddleware):
    def __init__(self, get_response):
        super().__init__(get_response)
        self.error_page_styles = inline_style_hashes(settings.BASE_DIR / "templates" / "500.html")

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts  # a view chose its own policy
        if request.path_info.startswith(tuple(settings.ADMIN_CSP_PATH_PREFIXES)):
            parts.config = admin_directives()
        elif response.status_code >= 500 and self.error_page_styles:
            parts.update = {"style-src": self.error_page_styles}
        return parts
