"""Scheduled publishing that runs by itself: `manage.py run_scheduler`, beside the webhook
worker (`make run` starts both; README "Scheduling" for production).

Wagtail keeps a revision published with a go-live date ahead aside (`approved_go_live_at`), and
an expiring page live, until its `publish_scheduled` command runs: that publishes every revision
now due and unpublishes every page now expired, sending `page_published` and `page_unpublished`
as a publish from the admin does. So the webhooks announce a go-live when the page goes live,
and the response cache forgets what it stored before. The scheduler runs that command every
`PUBLISH_SCHEDULED_INTERVAL` seconds (60): django-tasks has no periodic tasks, and a loop in a
process of its own needs no cron. A failing pass (the database away) is logged and the next
one tries again, so a restart of the database never stops scheduled publishing.
"""

import io
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.db import close_old_connections
from django.utils import timezone

from wagtail.models import Page, Revision

logger = logging.getLogger(__name__)

DEFAULT_INTERVAL = 60


@dataclass(frozen=True)
class Pass:
    """What one pass found due: revisions to publish, pages to unpublish."""

    published: int
    expired: int


def interval() -> float:
    return float(getattr(settings, "PUBLISH_SCHEDULED_INTERVAL", DEFAULT_INTERVAL))


def publish_due() -> Pass:
    """One pass: publish what is due and unpublish what expired, now (Wagtail's own logic)."""
    now = timezone.now()
    due = Pass(
        published=Revision.objects.filter(approved_go_live_at__lt=now).count(),
        expired=Page.objects.filter(live=True, expire_at__lt=now).count(),
    )
    call_command("publish_scheduled", stdout=io.StringIO())
    return due


def run(every: float, stop: threading.Event, one_pass: Callable[[], Pass] = publish_due) -> None:
    """Pass after pass, `every` seconds apart, until `stop` is set (SIGTERM, SIGINT)."""
    while not stop.is_set():
        close_old_connections()  # a long-lived process: never reuse a connection that died
        try:
            done = one_pass()
        except Exception:
            logger.exception("Scheduled publishing failed; trying again in %g s", every)
        else:
            if done.published or done.expired:
                logger.info(
                    "Scheduled publishing: %s revision(s) published, %s page(s) expired",
                    done.published,
                    done.expired,
                )
        finally:
            close_old_connections()
        stop.wait(every)
