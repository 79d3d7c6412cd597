"""Writes this site's blog as a WordPress export (WXR).

It exists so the importer can be proven on real content: the demo is exported, imported into an
empty site, and the two compared. It also gives a publisher a WXR copy of the blog for any tool
that reads WordPress exports. Written as a stream, one article at a time.
"""

from datetime import UTC, datetime
from html import escape
from pathlib import Path

from django.utils import timezone

from wagtail.models import Site
from wagtail.rich_text import expand_db_html

from blog.models import ArticlePage, CategoryPage, Comment
from cms.models import Expert

WP = "http://wordpress.org/export/1.2/"
HEADER = f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="{WP}excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="{WP}">
<channel>
"""
STATUS = {"approved": "1", "pending": "0", "spam": "spam", "rejected": "trash"}


def cdata(text) -> str:
    return "<![CDATA[" + str(text or "").replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _date(value) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S}" if value else "0000-00-00 00:00:00"


def body_html(article: ArticlePage) -> str:
    """The body as the HTML WordPress would hold, one block after another."""
    parts = []
    for child in article.body:
        kind, value = child.block_type, child.value
        if kind == "paragraph":
            parts.append(expand_db_html(value.source))
        elif kind == "heading":
            parts.append(f"<h2>{escape(value)}</h2>")
        elif kind == "pull_quote":
            cite = f"<cite>{escape(value['attribution'])}</cite>" if value["attribution"] else ""
            parts.append(f"<blockquote><p>{escape(value['text'])}</p>{cite}</blockquote>")
        elif kind == "image" and value["image"]:
            image = value["image"]
            alt = "" if value["decorative"] else value["alt_text"]
            caption = f"<figcaption>{escape(value['caption'])}</figcaption>" * bool(
                value["caption"]
            )
            src = f"/wp-content/uploads/{image.file.name}"
            parts.append(
                f'<figure><img class="wp-image-{image.pk}" src="{escape(src)}" '
                f'alt="{escape(alt)}">{caption}</figure>'
            )
        elif kind == "video":
            parts.append(f"\n{value['url']}\n")
        elif kind == "call_to_action" and value.href:
            parts.append(f'<p><a href="{escape(value.href)}">{escape(value["label"])}</a></p>')
        elif kind == "key_takeaways":
            parts.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in value) + "</ul>")
        elif kind == "references":
            items = "".join(f"<li>{escape(ref['citation'])}</li>" for ref in value)
            parts.append(f"<h2>References</h2><ol>{items}</ol>")
    return "\n\n".join(parts)


class WXRExporter:
    def __init__(self, out, media_dir: Path | None = None):
        self.out = out
        self.media_dir = media_dir
        site = Site.objects.filter(is_default_site=True).first()
        self.base = site.root_url if site else "http://localhost"
        self.root_path = site.root_page.url_path.rstrip("/") if site else ""
        self.images: set[int] = set()

    def write(self, text: str) -> None:
        self.out.write(text)

    def run(self) -> int:
        self.write(HEADER)
        self.write(f"<title>{escape(str(Site.objects.first() or 'Export'))}</title>\n")
        self.write(f"<link>{self.base}</link>\n<wp:wxr_version>1.2</wp:wxr_version>\n")
        self.write(f"<wp:base_site_url>{self.base}</wp:base_site_url>\n")
        for expert in Expert.objects.order_by("pk"):
            self.write(
                f"<wp:author><wp:author_id>{expert.pk}</wp:author_id>"
                f"<wp:author_login>{cdata(expert.slug)}</wp:author_login>"
                f"<wp:author_email>{cdata(expert.email)}</wp:author_email>"
                f"<wp:author_display_name>{cdata(expert.name)}</wp:author_display_name>"
                "</wp:author>\n"
            )
        self._categories()
        # django-stubs cannot see modelcluster's tag manager, which prefetches like any other.
        articles = ArticlePage.objects.order_by("path").prefetch_related(  # type: ignore[misc]
            "categories", "tags", "article_authors__expert"
        )
        for article in articles.iterator(chunk_size=100):
            self._article(article)
        self.write("</channel>\n</rss>\n")
        return articles.count()

    def _categories(self) -> None:
        # Tree order: a parent is always written before its children, as WordPress does.
        for category in CategoryPage.objects.order_by("path"):
            parent = category.get_parent().specific
            parent_slug = parent.slug if isinstance(parent, CategoryPage) else ""
            self.write(
                f"<wp:category><wp:term_id>{category.pk}</wp:term_id>"
                f"<wp:category_nicename>{cdata(category.slug)}</wp:category_nicename>"
                f"<wp:category_parent>{cdata(parent_slug)}</wp:category_parent>"
                f"<wp:cat_name>{cdata(category.title)}</wp:cat_name>"
                f"<wp:category_description>{cdata(category.description)}"
                "</wp:category_description></wp:category>\n"
            )
        tags = ArticlePage.tags.through.tag_model().objects.filter(
            blog_articletag_items__isnull=False
        )
        for tag in tags.distinct().order_by("pk"):
            self.write(
                f"<wp:tag><wp:term_id>{tag.pk}</wp:term_id><wp:tag_slug>{cdata(tag.slug)}"
                f"</wp:tag_slug><wp:tag_name>{cdata(tag.name)}</wp:tag_name></wp:tag>\n"
            )

    def _attachment(self, image) -> None:
        """Each image once, before the first article that shows it; its file is copied."""
        if image is None or image.pk in self.images:
            return
        self.images.add(image.pk)
        name = image.file.name
        if self.media_dir is not None:
            target = self.media_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with image.file.open("rb") as source:
                target.write_bytes(source.read())
        self.write(
            f"<item><title>{escape(image.title)}</title><wp:post_id>{image.pk}</wp:post_id>"
            "<wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>"
            f"<wp:attachment_url>{cdata(self.base + '/wp-content/uploads/' + name)}"
            "</wp:attachment_url>"
            f"{_meta('_wp_attached_file', name)}"
            f"{_meta('_wp_attachment_image_alt', getattr(image, 'description', ''))}</item>\n"
        )

    def _article(self, article: ArticlePage) -> None:
        self._attachment(article.featured_image)
        for child in article.body:
            if child.block_type == "image":
                self._attachment(child.value["image"])
        if article.live:
            status = "publish"
        elif article.go_live_at or article.revisions.filter(approved_go_live_at__isnull=False):
            status = "future"
        else:
            status = "draft"
        date = article.go_live_at if status == "future" else _post_date(article)
        authors = [link.expert.slug for link in article.article_authors.all()]
        terms = [
            f'<category domain="category" nicename="{escape(c.slug)}">{cdata(c.title)}</category>'
            for c in article.categories.all()
        ] + [
            f'<category domain="post_tag" nicename="{escape(t.slug)}">{cdata(t.name)}</category>'
            for t in article.tags.all()
        ]
        meta = _meta("_thumbnail_id", article.featured_image_id or "")
        comment_status = "open" if article.comments_open else "closed"
        meta += f"<wp:comment_status>{comment_status}</wp:comment_status>"
        self.write(
            f"<item><title>{escape(article.title)}</title>"
            f"<link>{escape(self.base + article.url_path.removeprefix(self.root_path))}</link>"
            f"<dc:creator>{cdata(authors[0] if authors else '')}</dc:creator>"
            f"<content:encoded>{cdata(body_html(article))}</content:encoded>"
            f"<excerpt:encoded>{cdata(article.intro)}</excerpt:encoded>"
            f"<wp:post_id>{article.pk}</wp:post_id>"
            f"<wp:post_date_gmt>{_date(date)}</wp:post_date_gmt>"
            f"<wp:post_modified_gmt>{_date(article.last_published_at)}</wp:post_modified_gmt>"
            f"<wp:post_name>{cdata(article.slug)}</wp:post_name>"
            f"<wp:status>{status}</wp:status><wp:post_type>post</wp:post_type>"
            + "".join(terms)
            + meta
            + "".join(_comment(c) for c in Comment.objects.filter(article=article))
            + "</item>\n"
        )


def _post_date(article: ArticlePage) -> datetime:
    """WordPress's post date is the date readers see: the publication date, at the time of day
    the article was first published."""
    moment = article.first_published_at or article.latest_revision_created_at or timezone.now()
    return datetime.combine(article.publication_date, moment.time(), tzinfo=UTC)


def _meta(key: str, value) -> str:
    if value in {"", None}:
        return ""
    return (
        f"<wp:postmeta><wp:meta_key>{key}</wp:meta_key>"
        f"<wp:meta_value>{cdata(value)}</wp:meta_value></wp:postmeta>"
    )


def _comment(comment: Comment) -> str:
    return (
        f"<wp:comment><wp:comment_id>{comment.pk}</wp:comment_id>"
        f"<wp:comment_author>{cdata(comment.name)}</wp:comment_author>"
        f"<wp:comment_author_email>{cdata(comment.email)}</wp:comment_author_email>"
        f"<wp:comment_date_gmt>{_date(comment.created)}</wp:comment_date_gmt>"
        f"<wp:comment_content>{cdata(comment.body)}</wp:comment_content>"
        f"<wp:comment_approved>{STATUS[comment.status]}</wp:comment_approved>"
        f"<wp:comment_parent>{comment.parent_id or 0}</wp:comment_parent></wp:comment>"
    )
