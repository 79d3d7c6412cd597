"""Cleaning WordPress post HTML before it becomes blocks.

Two passes, each for its own reason: nh3 first removes anything active (scripts, styles, event
handlers, javascript: links) with a real HTML parser, whatever the markup; Wagtail's own
whitelister then keeps only what the paragraph block's editor features allow, so an imported
paragraph is exactly what an editor could have written in the admin.
"""

import re
from html import unescape

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

import nh3

from cms.blocks import PARAGRAPH_FEATURES

ALLOWED_TAGS = {
    "a", "b", "strong", "i", "em", "u", "s", "sup", "sub", "br", "p", "div", "span", "section",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "cite", "footer",
    "figure", "figcaption", "img", "iframe", "video", "source", "table", "thead", "tbody",
    "tr", "th", "td", "pre", "code", "hr", "dl", "dt", "dd",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "class", "title"},
    "iframe": {"src", "title"},
    "video": {"src"},
    "source": {"src"},
    "figure": {"class"},
    "div": {"class"},
}
URL_SCHEMES = {"http", "https", "mailto"}

_rich_text = EditorHTMLConverter(features=PARAGRAPH_FEATURES)
_SPACE = re.compile(r"\s+")


def clean_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def rich_text(html: str) -> str:
    """HTML already cleaned by `clean_html`, as the paragraph block stores it."""
    return _rich_text.to_database_format(html).strip()


def plain_text(html: str) -> str:
    """Text only, entities decoded and whitespace folded: for headings, quotes and intros."""
    text = nh3.clean(html or "", tags=set(), strip_comments=True)
    return _SPACE.sub(" ", unescape(text)).strip()


def comment_text(html: str) -> str:
    """A comment body as the plain text comments are stored in, line breaks kept."""
    text = re.sub(r"(?i)<br\s*/?>|</p>", "\n", html or "")
    text = nh3.clean(text, tags=set(), strip_comments=True)
    return unescape(text).strip()


def summary(text: str, limit: int = 300) -> str:
    """The first sentences of `text` up to `limit` characters, cut at a word."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
