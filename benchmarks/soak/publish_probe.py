"""Times publishing, run inside Django (`python -m benchmarks.soak.publish_probe <url> <n>`).

Publishes an article `n` times with no webhook endpoint, then `n` times with an active endpoint
at `url` (the harness points it at a server that accepts and never answers), and prints JSON:
the publish times of each series and the deliveries queued. Run with the webhooks' database
queue (the default), publishing should not notice the endpoint; run with the immediate backend,
it waits WEBHOOK_TIMEOUT, which shows the hanging endpoint really hangs.
"""

import json
import os
import sys
import time


def publish_times(article, count: int) -> list[float]:
    times = []
    for _ in range(count):
        started = time.monotonic()
        article.save_revision().publish()
        times.append(round((time.monotonic() - started) * 1000, 1))
    return times


def main(url: str, count: int) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")
    django.setup()
    from django.conf import settings

    from blog.models import ArticlePage
    from cms.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent

    article = ArticlePage.objects.live().order_by("pk").first().specific
    WebhookEndpoint.objects.all().delete()
    without = publish_times(article, count)
    endpoint = WebhookEndpoint.objects.create(
        name="Soak: a frontend that never answers",
        url=url,
        event_types=[WebhookEvent.PAGE_PUBLISHED],
    )
    with_hanging = publish_times(article, count)
    queued = WebhookDelivery.objects.filter(endpoint=endpoint).count()
    endpoint.delete()
    return {
        "backend": settings.TASKS["webhooks"]["BACKEND"],
        "webhook_timeout_s": settings.WEBHOOK_TIMEOUT,
        "publish_ms_without_endpoint": without,
        "publish_ms_with_hanging_endpoint": with_hanging,
        "deliveries_recorded": queued,
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]))))
