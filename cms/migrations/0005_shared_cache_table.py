"""The database cache's table: production's shared cache when no Redis is configured.

Created here so that `migrate`, which every deployment runs, makes it: a per-process cache
would let workers serve an unpublished page (cms/settings/production.py). It has no model, so
no backup archives it (cms/backup/inventory.py) and a restore empties it with every cache.
"""

from django.core.management import call_command
from django.db import migrations

TABLE = "cms_cache"  # production.py's SHARED_CACHE_TABLE


def create_table(apps, schema_editor):
    # `createcachetable` skips a table that exists (an operator may have made it already).
    call_command("createcachetable", TABLE, database=schema_editor.connection.alias, verbosity=0)


def drop_table(apps, schema_editor):
    if TABLE in schema_editor.connection.introspection.table_names():
        schema_editor.execute(f"DROP TABLE {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [("cms", "0004_navigation_links_take_site_paths")]

    operations = [migrations.RunPython(create_table, drop_table, elidable=False)]
