"""Background tasks of the webhooks app, run by django-tasks.

Webhook deliveries run on the "webhooks" task backend (settings.TASKS): in development and
production a queue in the database, worked through by `manage.py db_worker --backend webhooks`,
so publishing returns at once and a retry waits for its `run_after` time.
"""

import logging

from django_tasks import task

from cms.webhooks import delivery

logger = logging.getLogger(__name__)


@task(backend="webhooks")
def deliver_webhook(delivery_id: int) -> str:
    """One attempt at one delivery; a failure schedules the next attempt itself."""
    try:
        return delivery.attempt(delivery_id)
    except Exception:
        # Not re-raised: the delivery row, not the task result, is where admins look.
        logger.exception("Webhook delivery %s failed unexpectedly", delivery_id)
        return "error"
