"""Posts, their states, dates and bodies; categories, tags, experts and images."""

import io
from datetime import UTC, date, datetime

from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest

from blog.models import ArticlePage, CategoryPage
from cms.models import Expert

from .conftest import line_of

pytestmark = pytest.mark.django_db


def article(slug: str) -> ArticlePage:
    return ArticlePage.objects.get(slug=slug)


def test_published_post_is_live_with_its_wordpress_dates(imported):
    page = article("why-the-body-keeps-count")
    assert page.live
    assert page.first_published_at == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    assert page.last_published_at == datetime(2024, 4, 1, 11, 0, tzinfo=UTC)
    assert page.publication_date == date(2024, 3, 5)
    assert page.intro == "Fear lives in the body; grounding starts there."
    assert page.get_parent().pk == imported.site_tree.blog.pk


def test_draft_stays_unpublished_with_a_revision(imported):
    page = article("notes-on-grounding-unfinished")  # WordPress left its slug empty
    assert not page.live
    assert page.first_published_at is None
    assert page.revisions.count() == 1
    assert page.publication_date == date(2024, 5, 2)  # the local date, the GMT one was zero
    assert page.intro == "A first draft of the grounding notes."


def test_future_post_is_scheduled_as_wagtail_schedules(imported):
    page = article("sleep-and-the-anxious-mind")
    assert not page.live
    revision = page.revisions.get()
    assert revision.approved_go_live_at == datetime(2030, 1, 15, 7, 0, tzinfo=UTC)


def test_body_becomes_the_article_blocks(imported):
    body = article("why-the-body-keeps-count").body
    assert [block.block_type for block in body] == [
        "paragraph", "heading", "image", "pull_quote", "video", "paragraph", "paragraph",
    ]  # fmt: skip
    assert body[1].value == "What the body remembers"
    image = body[2].value
    assert image["image"].title == "Calm breathing diagram"
    assert image["caption"] == "One slow breath, drawn as a wave"
    # The <img> had no alt text: the attachment's own alt text is used.
    assert image["alt_text"] == "A slow breath drawn as a wave"
    assert body[3].value["text"] == "The body settles before the mind believes it."
    assert body[3].value["attribution"] == "A client, in session"
    assert body[4].value["url"] == "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    assert "<li>Feel your feet on the floor.</li>" in body[5].value.source
    assert "note box from an old theme" in body[6].value.source


def test_body_is_sanitised_and_old_links_made_relative(imported):
    raw = str(article("why-the-body-keeps-count").body.raw_data)
    assert "script" not in raw
    assert "document.cookie" not in raw
    assert "onclick" not in raw
    assert "style=" not in raw
    assert 'href="/2023/11/grounding-basics/"' in raw  # answered by that post's redirect


def test_imported_articles_pass_the_editors_validation(imported):
    for page in ArticlePage.objects.all():
        page.full_clean()


def test_categories_keep_their_hierarchy(imported):
    topics = imported.site_tree.topics
    trauma = CategoryPage.objects.get(slug="trauma")
    ptsd = CategoryPage.objects.get(slug="ptsd")
    complex_ptsd = CategoryPage.objects.get(slug="complex-ptsd")
    assert trauma.get_parent().pk == topics.pk
    assert ptsd.get_parent().pk == trauma.pk
    assert complex_ptsd.get_parent().pk == ptsd.pk
    assert complex_ptsd.title == "Complex PTSD"
    assert complex_ptsd.live
    assert trauma.description == "How overwhelming events shape the body and mind."
    slugs = {c.slug for c in article("why-the-body-keeps-count").categories.all()}
    assert slugs == {"ptsd", "anxiety"}


def test_tags_are_kept(imported):
    assert set(article("why-the-body-keeps-count").tags.names()) == {"Sleep", "Breathing"}
    assert set(article("sleep-and-the-anxious-mind").tags.names()) == {"Sleep"}


def test_authors_become_experts_without_exposing_their_email(imported, client):
    nadia = Expert.objects.get(slug="nbrennan")
    assert nadia.name == "Nadia Brennan"
    assert nadia.email == "nadia.brennan@example.org"  # for the editorial team
    assert Expert.objects.get(slug="tvega").name == "Tomás Vega"
    assert article("why-the-body-keeps-count").authors == [nadia]
    response = client.get(f"/api/v2/articles/{article('why-the-body-keeps-count').slug}/")
    assert response.status_code == 200
    assert "Nadia Brennan" in response.content.decode()
    assert "example.org" not in response.content.decode()


def test_attachment_and_featured_image_come_from_the_media_dir(imported):
    image = get_image_model().objects.get()
    assert image.title == "Calm breathing diagram"
    assert (image.width, image.height) == (64, 40)
    assert image.description == "A slow breath drawn as a wave"
    assert article("why-the-body-keeps-count").featured_image == image


def test_other_files_become_documents(imported):
    document = get_document_model().objects.get()
    assert document.title == "Grounding handout"
    assert document.file.name.endswith(".pdf")


def test_comments_closed_in_wordpress_stay_closed(imported):
    assert article("why-the-body-keeps-count").comments_open
    assert not article("complex-trauma-in-adults").comments_open


def test_the_scheduled_post_goes_live_when_due(imported):
    page = article("sleep-and-the-anxious-mind")
    # As if 2030 had come: the scheduled date is moved into the past.
    revision = page.revisions.get()
    revision.content["go_live_at"] = "2025-01-01T07:00:00Z"
    revision.approved_go_live_at = datetime(2025, 1, 1, 7, 0, tzinfo=UTC)
    revision.save()
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live
    assert page.title == "Sleep and the anxious mind"


def test_a_missing_file_is_a_warning_not_a_failure(imported):
    line = line_of(imported.text, "<title>Lost scan", start="<item>")
    assert f"line {line}: attachment 21 'Lost scan': file 2024/03/lost-scan.jpg is missing" in (
        imported.result.err
    )
    assert "media               2          0          0          1" in imported.result.out
    assert ArticlePage.objects.count() == 4
