"""Attachments: images become Wagtail images, other files Wagtail documents.

Files are read from a copy of the site's wp-content/uploads folder (`--media-dir`), never
downloaded: the import must work offline and not depend on the old site still being up. A file
missing from the copy is reported and the import goes on without it.
"""

import mimetypes
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from django.core.files import File
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from blog.models import WordPressImport
from blog.models.wordpress import imported_object

UPLOADS = "/wp-content/uploads/"


def relative_path(item) -> str:
    """Where the file sits under wp-content/uploads, e.g. 2024/03/breathing.png."""
    attached = item.meta.get("_wp_attached_file", "")
    if attached:
        return attached.lstrip("/")
    path = unquote(urlparse(item.attachment_url).path)
    if UPLOADS in path:
        return path.split(UPLOADS, 1)[1]
    return PurePosixPath(path).name


def is_image(path: str) -> bool:
    return (mimetypes.guess_type(path)[0] or "").startswith("image/")


def import_attachment(ctx, item) -> str:
    rel = relative_path(item)
    image = is_image(rel)
    kind = WordPressImport.Kind.ATTACHMENT
    model = get_image_model() if image else get_document_model()
    record = WordPressImport.objects.find(ctx.source, kind, item.post_id)
    existing = imported_object(record, model)
    alt = item.meta.get("_wp_attachment_image_alt", "")[:255]
    if existing is not None:
        _remember_url(ctx, item, existing, image)
        if record is not None and record.checksum == item.checksum:
            return "unchanged"
        existing.title = (item.title or existing.title)[:255]
        if image:
            existing.description = alt
        existing.save()
        WordPressImport.objects.remember(ctx.source, kind, item.post_id, existing, item.checksum)
        return "updated"
    if ctx.media_dir is None:
        ctx.warn(item.label, item.line, f"file {rel} not imported: no --media-dir given")
        return "skipped"
    source = (ctx.media_dir / rel).resolve()
    if not source.is_relative_to(ctx.media_dir.resolve()) or not source.is_file():
        ctx.warn(item.label, item.line, f"file {rel} is missing from {ctx.media_dir}")
        return "skipped"
    title = (item.title or Path(rel).stem)[:255]
    with source.open("rb") as handle:
        if image:
            obj = model(title=title, description=alt, file=ImageFile(handle, name=source.name))
        else:
            obj = model(title=title, file=File(handle, name=source.name))
        obj.save()
    WordPressImport.objects.remember(ctx.source, kind, item.post_id, obj, item.checksum)
    _remember_url(ctx, item, obj, image)
    return "created"


def _remember_url(ctx, item, obj, image: bool) -> None:
    if not image:
        return
    ctx.images[item.post_id] = obj.pk
    if item.attachment_url:
        ctx.image_urls[urlparse(item.attachment_url).path] = obj.pk


def find_image(ctx, src: str, attachment_id: str | None):
    """The imported image an <img> shows: by its wp-image-ID class, else by its file's path.

    WordPress serves resized copies (photo-300x200.png) of one attachment; their paths lead
    back to the original's.
    """
    image_model = get_image_model()
    pk = ctx.images.get(attachment_id or "")
    if pk is None and src:
        path = urlparse(src).path
        pk = ctx.image_urls.get(path) or ctx.image_urls.get(_original(path))
    return image_model.objects.filter(pk=pk).first() if pk else None


def _original(path: str) -> str:
    stem, dot, ext = path.rpartition(".")
    head, dash, size = stem.rpartition("-")
    if dash and "x" in size and size.replace("x", "").isdigit():
        return f"{head}{dot}{ext}"
    return path
