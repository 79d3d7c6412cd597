"""Word forms and case: "anxious" finds "anxiety", "Traumas" finds "trauma", on both databases,
without any category synonyms to help (docs/search.md explains how each backend does it)."""

import pytest

from blog.factories import ArticlePageFactory, CategoryPageFactory
from tests.search.conftest import get, paragraph, slugs

pytestmark = pytest.mark.django_db


@pytest.fixture
def forms(site_tree):
    topic = CategoryPageFactory(parent=site_tree.topics, slug="general", title="General")
    texts = {
        "anxiety-at-work": ("Anxiety at work", "Deadlines feed it."),
        "an-uneasy-mind": ("An uneasy mind", "Clients feel anxious before meetings."),
        "after-trauma": ("After trauma", "Recovery takes time."),
        "sleeping-well": ("Sleeping well", "Routines help."),
        "therapies-compared": ("Therapies compared", "Which one first?"),
    }
    for slug, (title, text) in texts.items():
        ArticlePageFactory(
            parent=site_tree.blog, slug=slug, title=title, intro="Notes.",
            body=paragraph(text), categories=[topic],
        )  # fmt: skip
    return texts


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("anxious", {"anxiety-at-work", "an-uneasy-mind"}),
        ("anxiety", {"anxiety-at-work", "an-uneasy-mind"}),
        ("Traumas", {"after-trauma"}),
        ("TRAUMA", {"after-trauma"}),
        ("sleep", {"sleeping-well"}),
        ("therapy", {"therapies-compared"}),
    ],
)
def test_word_forms_and_case_find_each_other(client, forms, query, expected):
    assert expected <= set(slugs(get(client, "/api/v2/search/", q=query)))
