"""A WordPress post's HTML as the blocks of `ArticlePage.body`.

Headings, images, quotes and embeds become their own blocks so editors can work with them here;
everything else is kept as paragraph rich text rather than dropped, because moving in must not
lose anything a reader could see.
"""

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from bs4 import BeautifulSoup, NavigableString, Tag

from cms.blocks import video_embed_url

from .sanitise import clean_html, plain_text, rich_text
from .shortcodes import autop, expand_shortcodes, is_block_editor

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage

INLINE = {"a", "b", "strong", "i", "em", "u", "s", "sup", "sub", "span", "br", "code", "cite"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Blocks kept as text only: an image inside one follows it as a block of its own.
TEXT_ONLY = HEADINGS | {"ul", "ol", "blockquote", "table", "pre"}
_WP_IMAGE = re.compile(r"wp-image-(\d+)")
_URL_ONLY = re.compile(r"^https?://\S+$")
# Line breaks left at a paragraph's edges by the classic editor's markup.
_EDGE_BREAKS = re.compile(r"(<p>)(?:\s*<br/?>)+\s*|\s*(?:<br/?>\s*)+(</p>)")

# Given an <img> src and the attachment ID from its class, the Wagtail image (or None).
ImageFinder = Callable[[str, str | None], "AbstractImage | None"]


def _attr(node: Tag, name: str) -> str:
    """A single-valued attribute (src, alt), "" when absent: bs4 types every attribute as
    possibly a list, which only the multi-valued ones (class, rel) can be."""
    value = node.get(name)
    return value if isinstance(value, str) else ""


def block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


@dataclass
class Conversion:
    blocks: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Walker:
    def __init__(self, find_image: ImageFinder):
        self.find_image = find_image
        self.result = Conversion()
        self.pending: list[str] = []

    def flush(self) -> None:
        html = "".join(self.pending).strip()
        self.pending = []
        if html:
            self.paragraph(f"<p>{html}</p>")

    def paragraph(self, html: str) -> None:
        if plain_text(html):
            value = _EDGE_BREAKS.sub(lambda m: m.group(1) or m.group(2), rich_text(html))
            self.result.blocks.append(block("paragraph", value))

    def walk(self, nodes) -> None:
        for node in list(nodes):
            if isinstance(node, NavigableString):
                self.text(str(node))
            elif isinstance(node, Tag):
                self.element(node)

    def text(self, text: str) -> None:
        # WordPress turns a video link alone on its line into a player; so does the import.
        for line in text.splitlines(keepends=True):
            stripped = line.strip()
            if _URL_ONLY.match(stripped) and video_embed_url(stripped):
                self.flush()
                self.video(stripped)
            elif stripped or self.pending:
                self.pending.append(escape(line, quote=False))

    def element(self, node: Tag) -> None:
        name = node.name
        if name in INLINE and not node.find(["img", "iframe"]):
            self.pending.append(str(node))
            return
        self.flush()
        lifted = [image.extract() for image in node.find_all("img")] if name in TEXT_ONLY else []
        self.block_element(node, name)
        for image in lifted:
            self.image(image, "")

    def block_element(self, node: Tag, name: str) -> None:
        if name == "img":
            self.image(node, "")
        elif name == "p":
            self.p(node)
        elif name in HEADINGS:
            if text := plain_text(node.decode_contents()):
                self.result.blocks.append(block("heading", text))
        elif name in {"ul", "ol"}:
            self.paragraph(str(node))
        elif name == "blockquote":
            self.quote(node)
        elif name == "figure":
            self.figure(node)
        elif name in {"iframe", "video", "source"}:
            self.video(_attr(node, "src"))
        elif name == "table":
            for row in node.find_all("tr"):
                cells = [
                    escape(cell.get_text(" ", strip=True)) for cell in row.find_all(["td", "th"])
                ]
                self.paragraph("<p>" + " | ".join(cells) + "</p>")
        elif name == "pre":
            lines = [escape(line) for line in node.get_text().strip().splitlines()]
            self.paragraph("<p>" + "<br>".join(lines) + "</p>")
        elif name != "hr":
            self.walk(node.children)
            self.flush()

    def p(self, node: Tag) -> None:
        text = node.get_text(" ", strip=True)
        images = node.find_all("img")
        if not images and _URL_ONLY.match(text) and video_embed_url(text):
            self.video(text)
            return
        for image in images:
            parent = image.parent
            # An image inside a link takes the link with it: the image becomes a block below.
            if parent is not None and parent.name == "a" and parent is not node:
                parent.extract()
            else:
                image.extract()
        self.walk(node.children)
        self.flush()
        for image in images:
            self.image(image, "")

    def figure(self, node: Tag) -> None:
        caption_node = node.find("figcaption")
        caption = plain_text(caption_node.decode_contents()) if caption_node else ""
        if images := node.find_all("img"):
            for image in images:
                self.image(image, caption)
        elif frame := node.find(["iframe", "video", "source"]):
            self.video(_attr(frame, "src"), caption)
        elif _URL_ONLY.match(url := node.get_text(" ", strip=True).split(" ")[0]):
            self.video(url, caption)
        else:
            self.walk(node.children)
            self.flush()

    def image(self, node: Tag, caption: str) -> None:
        match = _WP_IMAGE.search(" ".join(node.get("class") or []))
        src = _attr(node, "src")
        image = self.find_image(src, match.group(1) if match else None)
        if image is None:
            label = src or (match.group(0) if match else "with no src")
            self.result.warnings.append(f"image {label} is not among the imports")
            return
        alt = _attr(node, "alt").strip() or getattr(image, "description", "") or caption
        if not alt:
            self.result.warnings.append(
                f"image {image.title!r} has no alt text: marked decorative, describe it"
            )
        value = {"image": image.pk, "alt_text": alt, "decorative": not alt, "caption": caption}
        self.result.blocks.append(block("image", value))

    def video(self, url: str, caption: str = "") -> None:
        if video_embed_url(url):
            self.result.blocks.append(block("video", {"url": url, "caption": caption[:255]}))
        elif url:
            # Not a player the site knows: keep it as a link so nothing disappears.
            self.result.warnings.append(f"embed {url} is not a known video: kept as a link")
            self.paragraph(f'<p><a href="{escape(url)}">{escape(caption or url)}</a></p>')

    def quote(self, node: Tag) -> None:
        source = node.find(["cite", "footer"])
        attribution = plain_text(source.decode_contents()) if source else ""
        if source:
            source.extract()
        parts = [plain_text(p.decode_contents()) for p in node.find_all("p")] or [
            plain_text(node.decode_contents())
        ]
        text = "\n".join(part for part in parts if part)
        if text:
            value = {"text": text, "attribution": attribution.lstrip("\u2014\u2013 -")[:255]}
            self.result.blocks.append(block("pull_quote", value))


def html_to_blocks(html: str, find_image: ImageFinder, old_site: str = "") -> Conversion:
    """Body blocks (StreamField's raw form) for post HTML, and what could not be kept as is."""
    html = html or ""
    classic = not is_block_editor(html)
    html, unknown = expand_shortcodes(html)
    if old_site:
        # Links to the old site become site-relative: the imported redirects answer them.
        pattern = rf"(href=[\"']){re.escape(old_site.rstrip('/'))}(/|(?=[\"']))"
        html = re.sub(pattern, r"\1/", html)
    soup = BeautifulSoup(clean_html(autop(html) if classic else html), "html.parser")
    walker = _Walker(find_image)
    walker.walk(soup.children)
    walker.flush()
    if unknown:
        walker.result.warnings.append(
            "shortcodes left as text (no equivalent here): " + ", ".join(unknown)
        )
    return walker.result
