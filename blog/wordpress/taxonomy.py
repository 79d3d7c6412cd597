"""Authors become experts; categories become the topic tree; tags become tags.

An author whose login matches an existing expert's slug is that expert: the publisher's faculty
are often in the CMS before the blog moves in, and must not be duplicated.
"""

from django.utils.text import slugify

from taggit.models import Tag
from wagtail.models import Page

from blog.models import CategoryPage, WordPressImport
from blog.models.wordpress import imported_object
from cms.models import Expert

from .redirects import add_redirects, category_paths

Kind = WordPressImport.Kind


def import_author(ctx, author) -> str:
    if not author.login:
        ctx.warn("author", author.line, "no login: skipped")
        return "skipped"
    record = WordPressImport.objects.find(ctx.source, Kind.AUTHOR, author.login)
    expert = imported_object(record, Expert)
    if expert is not None and record is not None and record.checksum == author.checksum:
        ctx.experts[author.login] = expert.pk
        return "unchanged"
    outcome = "updated"
    if expert is None:
        slug = slugify(author.login, allow_unicode=True) or slugify(author.display_name)
        expert = Expert.objects.filter(slug=slug).first()
        if expert is None:
            expert = Expert(slug=slug, name=author.display_name[:255], email=author.email)
            outcome = "created"
        elif not expert.email:
            # An expert already here keeps what editors wrote; only gaps are filled.
            expert.email = author.email
    else:
        expert.name, expert.email = author.display_name[:255], author.email
    expert.save()
    WordPressImport.objects.remember(ctx.source, Kind.AUTHOR, author.login, expert, author.checksum)
    ctx.experts[author.login] = expert.pk
    return outcome


def import_term(ctx, term) -> str:
    if not term.slug:
        ctx.warn(term.kind, term.line, f"{term.name!r} has no slug: skipped")
        return "skipped"
    if term.kind == "tag":
        return _import_tag(ctx, term)
    return _import_category(ctx, term)


def _import_tag(ctx, term) -> str:
    record = WordPressImport.objects.find(ctx.source, Kind.TAG, term.term_id)
    tag = imported_object(record, Tag)
    if tag is not None and record is not None and record.checksum == term.checksum:
        return "unchanged"
    outcome = "updated"
    if tag is None:
        tag = Tag.objects.filter(name__iexact=term.name).first() or Tag(name=term.name[:100])
        outcome = "created" if tag.pk is None else "updated"
    else:
        tag.name = term.name[:100]
    if tag.pk is None and Tag.objects.filter(slug=term.slug).exists():
        tag.slug = ""  # taggit picks a free slug
    elif tag.pk is None:
        tag.slug = term.slug[:100]
    tag.save()
    WordPressImport.objects.remember(ctx.source, Kind.TAG, term.term_id, tag, term.checksum)
    return outcome


def _import_category(ctx, term) -> str:
    record = WordPressImport.objects.find(ctx.source, Kind.CATEGORY, term.term_id)
    category = imported_object(record, CategoryPage)
    ctx.category_parents[term.slug] = term.parent_slug
    parent = ctx.topics
    if term.parent_slug:
        parent_id = ctx.categories.get(term.parent_slug)
        if parent_id is None:
            ctx.warn(
                f"category {term.slug!r}",
                term.line,
                f"parent category {term.parent_slug!r} is not in the export: placed at the top",
            )
        else:
            parent = CategoryPage.objects.get(pk=parent_id)
    if category is not None and record is not None and record.checksum == term.checksum:
        ctx.categories[term.slug] = category.pk
        return "unchanged"
    outcome = "updated"
    if category is None:
        category = CategoryPage(title=term.name[:255], slug=_free_slug(parent, term.slug))
        category.description = term.description
        parent.add_child(instance=category)
        outcome = "created"
    else:
        category.title, category.description = term.name[:255], term.description
        if category.get_parent().pk != parent.pk:
            category.move(parent, pos="last-child")
            category.refresh_from_db()
    category.save_revision().publish()
    ctx.categories[term.slug] = category.pk
    WordPressImport.objects.remember(
        ctx.source, Kind.CATEGORY, term.term_id, category, term.checksum
    )
    add_redirects(ctx, f"category {term.slug!r}", term.line, category, category_paths(ctx, term))
    return outcome


def _free_slug(parent: Page, slug: str) -> str:
    """The slug, or the slug with a number, free among the parent's children."""
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, number = slug[:240], 2
    while candidate in taken:
        candidate, number = f"{slug[:240]}-{number}", number + 1
    return candidate
