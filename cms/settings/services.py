"""Work done beside the request: comment moderation, webhook deliveries and logging.

Each of these reaches outside the CMS (Akismet, moderators' mailboxes, frontends' webhook
receivers, the log collector), so their limits and timeouts sit together where an operator
tuning the outbound side will look.
"""

from .env import env_bool, env_int, env_list, env_str

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Reader comments (docs/moderation.md). Points from the learned spam model (0 to 10) and the
# behavioural signals add up: COMMENT_SPAM_THRESHOLD or more is kept as spam; a trusted author's
# comment scoring COMMENT_HOLD_THRESHOLD or more waits for a moderator (anonymous comments always
# do). A comment the crisis detector flags is held and urgent whatever its score.
COMMENT_SPAM_THRESHOLD = env_int("COMMENT_SPAM_THRESHOLD", 5)
COMMENT_HOLD_THRESHOLD = env_int("COMMENT_HOLD_THRESHOLD", 3)
COMMENT_MIN_SECONDS = env_int("COMMENT_MIN_SECONDS", 5)  # faster than a person writes
COMMENT_TOKEN_MAX_AGE = env_int("COMMENT_TOKEN_MAX_AGE", 2 * 60 * 60)
COMMENT_MAX_LINKS = env_int("COMMENT_MAX_LINKS", 1)
COMMENT_LINK_RATIO = 0.3  # share of the text taken by links
COMMENT_OTHER_SCRIPT_RATIO = 0.3  # share of letters outside the Latin script
COMMENT_ENGLISH_MIN_RATIO = 0.08  # share of common English words in longer comments
COMMENT_DUPLICATE_WINDOW = env_int("COMMENT_DUPLICATE_WINDOW", 7 * 24 * 60 * 60)
# A burst: more than COMMENT_RATE_LIMIT posts from one client address (as TRUSTED_PROXY_COUNT
# defines it) within COMMENT_RATE_WINDOW seconds is refused with 429 and Retry-After.
COMMENT_RATE_LIMIT = env_int("COMMENT_RATE_LIMIT", 5)
COMMENT_RATE_WINDOW = env_int("COMMENT_RATE_WINDOW", 10 * 60)
# Who is emailed about held comments: these addresses, or when unset the active members of the
# Moderators group (COMMENT_MODERATORS_GROUP). Urgent comments are always emailed at once;
# other held comments only with COMMENT_NOTIFY_PENDING (the dashboard lists them anyway).
COMMENT_MODERATORS = env_list("COMMENT_MODERATORS", [])
COMMENT_MODERATORS_GROUP = env_str("COMMENT_MODERATORS_GROUP", "Moderators")
COMMENT_NOTIFY_PENDING = env_bool("COMMENT_NOTIFY_PENDING", False)
AKISMET_API_KEY = env_str("AKISMET_API_KEY", "")

# Webhooks (docs/webhooks.md). Wagtail's own background tasks keep django-tasks' default,
# immediate backend. Webhook deliveries get a backend of their own: a queue in the database that
# `manage.py db_worker --backend webhooks` works through, so publishing never waits on a
# frontend and a retry can be scheduled for later (`run_after`).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {
        "BACKEND": env_str("WEBHOOK_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
    },
}
WEBHOOK_TIMEOUT = env_int("WEBHOOK_TIMEOUT", 5)  # seconds to connect and to wait for an answer
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 5)
# Only public addresses receive events (cms/webhooks/destinations.py: no requests into the private
# network on an admin's say-so); development and tests deliver to local receivers.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = env_bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", False)
# Seconds to wait after the 1st, 2nd, ... failed attempt; the last one repeats if needed.
WEBHOOK_RETRY_DELAYS = [30, 2 * 60, 10 * 60, 60 * 60]
# Scheduled publishing (README "Scheduling"): `manage.py run_scheduler` publishes due go-lives
# and unpublishes expired pages every this many seconds.
PUBLISH_SCHEDULED_INTERVAL = env_int("PUBLISH_SCHEDULED_INTERVAL", 60)
