"""A streaming reader for WordPress exports (WXR, an RSS 2.0 dialect).

Exports run to hundreds of megabytes, so the file is fed to expat in chunks and only one
top-level record (an author, a term or an item with its comments) is held as a tree at a time;
it is handed out and dropped before the next one is built. Each record carries the line it
starts on, so every message can point an editor at the exact place in the file.
"""

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, TreeBuilder, tostring
from xml.parsers import expat

CHUNK_SIZE = 64 * 1024
# WXR records sit directly under <rss><channel>; these are the ones an import uses.
RECORD_TAGS = {"wp:author", "wp:category", "wp:tag", "item"}
CHANNEL_FIELDS = {"wp:wxr_version", "wp:base_site_url", "wp:base_blog_url", "link"}
PREFIXES = [
    ("http://wordpress.org/export/1.", "/excerpt/", "excerpt:"),
    ("http://wordpress.org/export/1.", "", "wp:"),
    ("http://purl.org/rss/1.0/modules/content/", "", "content:"),
    ("http://purl.org/dc/elements/1.1/", "", "dc:"),
]


class WXRError(Exception):
    """The file cannot be read as a WordPress export; `line` says where, when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line


class MalformedXMLError(WXRError):
    """The XML breaks off at `line`: what came before it could be read."""


@dataclass
class Record:
    tag: str
    line: int
    element: Element
    # Where each <wp:comment> of an item starts, in document order.
    comment_lines: list[int] = field(default_factory=list)

    def text(self, tag: str, default: str = "") -> str:
        return _text(self.element, tag, default)

    @property
    def checksum(self) -> str:
        return hashlib.sha256(tostring(self.element)).hexdigest()


def _text(element: Element, tag: str, default: str = "") -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else default


def _short_name(name: str) -> str:
    """`uri local` (expat's namespace form) to the prefix WordPress writes, e.g. `wp:post_id`."""
    uri, _, local = name.rpartition(" ")
    if not uri:
        return local
    for start, contains, prefix in PREFIXES:
        if uri.startswith(start) and contains in uri:
            return prefix + local
    return f"{{{uri}}}{local}"


@dataclass
class _ParseState:
    """What expat's callbacks share while a file is read: where we are, and what is being built."""

    depth: int = 0
    # The record being built (an author, a term or an item), and the line it starts on.
    builder: TreeBuilder | None = None
    line: int = 0
    comments: list[int] = field(default_factory=list)
    # A channel header field being read (e.g. wp:wxr_version), and its text so far.
    channel_field: str | None = None
    text: list[str] = field(default_factory=list)


class WXRReader:
    """Iterate over a WXR file's records; `channel` fills in as the header is read."""

    def __init__(self, path: str | Path, on_progress=None):
        self.path = Path(path)
        self.on_progress = on_progress
        self.channel: dict[str, str] = {}

    def __iter__(self) -> Iterator[Record]:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        ready: list[Record] = []
        state = _ParseState()

        def start(name: str, attrs: dict[str, str]) -> None:
            tag = _short_name(name)
            state.depth += 1
            if state.depth == 1 and tag != "rss":
                raise WXRError(
                    f"not a WordPress export (WXR): the root element is <{tag}>, not <rss>", 1
                )
            if state.builder is not None:
                state.builder.start(tag, attrs)
                if tag == "wp:comment":
                    state.comments.append(parser.CurrentLineNumber)
            elif state.depth == 3 and tag in RECORD_TAGS:
                if "wp:wxr_version" not in self.channel:
                    raise WXRError(
                        "not a WordPress export (WXR): the channel has no <wp:wxr_version>",
                        parser.CurrentLineNumber,
                    )
                state.builder, state.line = TreeBuilder(), parser.CurrentLineNumber
                state.comments = []
                state.builder.start(tag, attrs)
            elif state.depth == 3 and tag in CHANNEL_FIELDS:
                state.channel_field, state.text = tag, []

        def data(text: str) -> None:
            if state.builder is not None:
                state.builder.data(text)
            elif state.channel_field:
                state.text.append(text)

        def end(name: str) -> None:
            tag = _short_name(name)
            builder = state.builder
            if builder is not None:
                builder.end(tag)
                if state.depth == 3:
                    ready.append(Record(tag, state.line, builder.close(), state.comments))
                    state.builder = None
            elif state.channel_field == tag:
                self.channel[tag] = "".join(state.text).strip()
                state.channel_field = None
            state.depth -= 1

        def refuse_entities(*args):
            # Exports never declare entities; a file that does is hostile or not an export.
            raise WXRError("the file declares XML entities, which a WXR export never does")

        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = data
        parser.EntityDeclHandler = refuse_entities
        yield from self._feed(parser, ready)

    def _feed(self, parser, ready: list[Record]) -> Iterator[Record]:
        size = self.path.stat().st_size or 1
        with self.path.open("rb") as source:
            while True:
                chunk = source.read(CHUNK_SIZE)
                try:
                    parser.Parse(chunk, not chunk)
                except expat.ExpatError as error:
                    yield from _drain(ready)
                    message = expat.ErrorString(error.code)
                    raise MalformedXMLError(
                        f"malformed XML at column {error.offset + 1}: {message}", error.lineno
                    ) from None
                except WXRError as error:
                    if error.line is None:
                        error = WXRError(str(error), parser.CurrentLineNumber)
                    raise error from None
                yield from _drain(ready)
                if self.on_progress:
                    self.on_progress(source.tell() / size)
                if not chunk:
                    break
        if "wp:wxr_version" not in self.channel:
            raise WXRError("not a WordPress export (WXR): no <wp:wxr_version> in the channel")


def _drain(ready: list[Record]) -> Iterator[Record]:
    while ready:
        yield ready.pop(0)
