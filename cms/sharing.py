"""Share links for a page: the reader template and the API must offer the same ones, to the
page's one public address (the canonical URL: FRONTEND_URL, or the host serving the request).

A page's `get_full_url` would use the Site record's hostname instead, which is whatever the
install was set up with (http://localhost/ on a fresh one), not where readers are.
"""

from urllib.parse import quote, urlencode

from cms.representation import frontend_url, page_path


def share_links(url: str, title: str) -> dict[str, str]:
    return {
        "facebook": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        "x": "https://twitter.com/intent/tweet?" + urlencode({"url": url, "text": title}),
        "linkedin": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        "email": f"mailto:?subject={quote(title)}&body={quote(url)}",
    }


def page_share_links(page, request) -> dict[str, str]:
    """Share links to the page at its public address; none for a page with no address."""
    path = page_path(page, request)
    return share_links(frontend_url(path, request), page.title) if path else {}
