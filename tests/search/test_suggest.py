"""/api/v2/search/suggest/: titles, categories and experts' names starting with what the reader
has typed so far."""

import pytest

from tests.search.conftest import get

pytestmark = pytest.mark.django_db

URL = "/api/v2/search/suggest/"


def suggested(client, **params) -> list[tuple[str, str]]:
    return [(item["type"], item["title"]) for item in get(client, URL, **params)["results"]]


def test_prefixes_of_titles_categories_and_names(client, catalogue):
    assert ("article", "Insomnia basics") in suggested(client, q="ins")
    assert ("category", "Sleep") in suggested(client, q="sle")
    assert ("course", "Calm breathing course") in suggested(client, q="calm bre")
    assert ("lesson", "The long exhale") in suggested(client, q="exh")
    assert ("expert", "Tom Teacher, PhD") in suggested(client, q="tom")


def test_titles_starting_with_the_words_come_first(client, catalogue):
    items = suggested(client, q="treat")
    assert items[0] == ("article", "Treating PTSD in primary care")


def test_suggestions_link_to_the_frontend(client, catalogue):
    item = get(client, URL, q="insomnia")["results"][0]
    assert item["path"] == "/blog/insomnia-basics/"
    assert item["url"] == "http://testserver/blog/insomnia-basics/"
    expert = get(client, URL, q="rosa")["results"][0]
    assert (expert["type"], expert["path"]) == ("expert", "/experts/rosa-field/")
    assert expert["url"] == "http://testserver/experts/rosa-field/"


def test_limit_and_empty_input(client, catalogue):
    assert len(get(client, URL, q="t", limit=2)["results"]) <= 2
    assert get(client, URL)["results"] == []
    assert get(client, URL, q="🙂")["results"] == []


def test_the_demo_mindfulness_prefix(client, demo):
    titles = [title for _, title in suggested(client, q="mind")]
    assert "Mindfulness" in titles
    assert any(title.startswith("Mindfulness for Anxiety") for title in titles)
