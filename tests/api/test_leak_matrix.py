"""The leak matrix: every public endpoint x every hidden state. Nothing hidden is served.

Each hidden page's slug and title carry "leakmarker"; the expert's email and a newer draft
title of a live page do too. A cell passes when the endpoint's response never contains the
marker of that state (and direct requests for the hidden page are refused)."""

import pytest

pytestmark = pytest.mark.django_db

STATES = [
    "draft",
    "unpublished",
    "scheduled",
    "expired",
    "password",
    "login",
    "groups",
    "under-unpublished-parent",
    "newer-draft",
    "email",
    "hidden-category",
    "lesson-draft",
    "course-draft",
    "course-lesson",
    "live-row-future",
    "pending-comment",
    "spam-comment",
    "rejected-comment",
    "comment-email",
]

MARKERS = {
    "draft": "leakmarker-draft",
    "unpublished": "leakmarker-unpublished",
    "scheduled": "leakmarker-scheduled",
    "expired": "leakmarker-expired",
    "password": "leakmarker-password",
    "login": "leakmarker-login",
    "groups": "leakmarker-groups",
    "under-unpublished-parent": "leakmarker-orphan",
    "newer-draft": "leakmarker-newer-draft",
    "email": "leakmarker-email",
    "hidden-category": "leakmarker-category",
    "lesson-draft": "leakmarker-lesson-draft",
    "course-draft": "leakmarker-course-draft",
    "course-lesson": "leakmarker-course-lesson",
    "live-row-future": "leakmarker-live-row-future",
    "pending-comment": "leakmarker-pending-comment",
    "spam-comment": "leakmarker-spam-comment",
    "rejected-comment": "leakmarker-rejected-comment",
    "comment-email": "leakmarker-comment-email",
}

LISTINGS = [
    "/api/v2/articles/?limit=100",
    "/api/v2/articles/?limit=100&category=ptsd",
    "/api/v2/articles/?limit=100&category=trauma",
    "/api/v2/articles/?limit=100&tag=grounding",
    "/api/v2/articles/?limit=100&author=rosa-field",
    "/api/v2/articles/?limit=100&search=leakmarker",
    "/api/v2/articles/visible-article/",
    "/api/v2/articles/other-article/",
    "/api/v2/categories/?limit=100",
    "/api/v2/categories/ptsd/",
    "/api/v2/categories/trauma/",
    "/api/v2/courses/?limit=100",
    "/api/v2/courses/visible-course/",
    "/api/v2/lessons/?limit=100",
    "/api/v2/lessons/?course=visible-course",
    "/api/v2/lessons/{lesson}/",
    "/api/v2/experts/?limit=100",
    "/api/v2/experts/rosa-field/",
    "/api/v2/search/?q=leakmarker",
    "/api/v2/search/?q=LEAKTITLE",
    "/api/v2/search/?q=visible",
    "/api/v2/search/?q=&category=ptsd",
    "/api/v2/search/suggest/?q=leak",
    "/api/v2/search/suggest/?q=vis",
    "/api/v2/route/?path=/courses/visible-course/",
    "/api/v2/route/?path=/courses/visible-course/visible-lesson/",
    "/api/v2/route/?path=/blog/visible-article/",
    "/api/v2/route/?path=/topics/trauma/ptsd/",
    "/api/v2/route/?path=/",
    "/api/v2/site/",
    "/api/v2/redirects/?limit=100",
    "/api/v2/pages/?limit=100",
    "/api/v2/pages/?limit=100&type=blog.ArticlePage&fields=*",
    "/api/v2/pages/?limit=100&type=blog.CategoryPage&fields=*",
    "/api/v2/pages/?limit=100&descendant_of={home}",
    "/api/v2/pages/{shown}/",
    "/api/v2/pages/find/?html_path=/blog/visible-article/",
    "/api/v2/comments/?article={shown}",
    "/api/v2/comments/?article={shown}&limit=100",
    "/feeds/articles/rss/",
    "/feeds/articles/atom/",
    "/feeds/categories/ptsd/rss/",
    "/feeds/categories/trauma/atom/",
    "/feeds/experts/rosa-field/rss/",
    "/feeds/experts/rosa-field/atom/",
    "/sitemap.xml",
    "/robots.txt",
    "/",
    "/blog/",
    "/topics/",
    "/topics/trauma/",
    "/topics/trauma/ptsd/",
    "/blog/visible-article/",
    "/courses/",
    "/courses/visible-course/",
    "/courses/visible-course/visible-lesson/",
    "/search/?q=leakmarker",
    "/search/?q=LEAKTITLE",
]


def fetch(client, url, world):
    url = url.format(home=world.site.home.pk, shown=world.shown.pk, lesson=world.lesson.pk)
    response = client.get(url, follow=True)
    assert response.status_code < 500, url
    return response.content.decode()


