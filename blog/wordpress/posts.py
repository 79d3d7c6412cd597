"""Posts become articles, keeping their state (live, draft, scheduled) and their dates.

A post unchanged since the last import is left alone, so edits made here survive a re-run; a
post changed in WordPress gets a new revision with the new content.
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from blog.models import ArticleAuthor, ArticlePage, CategoryPage, WordPressImport
from blog.models.wordpress import imported_object

from . import comments
from .html_blocks import html_to_blocks
from .media import find_image
from .redirects import add_redirects, post_paths
from .sanitise import plain_text, summary

Kind = WordPressImport.Kind
DRAFT_STATES = {"draft", "pending", "private"}
IGNORED_STATES = {"auto-draft", "inherit"}


def import_post(ctx, item) -> str:
    if item.status in IGNORED_STATES:
        return "skipped"
    if item.status == "trash":
        ctx.warn(item.label, item.line, "in the WordPress trash: skipped")
        return "skipped"
    if item.status not in DRAFT_STATES | {"publish", "future"}:
        ctx.warn(item.label, item.line, f"unknown status {item.status!r}: imported as a draft")
    record = WordPressImport.objects.find(ctx.source, Kind.POST, item.post_id)
    page = imported_object(record, ArticlePage)
    if page is not None and record is not None and record.checksum == item.checksum:
        return "unchanged"
    created = page is None
    page = page or ArticlePage()
    _fill(ctx, item, page)
    if created:
        page.slug = _free_slug(ctx, item, None)
        page.live = False
        ctx.blog.add_child(instance=page)
    else:
        page.slug = _free_slug(ctx, item, page)
    _relations(ctx, item, page)
    _save_state(item, page)
    comments.import_comments(ctx, item, page)
    if item.status in {"publish", "future"}:
        add_redirects(ctx, item.label, item.line, page, post_paths(item))
    WordPressImport.objects.remember(ctx.source, Kind.POST, item.post_id, page, item.checksum)
    return "created" if created else "updated"


def _fill(ctx, item, page: ArticlePage) -> None:
    conversion = html_to_blocks(
        item.content, lambda src, pk: find_image(ctx, src, pk), old_site=ctx.source
    )
    for warning in conversion.warnings:
        ctx.warn(item.label, item.line, warning)
    page.title = (item.title or f"Untitled post {item.post_id}")[:255]
    page.body = ArticlePage.body.field.stream_block.to_python(conversion.blocks)
    first_paragraph = next(
        (plain_text(b["value"]) for b in conversion.blocks if b["type"] == "paragraph"), ""
    )
    # The excerpt is the author's own summary, kept whole; a first paragraph is shortened.
    page.intro = plain_text(item.excerpt) or summary(first_paragraph or page.title)
    page.publication_date = (item.date or timezone.now()).date()
    page.seo_title = item.meta.get("_yoast_wpseo_title", "")[:255]
    page.search_description = item.meta.get("_yoast_wpseo_metadesc", "")
    page.comments_open = item.comment_status != "closed"
    thumbnail = item.meta.get("_thumbnail_id")
    page.featured_image = find_image(ctx, "", thumbnail) if thumbnail else None
    if thumbnail and page.featured_image is None:
        ctx.warn(item.label, item.line, f"featured image {thumbnail} is not among the imports")


def _relations(ctx, item, page: ArticlePage) -> None:
    slugs = [slug for domain, slug, _ in item.categories if domain == "category"]
    known = [ctx.categories[slug] for slug in slugs if slug in ctx.categories]
    for slug in slugs:
        if slug not in ctx.categories:
            ctx.warn(item.label, item.line, f"category {slug!r} is not in the export")
    page.categories.set(CategoryPage.objects.filter(pk__in=known))
    page.tags.set([name for domain, _, name in item.categories if domain == "post_tag" and name])
    expert_id = ctx.experts.get(item.creator)
    if expert_id is None:
        ctx.warn(item.label, item.line, f"author {item.creator!r} is not in the export")
        page.article_authors.set([])
    else:
        page.article_authors.set([ArticleAuthor(expert_id=expert_id, sort_order=0)])


def _save_state(item, page: ArticlePage) -> None:
    """Publish, schedule or keep as a draft, with WordPress's dates rather than today's."""
    if item.status in {"publish", "future"}:
        page.go_live_at = item.date if item.status == "future" else None
        page.save_revision(changed=True, clean=False).publish()
        if item.status == "publish" or not page.go_live_at or page.go_live_at <= timezone.now():
            ArticlePage.objects.filter(pk=page.pk).update(
                first_published_at=item.date or page.first_published_at,
                last_published_at=item.modified or item.date or page.last_published_at,
            )
        return
    if page.live:
        page.unpublish()
    page.save_revision(clean=False)


def _free_slug(ctx, item, page: ArticlePage | None) -> str:
    slug = (item.slug or slugify(item.title, allow_unicode=True) or f"post-{item.post_id}")[:240]
    taken = ctx.blog.get_children().filter(Q(slug=slug) | Q(slug__startswith=f"{slug}-"))
    if page is not None:
        taken = taken.exclude(pk=page.pk)
    used = set(taken.values_list("slug", flat=True))
    candidate, number = slug, 2
    while candidate in used:
        candidate, number = f"{slug}-{number}", number + 1
    return candidate
