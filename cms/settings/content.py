"""Wagtail and the editorial side: site name, search, preview, the clinical review workflow and
the demo accounts.

These are what an editor or a content operator changes; grouping them keeps a search backend or
review interval change from touching the files that hold security or API policy.
"""

from typing import Any

from .env import env_int, env_list, env_str

WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Clinical Education CMS")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search (docs/search.md). SEARCH_BACKEND "database" (the default) is Wagtail's database backend
# on this project's database, SQLite FTS5 or PostgreSQL full-text search, queried and ranked in
# SQL by search/engines. Any other value names a Wagtail backend module to scale out, e.g.
# "elasticsearch8" or "opensearch2", reached at SEARCH_URLS. Changing backend or SEARCH_CONFIG
# needs `manage.py update_index`.
SEARCH_BACKEND = env_str("SEARCH_BACKEND", "database")
WAGTAILSEARCH_BACKENDS: dict[str, dict[str, Any]]
if SEARCH_BACKEND == "database":
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.database",
            # PostgreSQL text search configuration (stemming language); SQLite ignores it.
            "SEARCH_CONFIG": env_str("SEARCH_CONFIG", "english"),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": SEARCH_BACKEND
            if "." in SEARCH_BACKEND
            else f"wagtail.search.backends.{SEARCH_BACKEND}",
            "URLS": env_list("SEARCH_URLS", ["http://localhost:9200"]),
            "INDEX": env_str("SEARCH_INDEX", "clinical_cms"),
            "TIMEOUT": env_int("SEARCH_TIMEOUT", 5),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
# Readers' search terms are counted for editors in batches, at most this often per process
# (search/hits.py); 0 writes each search at once.
SEARCH_HITS_FLUSH_SECONDS = env_int("SEARCH_HITS_FLUSH_SECONDS", 30)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "pdf", "pptx", "txt", "xlsx"]
# Video blocks build their player URLs themselves: oEmbed would call out to providers at render.
WAGTAILEMBEDS_RESPONSIVE_HTML = True
TAGGIT_CASE_INSENSITIVE = True

# Where readers' frontends live; the CMS's own host is used when unset.
FRONTEND_URL = env_str("FRONTEND_URL", "")

# Preview in the frontend (docs/api.md, Preview). With FRONTEND_URL set, the admin's Preview
# opens FRONTEND_URL/preview?content_type=...&token=...; a token lasts PREVIEW_TOKEN_MINUTES.
# Browsers may read /api/v2/preview/ only from FRONTEND_URL's origin and PREVIEW_ALLOWED_ORIGINS,
# whatever CORS_ALLOWED_ORIGINS allows for the public API.
PREVIEW_TOKEN_MINUTES = env_int("PREVIEW_TOKEN_MINUTES", 60)
PREVIEW_ALLOWED_ORIGINS = env_list("PREVIEW_ALLOWED_ORIGINS", [])

# Demo editor account created by `make run` (overridable for shared demo machines). Production
# sets no default password: there it is None unless given, hence the wider type.
DEMO_EDITOR_USERNAME = env_str("DEMO_EDITOR_USERNAME", "editor")
DEMO_EDITOR_PASSWORD: str | None = env_str("DEMO_EDITOR_PASSWORD", "editor-demo-2026")
# The demo learner `manage.py ensure_demo_learner` creates: a psychologist who has completed a
# demo course and holds its certificate (Step 12), to sign in to the reader site as.
DEMO_LEARNER_USERNAME = env_str("DEMO_LEARNER_USERNAME", "learner")
DEMO_LEARNER_PASSWORD: str | None = env_str("DEMO_LEARNER_PASSWORD", "learner-demo-2026")

# Clinical review workflow (README, "Clinical review workflow"; cms/workflow.py). Approval
# publishes and stamps last_reviewed / reviewed_by; the next review falls due this many days on.
WAGTAIL_FINISH_WORKFLOW_ACTION = "cms.workflow.publish_after_review"
CLINICAL_REVIEW_INTERVAL_DAYS = env_int("CLINICAL_REVIEW_INTERVAL_DAYS", 365)
# The demo clinical reviewer `manage.py ensure_demo_reviewer` creates (Dr Daniel Reyes's email,
# so that an approval stamps him as the reviewer).
DEMO_REVIEWER_USERNAME = env_str("DEMO_REVIEWER_USERNAME", "reviewer")
DEMO_REVIEWER_PASSWORD: str | None = env_str("DEMO_REVIEWER_PASSWORD", "reviewer-demo-2026")

# A second key for the signed image serve view (cms/image_serve.py): a frontend's server that
# holds it can sign renditions of any size itself (docs/api.md, "Images"). Empty: only the CMS
# signs, with SECRET_KEY.
IMAGE_SERVE_KEY = env_str("IMAGE_SERVE_KEY", "")
