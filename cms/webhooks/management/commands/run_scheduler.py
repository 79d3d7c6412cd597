"""`manage.py run_scheduler`: publish scheduled pages and unpublish expired ones as their time
comes, every PUBLISH_SCHEDULED_INTERVAL seconds, until stopped (cms/webhooks/scheduler.py)."""

import signal
import threading

from django.core.management.base import BaseCommand, CommandError

from cms.webhooks import scheduler


class Command(BaseCommand):
    help = (
        "Run Wagtail's scheduled publishing (go-live and expiry dates) every few seconds, in "
        "the foreground, until SIGTERM or Ctrl-C. --once runs a single pass (for cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=None,
            help="Seconds between passes (default: PUBLISH_SCHEDULED_INTERVAL, 60).",
        )
        parser.add_argument("--once", action="store_true", help="Run one pass and exit.")

    def handle(self, *args, interval=None, once=False, **options):
        if once:
            done = scheduler.publish_due()
            self.stdout.write(
                f"{done.published} revision(s) published, {done.expired} page(s) expired."
            )
            return
        every = scheduler.interval() if interval is None else interval
        if every <= 0:
            raise CommandError("--interval must be a number of seconds above 0.")
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        self.stdout.write(f"Scheduled publishing: a pass every {every:g} s (Ctrl-C stops).")
        scheduler.run(every, stop)
