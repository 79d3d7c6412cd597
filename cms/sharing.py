"""Share links for a page: the reader template and the API must offer the same ones."""

from urllib.parse import quote, urlencode


def share_links(url: str, title: str) -> dict[str, str]:
    return {
        "facebook": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        "x": "https://twitter.com/intent/tweet?" + urlencode({"url": url, "text": title}),
        "linkedin": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        "email": f"mailto:?subject={quote(title)}&body={quote(url)}",
    }
