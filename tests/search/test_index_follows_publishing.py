"""The index follows the site at once: what is published is found on the next query, and what
is unpublished, expired, restricted, moved away or deleted is gone (or found at its new
place). Hidden pages never appear, not even in facets or suggestions."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from blog.factories import ArticlePageFactory, BlogIndexPageFactory
from cms.factories import ExpertFactory
from tests.search.conftest import get, paragraph, slugs

pytestmark = pytest.mark.django_db

URL = "/api/v2/search/"


def found(client, word: str) -> list[str]:
    return slugs(get(client, URL, q=word))


def test_publish_unpublish_edit_move_delete(client, catalogue):
    blog = catalogue.site.blog
    article = ArticlePageFactory(
        parent=blog, slug="zebra", title="Zebra stripes", body=paragraph("Quagga."),
        categories=[catalogue.sleep],
    )  # fmt: skip
    assert found(client, "quagga") == ["zebra"]

    article.unpublish()
    assert found(client, "quagga") == []
    article.save_revision().publish()
    assert found(client, "quagga") == ["zebra"]

    article.title = "Okapi stripes"
    article.save_revision()  # a draft: the live page is still the one found
    assert found(client, "okapi") == []
    article.get_latest_revision().publish()
    assert found(client, "okapi") == ["zebra"]

    archive = BlogIndexPageFactory(parent=catalogue.site.home, slug="archive", title="Archive")
    article.move(archive, pos="last-child")
    result = get(client, URL, q="okapi")["results"][0]
    assert result["path"] == "/archive/zebra/"

    archive.unpublish()  # a live page under an unpublished section is hidden
    assert found(client, "okapi") == []

    article.delete()
    assert found(client, "okapi") == []


def test_hidden_pages_are_never_found(client, catalogue):
    blog = catalogue.site.blog
    now = timezone.now()
    hidden = [
        ArticlePageFactory(parent=blog, slug="draft-x", live=False, body=paragraph("Quokka one.")),
        ArticlePageFactory(
            parent=blog, slug="expired-x", expire_at=now - datetime.timedelta(hours=1),
            body=paragraph("Quokka two."),
        ),
        ArticlePageFactory(parent=blog, slug="restricted-x", body=paragraph("Quokka three.")),
    ]  # fmt: skip
    hidden[0].categories.set([catalogue.sleep])
    hidden[0].save()
    PageViewRestriction.objects.create(page=hidden[2], restriction_type="login")
    shown = ArticlePageFactory(
        parent=blog, slug="shown-x", body=paragraph("Quokka four."), categories=[catalogue.sleep]
    )
    body = get(client, URL, q="quokka")
    assert slugs(body) == [shown.slug]
    assert body["count"] == 1
    assert sum(facet["count"] for facet in body["facets"]["types"]) == 1
    assert {f["slug"]: f["count"] for f in body["facets"]["categories"]} == {"sleep": 1}
    assert slugs(get(client, URL, category="sleep")).count("draft-x") == 0
    suggested = get(client, "/api/v2/search/suggest/", q="article")["results"]
    paths = " ".join(result["path"] or "" for result in suggested)
    assert "/blog/shown-x/" in paths
    assert not any(page.slug in paths for page in hidden)


def test_experts_are_indexed_as_they_are_saved(client, catalogue):
    expert = ExpertFactory(name="Ingrid Vasquez", slug="ingrid-vasquez", bio="Sleep researcher.")
    assert "ingrid-vasquez" in found(client, "Vasquez")
    expert.name = "Ingrid Moreau"
    expert.save()
    assert "ingrid-vasquez" in found(client, "Moreau")
    assert found(client, "Vasquez") == []
    expert.delete()
    assert found(client, "Moreau") == []


def test_update_index_rebuilds_what_search_reads(client, catalogue):
    out = io.StringIO()
    call_command("update_index", stdout=out)
    assert "blog.ArticlePage" in out.getvalue()
    assert "insomnia-basics" in found(client, "insomnia")
    assert "exhale-lesson" in found(client, "exhale")
    assert "tom-teacher" in found(client, "Tom Teacher")
