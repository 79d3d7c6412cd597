"""What goes into an archive, what a restore clears, and the migration state both depend on.

Every installed app is backed up except an explicit list, so a model added later (an importer's
records, a 2FA device) is in the next backup without anyone remembering to add it.
"""

from django.apps import apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from cms.backup import BackupError

# Whole apps left out: rebuilt by `migrate` (content types, permissions, referred to by
# natural key instead), one moment's state (sessions, the webhook queue), derived (the search
# index, rebuilt by `update_index`) or security logs of this machine (django-axes).
EXCLUDED_APPS = {
    "contenttypes",
    "sessions",
    "wagtailsearch",
    "django_tasks_database",
    "axes",
}
# Wagtail's reference index is derived too, but kept: the copy is exactly the source's, and a
# restore needs no separate rebuild for it (a minute per few thousand pages).
# Single models left out for the same reasons, each with whether a restore empties its table
# (the rows point at content the restore replaces; renditions are made again on demand).
EXCLUDED_MODELS = {
    "auth.permission": False,  # created by migrate: referred to by natural key, never cleared
    "wagtailimages.rendition": True,  # regenerated on demand from the original image
    "wagtailcore.uploadedfile": True,  # a multiple upload not yet turned into an image
    "wagtailadmin.editingsession": True,  # who has a page open in the admin right now
    "wagtailadmin.formstate": True,  # an editor's unsaved form, tied to their session
    "cms.pagepreview": True,  # a draft kept for a preview token that lasts minutes
}
# The database cache's table (`cms_cache`, production's shared cache without Redis, created by
# migration cms.0005) has no model, so it is never archived: cached answers describe the
# source's content. A restore empties it with every other cache (restore.rebuild_derived).
# Excluded apps whose tables a restore empties too; the others (contenttypes, axes) are kept.
CLEARED_APPS = {"sessions", "wagtailsearch", "django_tasks_database"}
# Referred to by natural key, as their ids differ between two migrated databases.
NATURAL_KEY_MODELS = {"contenttypes.contenttype", "auth.permission"}


def label(model) -> str:
    return model._meta.label_lower


def _concrete(model) -> bool:
    return not model._meta.proxy and model._meta.managed


def backed_up_models() -> list:
    """Every concrete model whose rows are content, in a stable order."""
    return [
        model
        for model in apps.get_models()
        if _concrete(model)
        and model._meta.app_label not in EXCLUDED_APPS
        and label(model) not in EXCLUDED_MODELS
    ]


def cleared_tables() -> list[str]:
    """The tables a restore empties: the backed-up models' (with their many-to-many tables)
    and the derived or momentary ones, as far as they exist in this database."""
    models = backed_up_models() + [
        model
        for model in apps.get_models()
        if _concrete(model)
        and (model._meta.app_label in CLEARED_APPS or EXCLUDED_MODELS.get(label(model)))
    ]
    tables = []
    for model in models:
        tables.append(model._meta.db_table)
        tables.extend(
            field.remote_field.through._meta.db_table
            for field in model._meta.local_many_to_many
            if field.remote_field.through._meta.auto_created
        )
    existing = set(connection.introspection.table_names())
    return [table for table in dict.fromkeys(tables) if table in existing]


def applied_migrations() -> dict[str, list[str]]:
    """The migrations recorded in this database, per app."""
    applied: dict[str, list[str]] = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def _known_migrations() -> set[tuple[str, str]]:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    for migration in loader.disk_migrations.values():
        known.update(migration.replaces or [])
    return known


def check_migrations(manifest: dict) -> None:
    """The archive's data fits this database only if, for every app it holds data of, the
    database is migrated exactly as far as the source was."""
    archived = manifest["migrations"]
    data_apps = sorted({name.split(".")[0] for name in manifest["models"]})
    unknown_apps = [
        app for app in data_apps if app not in {c.label for c in apps.get_app_configs()}
    ]
    if unknown_apps:
        raise BackupError(
            f"The archive holds data of apps this code does not have: {', '.join(unknown_apps)}. "
            "Restore it with the version of the code that made it."
        )
    known = _known_migrations()
    current = applied_migrations()
    ahead, missing, extra = [], [], []
    for app in data_apps:
        source = set(archived.get(app, []))
        here = set(current.get(app, []))
        ahead += [f"{app}.{name}" for name in sorted(source) if (app, name) not in known]
        missing += [f"{app}.{name}" for name in sorted(source - here) if (app, name) in known]
        extra += [f"{app}.{name}" for name in sorted(here - source)]
    if ahead:
        raise BackupError(
            "The archive comes from a database migrated further than this code knows "
            f"({', '.join(ahead)}). Upgrade the code to the version that made it, then restore."
        )
    if missing:
        raise BackupError(
            f"This database lacks migrations the archive has ({', '.join(missing)}). "
            "Run `manage.py migrate` first, then restore."
        )
    if extra:
        targets = {
            app: (archived.get(app) or ["zero"])[-1] for app in {e.split(".")[0] for e in extra}
        }
        steps = "; ".join(
            f"manage.py migrate {app} {name}" for app, name in sorted(targets.items())
        )
        raise BackupError(
            f"This database has migrations newer than the archive ({', '.join(extra)}). "
            f"Migrate back to the archive's state ({steps}), restore, then run `manage.py "
            "migrate` again so the newer migrations apply to the restored data."
        )
