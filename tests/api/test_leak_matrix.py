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
        cells += 1
        reader = client.get("/" + page.url_path.split("/", 2)[2])
        if reader.status_code == 200 and page.title in reader.content.decode():
            leaks.append((page.url_path, state))

    report_figure(f"leak matrix: {cells} cells checked, {len(leaks)} leaks: {leaks}")
    assert leaks == []
    assert cells >= len(LISTINGS) * len(STATES)
