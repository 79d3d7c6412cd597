"""A fingerprint of the site that a restore must reproduce exactly: counts, and checksums over
what readers and editors see (pages with their latest revision, comments, media bytes)."""

import hashlib
import json

from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.serializers.json import DjangoJSONEncoder

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from blog.models import ArticlePage, Comment


def _checksum(rows) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update(json.dumps(row, cls=DjangoJSONEncoder, sort_keys=True).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def _file_sha(name: str) -> str:
    with default_storage.open(name, "rb") as stream:
        return hashlib.sha256(stream.read()).hexdigest()


def _pages() -> list:
    return [
        (
            page.url_path,
            page.title,
            page.live,
            page.latest_revision and page.latest_revision.content,
        )
        for page in Page.objects.select_related("latest_revision").order_by("path")
    ]


def _comments() -> list:
    return [
        (
            comment.article and comment.article.url_path,
            comment.body,
            comment.status,
            comment.created,
        )
        for comment in Comment.objects.select_related("article").order_by("pk")
    ]


def _files(model) -> list:
    return [
        (item.title, item.file.name, _file_sha(item.file.name))
        for item in model.objects.order_by("pk")
    ]


def _filing() -> list:
    """Which article is filed under which category (a many-to-many table of its own)."""
    links = ArticlePage.categories.through.objects.order_by("articlepage_id", "categorypage_id")
    return list(links.values_list("articlepage__url_path", "categorypage__url_path"))


def fingerprint() -> dict:
    pages, comments = _pages(), _comments()
    images, documents = _files(Image), _files(Document)
    return {
        "pages": len(pages),
        "comments": len(comments),
        "images": len(images),
        "documents": len(documents),
        "users": get_user_model().objects.count(),
        "pages_sha": _checksum(pages),
        "comments_sha": _checksum(comments),
        "images_sha": _checksum(images),
        "documents_sha": _checksum(documents),
        "filing_sha": _checksum(_filing()),
    }
