"""Typed views of WXR records: the fields an import needs, with WordPress's quirks smoothed.

WordPress writes local and GMT dates side by side and leaves the GMT one at zero for drafts;
term slugs may be percent-encoded; post meta is a list of key/value pairs. These views hide that.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import unquote

from .wxr import Record, _text

ZERO_DATE = "0000-00-00 00:00:00"


def parse_date(gmt: str, local: str = "") -> datetime | None:
    """The GMT date when WordPress wrote one, else the local one read as UTC."""
    for value in (gmt, local):
        if value and value != ZERO_DATE:
            try:
                return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
            except ValueError:
                continue
    return None


@dataclass
class Author:
    line: int
    login: str
    email: str
    display_name: str
    checksum: str

    @classmethod
    def from_record(cls, record: Record) -> "Author":
        login = record.text("wp:author_login")
        first, last = record.text("wp:author_first_name"), record.text("wp:author_last_name")
        name = record.text("wp:author_display_name") or f"{first} {last}".strip() or login
        return cls(record.line, login, record.text("wp:author_email"), name, record.checksum)


@dataclass
class Term:
    """A category or a tag from the channel header."""

    line: int
    kind: str
    term_id: str
    slug: str
    name: str
    parent_slug: str
    description: str
    checksum: str

    @classmethod
    def from_record(cls, record: Record) -> "Term":
        kind = "category" if record.tag == "wp:category" else "tag"
        prefix = "wp:category" if kind == "category" else "wp:tag"
        slug = unquote(record.text("wp:category_nicename" if kind == "category" else "wp:tag_slug"))
        return cls(
            line=record.line,
            kind=kind,
            term_id=record.text("wp:term_id") or slug,
            slug=slug,
            name=record.text("wp:cat_name" if kind == "category" else "wp:tag_name") or slug,
            parent_slug=unquote(record.text("wp:category_parent")),
            description=record.text(f"{prefix}_description"),
            checksum=record.checksum,
        )


@dataclass
class CommentData:
    line: int
    comment_id: str
    parent_id: str
    author: str
    email: str
    ip: str
    date: datetime | None
    content: str
    approved: str
    comment_type: str


@dataclass
class Item:
    line: int
    post_id: str
    post_type: str
    title: str
    slug: str
    status: str
    link: str
    creator: str
    content: str
    excerpt: str
    date: datetime | None
    modified: datetime | None
    attachment_url: str
    comment_status: str = "open"
    categories: list[tuple[str, str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comments: list[CommentData] = field(default_factory=list)
    checksum: str = ""

    @property
    def label(self) -> str:
        return f"{self.post_type} {self.post_id} {self.title!r}"

    @classmethod
    def from_record(cls, record: Record) -> "Item":
        element = record.element
        item = cls(
            line=record.line,
            post_id=record.text("wp:post_id"),
            post_type=record.text("wp:post_type") or "post",
            title=record.text("title"),
            slug=unquote(record.text("wp:post_name")),
            status=record.text("wp:status") or "publish",
            link=record.text("link"),
            creator=record.text("dc:creator"),
            content=_text(element, "content:encoded"),
            excerpt=_text(element, "excerpt:encoded"),
            date=parse_date(record.text("wp:post_date_gmt"), record.text("wp:post_date")),
            modified=parse_date(
                record.text("wp:post_modified_gmt"), record.text("wp:post_modified")
            ),
            attachment_url=record.text("wp:attachment_url"),
            comment_status=record.text("wp:comment_status") or "open",
            checksum=record.checksum,
        )
        for category in element.findall("category"):
            domain = category.get("domain", "category")
            nicename = unquote(category.get("nicename", ""))
            item.categories.append((domain, nicename, (category.text or "").strip()))
        for meta in element.findall("wp:postmeta"):
            item.meta[_text(meta, "wp:meta_key")] = _text(meta, "wp:meta_value")
        lines = record.comment_lines
        for index, comment in enumerate(element.findall("wp:comment")):
            item.comments.append(
                CommentData(
                    line=lines[index] if index < len(lines) else record.line,
                    comment_id=_text(comment, "wp:comment_id"),
                    parent_id=_text(comment, "wp:comment_parent", "0"),
                    author=_text(comment, "wp:comment_author"),
                    email=_text(comment, "wp:comment_author_email"),
                    ip=_text(comment, "wp:comment_author_IP"),
                    date=parse_date(
                        _text(comment, "wp:comment_date_gmt"), _text(comment, "wp:comment_date")
                    ),
                    content=_text(comment, "wp:comment_content"),
                    approved=_text(comment, "wp:comment_approved", "0"),
                    comment_type=_text(comment, "wp:comment_type"),
                )
            )
        return item
