"""Comment fixtures: a live article, and a token old enough to have been written by a person."""

import time

from django.core import signing
from django.core.cache import cache

import pytest

from blog.comments.tokens import SALT
from blog.factories import ArticlePageFactory


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def article(site_tree):
    return ArticlePageFactory(parent=site_tree.blog)


def aged_token(article_id: int, seconds: float = 60) -> str:
    """A token as if the form had been shown `seconds` ago."""
    payload = {"a": article_id, "t": time.time() - seconds}
    return signing.TimestampSigner(salt=SALT).sign_object(payload)


@pytest.fixture
def payload(article):
    def make(**overrides):
        data = {
            "article": article.pk,
            "name": "Maria Lopez",
            "email": "mlopez@clinic.example.org",
            "affiliation": "Psychology",
            "country": "Spain",
            "body": "I use a short version of this with clients who wake at night anxious.",
            "token": aged_token(article.pk),
        }
        data.update(overrides)
        return data

    return make
