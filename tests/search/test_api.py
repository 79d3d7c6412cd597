"""/api/v2/search/: ranking, result shape, snippets, filters, facets, synonyms, lessons,
promotions, recorded search terms and pagination."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from tests.search.conftest import get, paragraph, slugs

pytestmark = pytest.mark.django_db

URL = "/api/v2/search/"


def test_a_result_has_the_documented_shape(client, catalogue):
    body = get(client, URL, q="insomnia")
    assert set(body) == {"count", "next", "previous", "results", "facets", "query"}
    first = body["results"][0]
    assert first["type"] == "article"
    assert first["title"] == "Insomnia basics"
    assert first["path"] == "/blog/insomnia-basics/"
    assert first["url"] == "http://testserver/blog/insomnia-basics/"
    assert first["date"] == "2025-04-01"
    assert [c["slug"] for c in first["categories"]] == ["sleep"]
    assert first["categories"][0]["path"] == "/topics/sleep/"
    assert first["promoted"] is False
    assert "<mark>insomnia</mark>" in first["snippet"]


def test_snippets_escape_everything_but_the_marks(client, catalogue):
    snippet = get(client, URL, q="lectures")["results"][0]["snippet"]
    assert "&lt;b&gt;without&lt;/b&gt;" in snippet  # the intro's literal "<b>" is text
    assert "<mark>lectures</mark>" in snippet
    assert "Rest &amp; routines" in snippet
    assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_category_synonyms_find_each_other(client, catalogue):
    body = get(client, URL, q="PTSD")
    assert "living-with-post-traumatic-stress" in slugs(body)  # only says "post-traumatic stress"
    assert "post traumatic stress" in body["query"]["synonyms"]
    snippet = next(r for r in body["results"] if "aftermath" in r["title"])["snippet"]
    assert "<mark>post-traumatic stress</mark>" in snippet
    assert "treating-ptsd" in slugs(get(client, URL, q="post-traumatic stress"))


def test_an_empty_query_with_a_category_lists_it_and_its_subcategories(client, catalogue):
    assert slugs(get(client, URL, category="trauma")) == ["treating-ptsd"]  # filed under PTSD
    body = get(client, URL, category="sleep")
    listed = slugs(body)
    assert listed.index("insomnia-basics") < listed.index("living-with-post-traumatic-stress")
    assert {"calm-course", "exhale-lesson"} <= set(listed)  # a lesson is filed with its course
    assert body["count"] == 4


def test_an_empty_query_without_filters_finds_nothing(client, catalogue):
    for params in ({}, {"q": ""}, {"q": "   "}, {"q": "the and of"}):
        body = get(client, URL, **params)
        assert (body["count"], body["results"]) == (0, []), params


def test_type_filter_and_facets_for_the_same_query(client, catalogue):
    everything = get(client, URL, q="sleep")
    types = {facet["type"]: facet["count"] for facet in everything["facets"]["types"]}
    assert types["article"] == 2
    assert types["course"] == 1  # filed under the Sleep category
    assert everything["count"] == sum(types.values())

    articles = get(client, URL, q="sleep", type="article")
    assert {result["type"] for result in articles["results"]} == {"article"}
    assert articles["count"] == 2
    # Facets ignore their own filter, so a reader can see what else there is.
    assert {f["type"]: f["count"] for f in articles["facets"]["types"]} == types
    assert [f["selected"] for f in articles["facets"]["types"]] == [True, False, False, False]


def test_category_facets_count_subcategories_too(client, catalogue):
    body = get(client, URL, q="PTSD")
    counts = {facet["slug"]: facet for facet in body["facets"]["categories"]}
    assert counts["ptsd"]["count"] == 1
    assert counts["trauma"]["count"] == 1
    assert counts["ptsd"]["parent"] == "trauma"
    assert counts["sleep"]["count"] == 1  # the synonym-only article
    narrowed = get(client, URL, q="PTSD", category="trauma")
    assert slugs(narrowed) == ["treating-ptsd"]
    # The category facet ignores the category filter.
    assert {f["slug"]: f["count"] for f in narrowed["facets"]["categories"]}["sleep"] == 1


def test_a_page_filed_twice_under_a_parent_counts_once(client, catalogue):
    healing = CategoryPageFactory(parent=catalogue.trauma, slug="healing", title="Healing")
    ArticlePageFactory(
        parent=catalogue.site.blog, slug="twice-filed", body=paragraph("Quince."),
        categories=[catalogue.ptsd, healing],
    )  # fmt: skip
    body = get(client, URL, q="quince")
    counts = {facet["slug"]: facet["count"] for facet in body["facets"]["categories"]}
    assert counts == {"trauma": 1, "ptsd": 1, "healing": 1}


def test_tag_and_author_filters(client, catalogue):
    assert slugs(get(client, URL, tag="nightmares")) == ["treating-ptsd"]
    by_author = slugs(get(client, URL, author="rosa-field"))
    assert set(by_author) == {"treating-ptsd", "living-with-post-traumatic-stress"}
    assert slugs(get(client, URL, q="sleep", author="rosa-field")) == [
        "living-with-post-traumatic-stress"
    ]
    taught = set(slugs(get(client, URL, author="tom-teacher")))
    assert taught == {"insomnia-basics", "calm-course", "exhale-lesson"}


@pytest.mark.parametrize(
    ("params", "message", "status"),
    [
        ({"category": "nope"}, "Unknown category: nope.", 404),
        ({"author": "nobody"}, "Unknown author: nobody.", 404),
        ({"tag": "no-such-tag"}, "Unknown tag: no-such-tag.", 404),
        ({"type": "page"}, "type", 400),  # not one of the schema's kinds: malformed
    ],
)
def test_unknown_filter_values_are_named(client, catalogue, params, message, status):
    assert message in get(client, URL, status=status, q="sleep", **params)["error"]


def test_a_transcript_hit_links_to_the_speaker_turn(client, catalogue):
    lesson = get(client, URL, q="exhale calms")["results"][0]
    assert lesson["type"] == "lesson"
    assert lesson["path"] == "/courses/calm-course/exhale-lesson/"
    # The reader page's turn has id="t-135" (templates/blocks/speaker_turn.html); "#t=135"
    # landed nowhere.
    assert lesson["url"].endswith("/courses/calm-course/exhale-lesson/#t-135")
    assert (lesson["start_seconds"], lesson["speaker"]) == (135, "Tom Teacher")
    assert "<mark>exhale</mark>" in lesson["snippet"]
    assert lesson["course"]["title"] == "Calm breathing course"
    assert [c["slug"] for c in lesson["categories"]] == ["sleep"]
    untimed = get(client, URL, q="clear", type="lesson")["results"][0]
    assert untimed["start_seconds"] is None
    assert "#" not in untimed["url"]


def test_a_transcript_hit_lands_on_the_turn_the_lesson_page_renders(client, catalogue):
    lesson = get(client, URL, q="exhale calms")["results"][0]
    anchor = lesson["url"].split("#", 1)[1]
    page = client.get(lesson["path"])
    assert page.status_code == 200
    assert f'id="{anchor}"' in page.content.decode()


def test_lessons_are_found_by_their_course_title(client, catalogue):
    # "breathing" is only in the course's title, never in the lesson itself.
    assert "exhale-lesson" in slugs(get(client, URL, q="breathing", type="lesson"))


def test_articles_are_found_by_author_category_and_tag(client, catalogue):
    by_name = slugs(get(client, URL, q="Rosa Field"))
    assert {"rosa-field", "treating-ptsd", "living-with-post-traumatic-stress"} <= set(by_name)
    assert "treating-ptsd" in slugs(get(client, URL, q="nightmares"))  # a tag
    assert "treating-ptsd" in slugs(get(client, URL, q="trauma"))  # its category's parent name


def test_experts_are_results_linking_to_their_page(client, catalogue):
    expert = next(r for r in get(client, URL, q="Tom Teacher")["results"] if r["type"] == "expert")
    assert expert["title"] == "Tom Teacher, PhD"
    path = "/experts/tom-teacher/"  # was null: experts had no page
    assert (expert["path"], expert["url"]) == (path, f"http://testserver{path}")
    assert expert["expert"]["slug"] == "tom-teacher"
    assert expert["expert"]["url"] == f"http://testserver{path}"
    assert "email" not in expert["expert"]


def test_promoted_pages_come_first(client, catalogue):
    query = Query.get("sleep")
    SearchPromotion.objects.create(query=query, page=catalogue.ptsd_article, sort_order=0)
    body = get(client, URL, q="Sleep ")
    assert body["results"][0]["title"] == "Treating PTSD in primary care"
    assert body["results"][0]["promoted"] is True
    assert slugs(body).count("treating-ptsd") == 1
    # A promoted page must still pass the filters.
    assert "treating-ptsd" not in slugs(get(client, URL, q="sleep", type="course"))


def test_search_terms_are_counted_for_editors(client, catalogue):
    get(client, URL, q="Insomnia")
    get(client, URL, q="insomnia  ")
    get(client, URL, q="insomnia", offset=20)  # a later page is the same search
    get(client, URL, category="sleep")  # browsing is not a search term
    assert Query.get("insomnia").hits == 2
    assert Query.objects.count() == 1


def test_pagination_matches_the_other_endpoints(client, catalogue):
    first = get(client, URL, category="sleep", limit=1)
    assert (first["count"], len(first["results"]), first["previous"]) == (4, 1, None)
    assert "offset=1" in first["next"]
    second = get(client, URL, category="sleep", limit=1, offset=1)
    assert second["previous"] is not None
    assert slugs(second) != slugs(first)
    last = get(client, URL, category="sleep", limit=3, offset=3)
    assert last["next"] is None
    for params in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}, {"page": 2}):
        get(client, URL, status=400, q="sleep", **params)


def test_responses_are_cacheable(client, catalogue):
    response = client.get(URL, {"q": "sleep"})
    assert response["Cache-Control"].startswith("public")
