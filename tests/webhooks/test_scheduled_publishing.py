"""Scheduled publishing runs by itself, and `page.published` goes out when the page goes live.

Publishing with a go-live date ahead used to send `page.published` at once (with `visible:
false`), and nothing published the page when the date came: the scheduler
(`manage.py run_scheduler`, started by `make run`) now does, and the event is sent then. The
clock is moved with time-machine and the scheduler's one pass is called directly.
"""

import datetime
import io
import threading
from pathlib import Path

from django.core.management import call_command
from django.utils import timezone

import pytest
import time_machine

from blog.factories import ArticlePageFactory
from cms.webhooks import scheduler

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 6, 1, 8, 0, tzinfo=datetime.UTC)
GO_LIVE = NOW + datetime.timedelta(hours=2)
LATER = GO_LIVE + datetime.timedelta(minutes=1)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def draft(site_tree, clock):
    return ArticlePageFactory(
        parent=site_tree.blog, slug="grounding", title="Grounding", live=False
    )


def schedule(page, capture, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    with capture(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()


def one_pass(capture) -> scheduler.Pass:
    with capture(execute=True):
        return scheduler.publish_due()


def test_scheduling_a_go_live_sends_nothing_until_the_scheduler_publishes_it(
    draft, clock, endpoint, receiver, django_capture_on_commit_callbacks
):
    schedule(draft, django_capture_on_commit_callbacks, go_live_at=GO_LIVE)
    assert not draft.live
    assert receiver.received == []

    assert one_pass(django_capture_on_commit_callbacks) == scheduler.Pass(0, 0)  # not yet due
    assert receiver.received == []

    clock.move_to(LATER)
    assert one_pass(django_capture_on_commit_callbacks) == scheduler.Pass(published=1, expired=0)

    draft.refresh_from_db()
    assert draft.live
    assert receiver.types() == ["page.published"]
    page = receiver.received[0].json["data"]["page"]
    assert (page["visible"], page["title"]) == (True, "Grounding")
    assert receiver.received[0].json["occurred_at"].startswith(LATER.isoformat()[:16])


def test_a_live_page_keeps_its_content_until_its_scheduled_revision_goes_live(
    draft, clock, endpoint, receiver, django_capture_on_commit_callbacks
):
    schedule(draft, django_capture_on_commit_callbacks)
    receiver.received.clear()
    schedule(
        draft, django_capture_on_commit_callbacks, title="Grounding, revised", go_live_at=GO_LIVE
    )
    assert receiver.received == []
    assert draft.title == "Grounding"

    clock.move_to(LATER)
    one_pass(django_capture_on_commit_callbacks)

    assert receiver.types() == ["page.published"]
    assert receiver.received[0].json["data"]["page"]["title"] == "Grounding, revised"


def test_expiry_unpublishes_the_page_and_says_so(
    draft, clock, endpoint, receiver, django_capture_on_commit_callbacks
):
    schedule(draft, django_capture_on_commit_callbacks, expire_at=GO_LIVE)
    receiver.received.clear()

    clock.move_to(LATER)
    assert one_pass(django_capture_on_commit_callbacks) == scheduler.Pass(published=0, expired=1)

    draft.refresh_from_db()
    assert (draft.live, draft.expired) == (False, True)
    assert receiver.types() == ["page.unpublished"]
    assert receiver.received[0].json["data"]["page"]["visible"] is False


def test_the_command_runs_one_pass_with_once(draft, clock, django_capture_on_commit_callbacks):
    schedule(draft, django_capture_on_commit_callbacks, go_live_at=GO_LIVE)
    clock.move_to(LATER)
    out = io.StringIO()
    call_command("run_scheduler", "--once", stdout=out)
    draft.refresh_from_db()
    assert draft.live
    assert out.getvalue().startswith("1 revision(s) published, 0 page(s) expired")


def test_the_loop_survives_a_failing_pass_and_stops_when_told(monkeypatch):
    monkeypatch.setattr(scheduler, "close_old_connections", lambda: None)
    stop = threading.Event()
    passes = []

    def flaky_pass():
        passes.append(timezone.now())
        if len(passes) == 1:
            raise RuntimeError("the database went away")
        stop.set()
        return scheduler.Pass(0, 0)

    scheduler.run(0, stop, one_pass=flaky_pass)
    assert len(passes) == 2


def test_make_run_starts_the_scheduler_beside_the_worker(settings):
    makefile = (Path(settings.BASE_DIR) / "Makefile").read_text()
    run_target = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "manage.py db_worker --backend webhooks" in run_target
    assert "manage.py run_scheduler" in run_target
    assert "kill $$worker $$scheduler" in run_target
    assert settings.PUBLISH_SCHEDULED_INTERVAL == scheduler.DEFAULT_INTERVAL == 60
