"""Backups: back up, wipe, restore, compare (row counts per table, file checksums), on the
database the suite runs on (SQLite here; PostgreSQL in CI when DATABASE_URL points to it)."""

import hashlib
import io
import json
import shutil
import tarfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from r1540.core import backups
from r1540.core.testing.files import attach, language_file


def formats():
    """Every format the database of this run can use (pg_dump only where its tools are installed)."""
    if connection.vendor == "sqlite":
        return ["sqlite", "json"]
    return ["json"] + (["pg_dump"] if shutil.which("pg_dump") and shutil.which("pg_restore") else [])


def file_checksums() -> dict[str, str]:
    return {
        name: hashlib.sha256(default_storage.open(name, "rb").read()).hexdigest() for name in backups.stored_names()
    }


def wipe() -> None:
    call_command("flush", interactive=False, verbosity=0)
    for name in backups.stored_names():
        default_storage.delete(name)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("dump_format", formats())
def test_back_up_wipe_restore_gives_back_every_row_and_file(world, tmp_path, dump_format):
    language_file(world, "restricted_document")
    language_file(world, "own_report", language="ar")
    attach(world["own_control_list"], name="list.pdf")
    rows, files = backups.row_counts(), file_checksums()
    assert len(files) >= 3 and sum(rows.values()) > 100
    archive = tmp_path / "r1540.tar.gz"

    call_command("backup", str(archive), format=dump_format, stdout=io.StringIO())
    wipe()
    assert backups.row_counts() != rows and file_checksums() == {}
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(archive))
    assert file_checksums() == {}  # asked, not done
    call_command("restore", str(archive), yes=True, stdout=io.StringIO())

    assert backups.row_counts() == rows
    assert file_checksums() == files
    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile(backups.MANIFEST))
    assert manifest["tables"] == rows
    assert manifest["database"]["format"] == dump_format
    assert {"r1540", "django", "python", "database"} <= set(manifest["versions"])
    assert manifest["created_at"]


def rewrite(archive, target, change) -> None:
    """Copy ``archive`` to ``target``, passing each member's bytes through ``change(name, data)``."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            data = change(member.name, source.extractfile(member).read())
            if data is None:
                continue
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))


@pytest.fixture
def archive(db, tmp_path):
    default_storage.save("documents/2026/{}/kept.pdf".format("a" * 32), ContentFile(b"%PDF-1.4 kept"))
    path = tmp_path / "good.tar.gz"
    backups.backup_create(output=path, dump_format="json")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda name, data: data.replace(b"kept", b"KEPT") if name.startswith("media/") else data, "Checksum mismatch"),
        (lambda name, data: data + b" " if name.startswith("database/") else data, "Checksum mismatch"),
        (lambda name, data: None if name.startswith("media/") else data, "members are not those of its manifest"),
        (lambda name, data: b"{" if name == "manifest.json" else data, "no readable manifest"),
    ],
    ids=["file changed", "dump changed", "file missing", "manifest broken"],
)
def test_restore_refuses_a_damaged_archive_and_changes_nothing(archive, tmp_path, change, message):
    damaged = tmp_path / "damaged.tar.gz"
    rewrite(archive, damaged, change)
    rows, files = backups.row_counts(), file_checksums()
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(damaged), check=True)
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(damaged), yes=True)
    assert backups.row_counts() == rows and file_checksums() == files


def test_restore_refuses_a_truncated_archive(archive, tmp_path):
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[:-200])
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore", str(truncated), yes=True)


def test_a_whole_archive_passes_the_check(archive):
    out = io.StringIO()
    call_command("restore", str(archive), check=True, stdout=out)
    assert "The archive is whole" in out.getvalue() and "json" in out.getvalue()
