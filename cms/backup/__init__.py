"""Backing up and restoring the whole site: content, users and media (docs/backup.md).

An archive is a gzipped tar holding `data/<app>.<model>.jsonl` (Django's JSON Lines
serialization, so it loads into SQLite or PostgreSQL alike), `media/<path>` (original images
and documents) and `manifest.json`, which names the format version, the migrations the data
was taken at, a row count per model and a SHA-256 per file. What can be rebuilt (the search
index, image renditions) and what belongs to one moment (sessions, preview tokens, the webhook
queue, login-attempt logs) is left out.

`backup_site` writes one; `restore_site` checks it completely before touching anything, then
replaces the database content in one transaction and the media after it.
"""

FORMAT = "clinical-cms-backup"
# Raised whenever the archive's layout or meaning changes; restore refuses any other value.
FORMAT_VERSION = 1


class BackupError(Exception):
    """An archive that cannot be made or must not be restored; the message tells the operator
    what is wrong and what to do."""
