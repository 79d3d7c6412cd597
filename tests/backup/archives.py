"""Taking an archive apart and putting it back together with a change, to build the damaged,
foreign and future archives a restore must refuse."""

import hashlib
import io
import json
import tarfile
from pathlib import Path

from django.core.management import call_command


def read_members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path, "r:gz") as tar:
        return {member.name: tar.extractfile(member).read() for member in tar}


def write_members(path: Path, members: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, body in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    return path


def rewrite(source: Path, target: Path, edit_data=None, edit_manifest=None, reseal=False) -> Path:
    """Copy `source` to `target`, passing each data member's text through `edit_data(name,
    text)` and the manifest through `edit_manifest(dict)`. With `reseal`, the manifest's
    checksums are recomputed, so only the content is wrong, not the seal."""
    members = read_members(source)
    manifest = json.loads(members.pop("manifest.json"))
    if edit_data:
        for name in [name for name in members if name.startswith("data/")]:
            members[name] = edit_data(name, members[name].decode()).encode()
    if reseal:
        for entry in manifest["models"].values():
            entry["sha256"] = hashlib.sha256(members[entry["file"]]).hexdigest()
    if edit_manifest:
        edit_manifest(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    return write_members(target, members)


def backup(path) -> str:
    out = io.StringIO()
    call_command("backup_site", str(path), stdout=out)
    return out.getvalue()


def restore(path, *args) -> str:
    out = io.StringIO()
    call_command("restore_site", str(path), *args, stdout=out)
    return out.getvalue()
