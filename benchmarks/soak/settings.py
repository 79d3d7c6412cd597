"""Soak settings: the bench settings (DEBUG off, persistent checked connections, the database
named by BENCH_DATABASE_URL) serving the project's own URLconf.

The bench URLconf adds comparison views and, being another module, drops the project's
`handler500` (cms/urls.py), the one that turns a database outage into a 503 JSON: the soak must
see exactly what production answers. The connect timeout is production's too (cms/settings/
base.py sets it on DATABASES, which the bench settings parse afresh), so a database that hangs
costs a request seconds, not a worker.
"""

from cms.settings.bench import *  # noqa: F403
from cms.settings.env import env_int

ROOT_URLCONF = "cms.urls"
DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env_int(  # noqa: F405
    "DB_CONNECT_TIMEOUT", 3
)
