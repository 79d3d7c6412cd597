"""Test runs: same apps and database choice as production, minus slow hashing and real email."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105 -- a fixed key for a throwaway database
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Webhooks: delivered inline once the publishing transaction commits, so tests (and a browser
# test's live server) need no worker. Retry tests switch to the database queue themselves.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
# Test receivers listen on 127.0.0.1; tests/webhooks/test_destinations.py turns this off.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
SEARCH_HITS_FLUSH_SECONDS = 0  # tests read the counts straight after searching
# Credentials are signed with a development key kept outside the tree, never a real one.
CREDENTIAL_SIGNING_KEYS = []
CREDENTIAL_SIGNING_KEY_PEM = ""
CREDENTIAL_DEV_KEY_FILE = str(
    Path(tempfile.gettempdir()) / f"cms-test-credential-key-{os.getuid()}.pem"
)
