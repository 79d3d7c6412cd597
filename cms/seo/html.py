"""The SEO data as `<head>` markup for the reader templates, so the server-rendered site tells
search engines and link previews exactly what the API tells frontends."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

# What json_script escapes: no "</script>" or "<!--" can close or confuse the script element.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data: dict) -> SafeString:
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    # S308 is safe here: `text` is JSON with <, > and & escaped (_SCRIPT_ESCAPES).
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


def _open_graph_pairs(open_graph: dict) -> list[tuple[str, str]]:
    pairs = [
        (f"og:{key}", value)
        for key in ("type", "title", "description", "url", "image", "site_name", "locale")
        if (value := open_graph.get(key))
    ]
    article = open_graph.get("article") or {}
    for key in ("published_time", "modified_time", "section"):
        if article.get(key):
            pairs.append((f"article:{key}", article[key]))
    pairs += [("article:tag", tag) for tag in article.get("tags", [])]
    return pairs


def head_tags(seo: dict) -> SafeString:
    """Description, canonical link, Open Graph (property=) and Twitter (name=) meta tags, and
    the JSON-LD; every value escaped."""
    parts = []
    if seo["description"]:
        parts.append(format_html('<meta name="description" content="{}">', seo["description"]))
    parts.append(format_html('<link rel="canonical" href="{}">', seo["canonical_url"]))
    parts.append(
        format_html_join(
            "\n",
            '<meta property="{}" content="{}">',
            _open_graph_pairs(seo["open_graph"]),
        )
    )
    twitter = [
        (f"twitter:{key}", value)
        for key in ("card", "site", "title", "description", "image")
        if (value := seo["twitter"].get(key))
    ]
    parts.append(format_html_join("\n", '<meta name="{}" content="{}">', twitter))
    parts.append(json_ld_script(seo["json_ld"]))
    # S308 is safe here: every part is already escaped, by format_html or json_ld_script.
    return mark_safe("\n".join(str(part) for part in parts if part))  # noqa: S308
