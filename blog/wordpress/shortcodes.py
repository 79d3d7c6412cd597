"""WordPress markup that is not HTML: shortcodes and the blank-line paragraphs of the classic
editor. Both are turned into plain HTML first, so one HTML walker builds every block."""

import re

_CAPTION = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
_CAPTION_PARTS = re.compile(r"^\s*(<a\b[^>]*>\s*<img\b[^>]*>\s*</a>|<img\b[^>]*>)(.*)$", re.DOTALL)
_EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
_VIDEO = re.compile(r"\[(?:video|youtube|vimeo)\s+(?:\w+=)?[\"']?(https?://[^\"'\s\]]+)[^\]]*\]"
                    r"(?:\s*\[/(?:video|youtube|vimeo)\])?", re.IGNORECASE)  # fmt: skip
_GALLERY = re.compile(r"\[gallery[^\]]*?ids=[\"']?([\d,\s]+)[\"']?[^\]]*\]", re.IGNORECASE)
# A shortcode we cannot translate: an opening tag with attributes, or a closing tag.
_UNKNOWN = re.compile(r"\[(?:/([a-z][\w-]*)|([a-z][\w-]*)\s+[\w-]+=[^\]]*)\]", re.IGNORECASE)
_BLOCK_OPEN = re.compile(r"<(ul|ol|blockquote|table|div|figure|pre|dl)\b", re.IGNORECASE)
_BLOCK_CLOSE = re.compile(r"</(ul|ol|blockquote|table|div|figure|pre|dl)>", re.IGNORECASE)
_BLOCK_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(p|div|h[1-6]|ul|ol|blockquote|figure|table|pre|hr|dl|iframe|section)\b",
    re.IGNORECASE,
)


def _caption(match: re.Match) -> str:
    parts = _CAPTION_PARTS.match(match.group(2))
    if not parts:
        return match.group(2)
    return f"<figure>{parts.group(1)}<figcaption>{parts.group(2).strip()}</figcaption></figure>"


def expand_shortcodes(html: str) -> tuple[str, list[str]]:
    """HTML for the shortcodes with a meaning here; the names of the others, left as text."""
    html = _CAPTION.sub(_caption, html)
    html = _EMBED.sub(lambda m: f"\n\n<p>{m.group(1).strip()}</p>\n\n", html)
    html = _VIDEO.sub(lambda m: f"\n\n<p>{m.group(1)}</p>\n\n", html)
    html = _GALLERY.sub(
        lambda m: "".join(
            f'<figure><img class="wp-image-{pk.strip()}" src=""></figure>'
            for pk in m.group(1).split(",")
            if pk.strip()
        ),
        html,
    )
    unknown = sorted({(m.group(1) or m.group(2)).lower() for m in _UNKNOWN.finditer(html)})
    return html, unknown


def is_block_editor(html: str) -> bool:
    """Whether the block editor wrote this: it writes its own <p> tags, and WordPress does not
    add paragraphs to it either."""
    return "<!-- wp:" in html


def autop(html: str) -> str:
    """Paragraphs for classic-editor text, where a blank line ends a paragraph.

    A blank line inside an open list, quote or table does not split it.
    """
    out: list[str] = []
    depth = 0
    for chunk in re.split(r"\n\s*\n", html.replace("\r\n", "\n")):
        if not chunk.strip():
            continue
        if depth > 0:
            out[-1] += "\n\n" + chunk
        elif _BLOCK_START.match(chunk):
            out.append(chunk)
        else:
            out.append("<p>" + chunk.strip().replace("\n", "<br>\n") + "</p>")
        depth += len(_BLOCK_OPEN.findall(chunk)) - len(_BLOCK_CLOSE.findall(chunk))
        depth = max(depth, 0)
    return "\n".join(out)