def test_nothing_hidden_is_served_anywhere(client, world, report_figure):
    from wagtail.contrib.redirects.models import Redirect

    for state, page in world.hidden.items():
        Redirect.objects.create(old_path=f"/old-{state}", redirect_page=page)

    cells = 0
    leaks = []
    for url in LISTINGS:
        body = fetch(client, url, world)
        for state in STATES:
            cells += 1
            title_marker = MARKERS[state].replace("leakmarker-", "LEAKTITLE-")
            if MARKERS[state] in body or title_marker in body:
                leaks.append((url, state))

    for state, page in world.hidden.items():
        direct = [
            f"/api/v2/articles/{page.slug}/",
            f"/api/v2/lessons/{page.pk}/",
            f"/api/v2/courses/{page.slug}/",
            f"/api/v2/pages/{page.pk}/",
            f"/api/v2/route/?path={page.url_path.split('/', 2)[2] if page.url_path else ''}",
            f"/api/v2/pages/find/?id={page.pk}",
        ]
        for url in direct:
            cells += 1
            response = client.get(url)
            if response.status_code != 404:
                leaks.append((url, state))
        # An old path leading to a hidden page is no redirect: its Location would name it.
        cells += 1
        # (Django's APPEND_SLASH may first send /old-x to /old-x/: that names nothing.)
        old = client.get(f"/old-{state}", follow=True)
        if old.status_code != 404 or any(url != f"/old-{state}/" for url, _ in old.redirect_chain):
            leaks.append((f"/old-{state}", state))
        cells += 1
        reader = client.get("/" + page.url_path.split("/", 2)[2])
        if reader.status_code == 200 and page.title in reader.content.decode():
            leaks.append((page.url_path, state))

    report_figure(f"leak matrix: {cells} cells checked, {len(leaks)} leaks: {leaks}")
    assert leaks == []
    assert cells >= len(LISTINGS) * len(STATES)


# The leaks a second look found (issue 20): answers that told hidden content exists. ----------

TAGGED_ENDPOINTS = ["/api/v2/articles/", "/api/v2/search/"]


def test_a_tag_only_hidden_pages_carry_answers_as_an_unknown_tag(client, world):
    """200 with no results against an "Unknown tag" error told that hidden pages carry it."""
    from taggit.models import Tag

    from blog.models import ArticlePage, ArticleTag

    articles = {state: page for state, page in world.hidden.items() if type(page) is ArticlePage}
    for state, page in articles.items():  # rows, not page.save(): that would publish a state
        tag = Tag.objects.create(name=f"hidden-{state}", slug=f"hidden-{state}")
        ArticleTag.objects.create(content_object=page, tag=tag)
    for url in TAGGED_ENDPOINTS:
        unknown = client.get(url, {"tag": "no-such-tag"})
        assert unknown.status_code == 404
        assert unknown.json() == {"error": "Unknown tag: no-such-tag."}
        for state in articles:
            response = client.get(url, {"tag": f"hidden-{state}"})
            assert (response.status_code, response.json()) == (
                404,
                {"error": f"Unknown tag: hidden-{state}."},
            ), (url, state)
        # A tag the visible article carries too is still known.
        assert client.get(url, {"tag": "grounding"}).status_code == 200


def hidden_categories(site_tree):
    """A category in every state that hides a page, each titled with a word of its own."""
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from wagtail.models import PageViewRestriction

    from blog.factories import CategoryPageFactory

    topics = site_tree.topics
    found = {
        "draft": CategoryPageFactory(parent=topics, title="Quokkadraft", live=False),
        "expired": CategoryPageFactory(
            parent=topics, title="Quokkaexpired", expire_at=timezone.now()
        ),
    }
    for kind, extra in [("password", {"password": "s3cret"}), ("login", {}), ("groups", {})]:
        category = CategoryPageFactory(parent=topics, title=f"Quokka{kind}")
        restriction = PageViewRestriction.objects.create(
            page=category, restriction_type=kind, **extra
        )
        if kind == "groups":
            restriction.groups.add(Group.objects.get(name="Editors"))
        found[kind] = category
    parent = CategoryPageFactory(parent=topics, title="Quokkaparent", live=False)
    found["under-hidden-parent"] = CategoryPageFactory(parent=parent, title="Quokkachild")
    return found


def test_a_hidden_categorys_title_finds_nothing(client, world):
    """The live article filed under a hidden category was found by that category's title."""
    from wagtail.search import index

    from blog.models import ArticlePage
    from lessons.models import CoursePage

    categories = hidden_categories(world.site)
    for model, page in [(ArticlePage, world.shown), (CoursePage, world.course)]:
        link = model.categories.through
        filed = {f"{model._meta.model_name}_id": page.pk}
        link.objects.bulk_create(
            [link(categorypage_id=category.pk, **filed) for category in categories.values()]
        )
        # Read afresh (the world's article holds a newer draft in memory) and reindexed as
        # `update_index` would.
        index.insert_or_update_object(model.objects.get(pk=page.pk))
    found = client.get("/api/v2/search/", {"q": "ptsd"}).json()["results"]
    assert "/blog/visible-article/" in [result["path"] for result in found]  # visible: found
    for state, category in categories.items():
        word = category.title.lower()
        body = client.get("/api/v2/search/", {"q": word}).json()
        assert (body["count"], body["results"]) == (0, []), (state, body)
        # With a word of the article's own, too: the index entry itself must not match. (It
        # may still fill the page as a partial match on "visible" alone, flagged as such.)
        both = client.get("/api/v2/search/", {"q": f"visible {word}", "exact": "true"}).json()
        assert [hit["path"] for hit in both["results"] if not hit["partial"]] == [], state
        reader = client.get("/search/", {"q": word}).content.decode()
        assert "Visible article" not in reader, state
        assert "Visible course" not in reader, state
