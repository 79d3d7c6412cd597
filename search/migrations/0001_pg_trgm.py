"""Enables PostgreSQL's pg_trgm extension where the database user may, for trigram matching of
mistyped words; elsewhere (SQLite, or a user without the right) it does nothing and search
keeps correcting words from its own vocabulary (search.vocabulary)."""

from django.db import migrations


def enable_pg_trgm(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    from django.db import DatabaseError, transaction

    try:
        with transaction.atomic(using=connection.alias):  # a savepoint: a refusal is undone
            with connection.cursor() as cursor:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError:
        pass  # not permitted: search corrects words from its own vocabulary alone


class Migration(migrations.Migration):
    dependencies: list = []
    operations = [migrations.RunPython(enable_pg_trgm, migrations.RunPython.noop, elidable=True)]
