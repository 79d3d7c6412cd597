"""Each spam signal, on texts written for these tests (not taken from the labelled set)."""

import pytest

from blog.comments import spam
from blog.factories import CommentFactory
from blog.models import BlocklistEntry

pytestmark = pytest.mark.django_db


def status(body, **kwargs):
    kwargs.setdefault("seconds_to_submit", 90)
    return spam.assess(body=body, **kwargs)


@pytest.mark.parametrize(
    "body",
    [
        "Lost the login password to your PC? Our recovery software unlocks it instantly, download.",
        "Jackpot weekend! Claim your welcome bonus at our casino and spin the wheel.",
        "Order cheap tramadol pills online, shipped without prescription in plain boxes.",
        "My crypto trading bot doubled my savings. Message me on Telegram for passive income.",
        "We build quality backlinks to push your clinic to the first page of Google results.",
        "Ein schöner Tag mit der Familie und die Kinder spielen mit dem Hund in dem Garten.",
        "Недорогие кредиты онлайн без справок, одобрение за пять минут, пишите нам сейчас.",
        "Nice blog! http://a.example.com http://b.example.com http://c.example.com",
    ],
)
def test_unseen_spam_of_known_kinds_is_caught(body):
    assert status(body).status == "spam"


@pytest.mark.parametrize(
    "body",
    [
        "I reset my password but the course portal still refuses my login. Any ideas?",
        "My clients on medication ask whether this can replace it; I send them to their doctor.",
        "The trial at https://doi.org/10.1000/xyz123 found a modest effect on rumination.",
        "Merci! I will try this with my francophone clients next week.",
        "Short and useful, thanks.",
    ],
)
def test_genuine_comments_are_not_spam(body):
    assert status(body).status != "spam"


def test_honeypot_and_speed_add_reasons():
    verdict = status("A thoughtful note.", honeypot="555-0100", seconds_to_submit=1)
    assert verdict.status == "spam"
    assert any("honeypot" in reason for reason in verdict.reasons)
    assert any("after the form was shown" in reason for reason in verdict.reasons)


def test_blocklist_words_and_domains_from_the_admin():
    BlocklistEntry.objects.create(kind="word", value="miracle cure")
    BlocklistEntry.objects.create(kind="domain", value="bad-site.example")
    assert status("This miracle cure works wonders.").status == "spam"
    assert status("Read more", website="https://bad-site.example/x").status == "spam"


def test_duplicate_of_recent_comment():
    CommentFactory(article=None, body="Exactly   the same words here.")
    verdict = status("exactly the same words here.")
    assert any("duplicate" in reason for reason in verdict.reasons)


def test_anonymous_comments_are_held_whatever_their_email():
    assert status("Helpful, thank you.", email="new@example.org").status == "pending"
    CommentFactory(article=None, email="known@example.org")
    assert status("Helpful again, thank you.", email="known@example.org").status == "pending"


def test_signed_in_staff_are_published_unless_the_words_say_otherwise():
    assert status("Helpful, thank you.", trusted=True).status == "approved"
    verdict = status("Buy cheap replica watches at our shop!!", trusted=True, honeypot="x")
    assert verdict.status == "spam"


@pytest.mark.parametrize(
    "body",
    [
        "I have been thinking about suicide lately.",
        "Sometimes I want to hurt myself after sessions like this.",
        "Honestly I don't want to live anymore.",
    ],
)
def test_self_harm_always_held_and_urgent(body):
    CommentFactory(article=None, email="known@example.org")
    verdict = status(body, email="known@example.org")
    assert verdict.urgent
    assert verdict.status == "pending"


def test_thresholds_come_from_settings(settings):
    settings.COMMENT_SPAM_THRESHOLD = 100
    assert status("Play at our casino for free spins!!!").status == "pending"


def test_akismet_only_with_a_key(settings, monkeypatch):
    calls = []
    monkeypatch.setattr(spam, "akismet_signal", lambda *args: calls.append(args))
    status("Hello there.")
    assert calls == []
    settings.AKISMET_API_KEY = "key"
    status("Hello there.")
    assert len(calls) == 1


def test_akismet_failure_never_blocks(settings, monkeypatch):
    akismet = pytest.importorskip("akismet", reason="the akismet package is not installed")

    def unreachable(*args, **kwargs):
        raise OSError("no network")

    monkeypatch.setattr(akismet.SyncClient, "validated_client", unreachable)
    settings.AKISMET_API_KEY = "key"
    verdict = spam.Verdict()
    spam.akismet_signal(verdict, "body", "n", "e@example.org", "", "", "")
    assert verdict.score == 0


def test_akismet_spam_adds_a_reason(settings, monkeypatch):
    akismet = pytest.importorskip("akismet", reason="the akismet package is not installed")

    class FakeClient:
        def comment_check(self, **kwargs):
            return akismet.CheckResponse.SPAM

    monkeypatch.setattr(akismet.SyncClient, "validated_client", lambda **kwargs: FakeClient())
    settings.AKISMET_API_KEY = "key"
    verdict = spam.Verdict()
    spam.akismet_signal(verdict, "body", "n", "e@example.org", "", "", "")
    assert "Akismet says spam (+5)" in verdict.reasons
