"""The API response cache answers repeats without touching the database, and never serves
anything a reader could no longer see: every change a reader can see invalidates it."""

import datetime

from django.contrib.auth.models import User
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.redirects.models import Redirect

import pytest

from blog.factories import ArticlePageFactory, CommentFactory
from blog.models import Comment
from cms.factories import ExpertFactory
from cms.models import OrganisationSettings
from tests.services import missing_service, redis_is_up

pytestmark = pytest.mark.django_db

ARTICLES = "/api/v2/articles/"


@pytest.fixture
def article(site_tree):
    return ArticlePageFactory(parent=site_tree.blog, slug="breathing", title="Breathing")


def get(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    response.queries = len(queries)
    return response


def test_a_repeat_is_a_hit_with_the_same_body_and_headers_and_no_query(client, article):
    first = get(client, ARTICLES)
    second = get(client, ARTICLES)
    assert first["X-Cache"] == "miss"
    assert second["X-Cache"] == "hit"
    assert second.queries == 0
    assert second.content == first.content
    for header in ("Content-Type", "ETag", "Cache-Control", "Vary"):
        assert second[header] == first[header], header


def test_detail_hits_keep_the_etag_and_answer_304(client, article):
    article.save_revision().publish()
    url = f"{ARTICLES}{article.slug}/"
    first = get(client, url)
    hit = get(client, url)
    assert hit["X-Cache"] == "hit"
    assert hit["ETag"] == first["ETag"]
    not_modified = get(client, url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304
    assert not_modified.queries == 0


def test_the_query_string_is_normalised_but_values_keep_their_order(client, article):
    get(client, f"{ARTICLES}?limit=5&offset=0")
    assert get(client, f"{ARTICLES}?offset=0&limit=5")["X-Cache"] == "hit"
    assert get(client, f"{ARTICLES}?offset=0&limit=6")["X-Cache"] == "miss"


def test_a_draft_is_not_served_and_publishing_shows_it_at_once(client, article):
    get(client, ARTICLES)
    article.title = "Retitled in draft"
    revision = article.save_revision()
    assert b"Retitled in draft" not in get(client, ARTICLES).content
    revision.publish()
    published = get(client, ARTICLES)
    assert published["X-Cache"] == "miss"
    assert [item["title"] for item in published.json()["results"]] == ["Retitled in draft"]


def test_unpublishing_removes_a_page_from_lists_and_details_at_once(client, article):
    url = f"{ARTICLES}{article.slug}/"
    assert get(client, url).status_code == 200
    get(client, ARTICLES)
    article.unpublish()
    assert get(client, url).status_code == 404
    assert get(client, ARTICLES).json()["count"] == 0
    route = get(client, f"/api/v2/route/?path=/blog/{article.slug}/")
    assert route.status_code == 404


def test_an_expiring_page_is_not_served_from_the_cache_after_it_expires(
    client, site_tree, time_machine
):
    time_machine.move_to(timezone.now(), tick=False)  # the clock moves only when told
    soon = timezone.now() + datetime.timedelta(seconds=3)
    ArticlePageFactory(parent=site_tree.blog, slug="brief", expire_at=soon)
    assert get(client, ARTICLES).json()["count"] == 1
    assert get(client, ARTICLES)["X-Cache"] == "hit"  # stored, but only until it expires
    time_machine.shift(datetime.timedelta(seconds=3.1))
    response = get(client, ARTICLES)
    assert response["X-Cache"] == "miss"
    assert response.json()["count"] == 0


def test_a_live_row_going_on_air_is_not_hidden_by_the_cache(client, site_tree, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    soon = timezone.now() + datetime.timedelta(seconds=3)
    page = ArticlePageFactory(parent=site_tree.blog, slug="imported")
    type(page).objects.filter(pk=page.pk).update(go_live_at=soon)  # as an import may write it
    assert get(client, ARTICLES).json()["count"] == 0
    assert get(client, ARTICLES)["X-Cache"] == "hit"  # stored, but only until it goes on air
    time_machine.shift(datetime.timedelta(seconds=3.1))
    response = get(client, ARTICLES)
    assert response["X-Cache"] == "miss"
    assert response.json()["count"] == 1


def test_approving_a_comment_shows_it(client, article):
    url = f"/api/v2/comments/?article={article.pk}"
    pending = CommentFactory(article=article, status=Comment.Status.PENDING, body="Pending one")
    assert get(client, url).json()["count"] == 0
    pending.moderate(Comment.Status.APPROVED)
    response = get(client, url)
    assert response["X-Cache"] == "miss"
    assert response.json()["count"] == 1


def test_a_new_pending_comment_keeps_the_cache(client, article):
    url = f"/api/v2/comments/?article={article.pk}"
    get(client, url)
    CommentFactory(article=article, status=Comment.Status.PENDING)
    assert get(client, url)["X-Cache"] == "hit"


def test_expert_settings_and_redirect_changes_invalidate(client, article, site_tree):
    expert = ExpertFactory(name="Ada Lane", slug="ada-lane")
    url = f"/api/v2/experts/{expert.slug}/"
    get(client, url)
    expert.title = "Trauma specialist"
    expert.save()
    assert get(client, url).json()["title"] == "Trauma specialist"

    get(client, "/api/v2/site/")
    organisation = OrganisationSettings.for_site(site_tree.site)
    organisation.tagline = "Learning that heals"
    organisation.save()
    assert get(client, "/api/v2/site/").json()["tagline"] == "Learning that heals"

    get(client, "/api/v2/redirects/")
    Redirect.objects.create(old_path="/old", redirect_page=article)
    assert get(client, "/api/v2/redirects/").json()["count"] == 1


def test_sessions_authorization_posts_and_previews_bypass(client, article):
    get(client, ARTICLES)
    client.cookies["sessionid"] = "abc"
    with_session = get(client, ARTICLES)
    del client.cookies["sessionid"]
    with_token = get(client, ARTICLES, HTTP_AUTHORIZATION="Bearer x")
    assert "X-Cache" not in with_session
    assert "X-Cache" not in with_token
    preview = get(client, "/api/v2/preview/?token=nothing")
    assert "X-Cache" not in preview
    posted = client.post("/api/v2/comments/", {}, content_type="application/json")
    assert "X-Cache" not in posted


def test_private_and_error_responses_are_not_stored(client, article):
    token_url = f"/api/v2/comments/token/?article={article.pk}"
    assert get(client, token_url)["Cache-Control"] == "no-store"
    assert "X-Cache" not in get(client, token_url)
    get(client, f"{ARTICLES}nothing-here/")
    assert get(client, f"{ARTICLES}nothing-here/").status_code == 404
    assert "X-Cache" not in get(client, f"{ARTICLES}nothing-here/")


def test_the_admin_is_never_cached(client, article):
    user = User.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    assert "X-Cache" not in get(client, "/admin/")


def test_the_switch_turns_it_off(client, article, settings):
    settings.API_RESPONSE_CACHE = False
    get(client, ARTICLES)
    assert "X-Cache" not in get(client, ARTICLES)


def test_redis_backend(client, article, settings):
    """The production backend: a real Redis (db 15 of the local server)."""
    if not redis_is_up():
        missing_service("needs Redis on 127.0.0.1:6379 (.ci/run starts redis-server)")
    settings.CACHES = {
        **settings.CACHES,
        "api": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
        },
    }
    settings.API_RESPONSE_CACHE_ALIAS = "api"
    redis_cache = caches["api"]
    redis_cache.clear()
    try:
        assert get(client, ARTICLES)["X-Cache"] == "miss"
        hit = get(client, ARTICLES)
        assert hit["X-Cache"] == "hit"
        assert hit.queries == 0
        article.unpublish()
        response = get(client, ARTICLES)
        assert response["X-Cache"] == "miss"
        assert response.json()["count"] == 0
    finally:
        redis_cache.clear()
