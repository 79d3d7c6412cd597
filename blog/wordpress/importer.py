"""Runs an import: two streaming passes over the export, one transaction per item.

The first pass brings in authors, terms and attachments, the second the posts with their
comments: a post may name a featured image or a category that the file lists after it, and
reading the file twice keeps memory bounded where holding it would not. Any error in one item
rolls back that item alone, is reported with its line, and the import goes on.
"""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.db import transaction

from wagtail.models import Site

from blog.models import BlogIndexPage, CategoryIndexPage

from . import media, posts, taxonomy
from .items import Author, Item, Term
from .report import ProgressBar, Report
from .wxr import MalformedXMLError, WXRError, WXRReader

# WordPress's own machinery: nothing a reader saw, so skipped without a warning.
INTERNAL_TYPES = {
    "revision", "nav_menu_item", "custom_css", "customize_changeset", "oembed_cache",
    "user_request", "wp_block", "wp_template", "wp_template_part", "wp_global_styles",
    "wp_navigation", "wp_font_family", "wp_font_face",
}  # fmt: skip


KINDS = {"wp:author": "experts", "wp:category": "categories", "wp:tag": "tags"}


class ImportSetupError(Exception):
    """The site is not ready to receive an import (no blog or topics section)."""


@dataclass
class ImportContext:
    source: str
    site: Site
    blog: BlogIndexPage
    topics: CategoryIndexPage
    media_dir: Path | None
    report: Report
    experts: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    category_parents: dict[str, str] = field(default_factory=dict)
    images: dict[str, int] = field(default_factory=dict)
    image_urls: dict[str, int] = field(default_factory=dict)

    def warn(self, label: str, line: int, message: str) -> None:
        self.report.warn(f"{label}: {message}", line)


class WordPressImporter:
    def __init__(self, path, media_dir=None, dry_run=False, progress=False, stream=None):
        self.path = Path(path)
        self.media_dir = Path(media_dir) if media_dir else None
        self.dry_run = dry_run
        self.progress = progress
        self.stream = stream
        self.report = Report()
        self.error: MalformedXMLError | None = None

    def run(self) -> Report:
        if not self.path.is_file():
            raise WXRError(f"no such file: {self.path}")
        if self.media_dir is not None and not self.media_dir.is_dir():
            raise WXRError(f"--media-dir {self.media_dir} is not a folder")
        if not self.dry_run:
            self._run()
            return self.report
        # A dry run is the same import inside one transaction that is then rolled back, so it
        # reports exactly what a real run would do.
        with transaction.atomic():
            self._run()
            transaction.set_rollback(True)
        return self.report

    def _run(self) -> None:
        ctx = None
        for number in (1, 2):
            bar = ProgressBar(f"pass {number}/2", self.stream, enabled=self.progress or None)
            reader = WXRReader(self.path, on_progress=bar)
            try:
                for record in reader:
                    if ctx is None:
                        ctx = self._context(reader.channel)
                    self._guard(ctx, record, number)
            except MalformedXMLError as error:
                # Items before a fatal XML error are imported; nothing after it can be read.
                if ctx is None:
                    raise
                self.error = error
        if self.error is not None:
            self.report.warn(f"the import stopped early: {self.error}")

    def _context(self, channel: dict[str, str]) -> ImportContext:
        site = Site.objects.filter(is_default_site=True).first()
        blog = BlogIndexPage.objects.first()
        topics = CategoryIndexPage.objects.first()
        if site is None or blog is None or topics is None:
            raise ImportSetupError(
                "the site needs a blog and a topics section first (manage.py load_demo, or "
                "create a Blog index and a Topics index page in the admin)"
            )
        source = channel.get("wp:base_site_url") or channel.get("link") or ""
        return ImportContext(source.rstrip("/"), site, blog, topics, self.media_dir, self.report)

    def _guard(self, ctx: ImportContext, record, number: int) -> None:
        comments = dict(self.report.counts["comments"])
        try:
            with transaction.atomic():
                self._handle(ctx, record, number)
        except Exception as error:  # one bad item is reported; the rest of the import goes on
            # Nothing of the item is left: neither its rows, nor what the counts and the
            # lookups later items use say of it.
            self.report.counts["comments"] = comments
            ctx.categories.pop(unquote(record.text("wp:category_nicename")), None)
            ctx.images.pop(record.text("wp:post_id"), None)
            ctx.image_urls.pop(urlparse(record.text("wp:attachment_url")).path, None)
            kind = KINDS.get(record.tag, "articles")
            if record.tag == "item" and record.text("wp:post_type") == "attachment":
                kind = "media"
            title = record.text("title") or record.text("wp:post_id") or record.tag
            self.report.count(kind, "failed")
            self.report.warn(f"{title!r} not imported: {error}", record.line)

    def _handle(self, ctx: ImportContext, record, number: int) -> None:
        if number == 1:
            if record.tag == "wp:author":
                self.report.count(
                    "experts", taxonomy.import_author(ctx, Author.from_record(record))
                )
            elif record.tag in {"wp:category", "wp:tag"}:
                term = Term.from_record(record)
                outcome = taxonomy.import_term(ctx, term)
                self.report.count("categories" if term.kind == "category" else "tags", outcome)
            elif record.tag == "item" and record.text("wp:post_type") == "attachment":
                self.report.count("media", media.import_attachment(ctx, Item.from_record(record)))
            return
        if record.tag != "item":
            return
        item = Item.from_record(record)
        if item.post_type == "post":
            self.report.count("articles", posts.import_post(ctx, item))
        elif item.post_type in INTERNAL_TYPES:
            self.report.count("other", "skipped")
        elif item.post_type != "attachment":
            self.report.count("other", "skipped")
            ctx.warn(item.label, item.line, f"unknown post type {item.post_type!r}: skipped")
