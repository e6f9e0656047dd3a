"""Backups: one archive holding the database and the uploaded files, and a manifest.

The archive (``.tar.gz``) holds ``manifest.json`` (time, versions, the format of the dump, the
applied migrations, the row count of every table, and the SHA-256 and size of every other
member), ``database/…`` and ``media/…``.

The database is dumped first, then the files are copied. Uploaded files are written once under
unguessable names and never changed, so every file the dump refers to is in the archive; a file
uploaded during the backup is kept too, harmlessly unreferenced.

* **SQLite**: SQLite's online backup API copies a consistent snapshot while the site runs;
  restore copies it back with the same API, into the open database.
* **PostgreSQL** (``json``, the default): Django's ``dumpdata`` inside one ``REPEATABLE READ``
  read-only transaction (one snapshot of every table), in natural-key-free JSON; restore empties
  the tables and ``loaddata``s it in one transaction, so a failed restore changes nothing. It
  needs no client tools of the server's version and is what CI runs on both databases; it needs
  the backup's migrations to be the code's (checked). ``pg_dump`` (``--format pg_dump``): the
  custom format, restored with ``pg_restore --clean --single-transaction``; faster for a big
  database, but the client tools must match the server.

Restore reads the whole archive and checks every checksum before it changes anything.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import django
from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

ARCHIVE_FORMAT = 1
MANIFEST = "manifest.json"
FORMATS = ("sqlite", "json", "pg_dump")
CHUNK = 1 << 20


class BackupError(Exception):
    """A backup that cannot be made or restored, with the reason."""


@dataclass(frozen=True)
class Summary:
    path: Path
    tables: int
    rows: int
    files: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fts_structure_tables(cursor) -> set[str]:
    """SQLite FTS5 keeps its index as b-tree segments whose number depends on the order rows came
    in, not on what they are: those two shadow tables are left out of the counts."""
    if connection.vendor != "sqlite":
        return set()
    cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    return {"{}_{}".format(name, suffix) for (name,) in cursor.fetchall() for suffix in ("data", "idx")}


def row_counts() -> dict[str, int]:
    """Rows in every table of the database (views and FTS5 index segments left out)."""
    with connection.cursor() as cursor:
        skipped = _fts_structure_tables(cursor)
        tables = [
            info.name
            for info in connection.introspection.get_table_list(cursor)
            if info.type == "t" and info.name not in skipped
        ]
        counts = {}
        for table in sorted(tables):
            cursor.execute("SELECT COUNT(*) FROM {}".format(connection.ops.quote_name(table)))  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def stored_names(storage=default_storage, folder: str = "") -> list[str]:
    """Every file in the storage of uploaded files."""
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    names = ["{}/{}".format(folder, name) if folder else name for name in files]
    for name in folders:
        names.extend(stored_names(storage, "{}/{}".format(folder, name) if folder else name))
    return sorted(names)


def applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def default_format() -> str:
    return "sqlite" if connection.vendor == "sqlite" else "json"


# --- Dumps -----------------------------------------------------------------------------------------


def _dump_sqlite(target: Path) -> dict[str, int]:
    """The online backup API: a consistent copy while the site runs; counted in the copy."""
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
        cursor = destination.cursor()
        skipped = _fts_structure_tables(cursor)
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'sqlite_sequence'")
        return {
            name: cursor.execute('SELECT COUNT(*) FROM "{}"'.format(name.replace('"', '""'))).fetchone()[0]  # noqa: S608
            for (name,) in sorted(cursor.fetchall())
            if name not in skipped
        }
    finally:
        destination.close()


def _dump_json(target: Path) -> dict[str, int]:
    """Every table read in one snapshot (on PostgreSQL; SQLite's transaction is one anyway)."""
    outermost = not connection.in_atomic_block  # inside a transaction already: its snapshot serves
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        counts = row_counts()
        call_command("dumpdata", use_base_manager=True, output=str(target), verbosity=0)
    return counts


def _pg_environment() -> tuple[list[str], dict[str, str]]:
    database = settings.DATABASES["default"]
    arguments = ["--dbname", database["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            arguments += [option, str(database[key])]
    environment = dict(os.environ)
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = database["PASSWORD"]
    return arguments, environment


def _run(command: list[str], environment: dict[str, str]) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError("{} is not installed; use --format json.".format(command[0]))
    result = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError("{} failed: {}".format(command[0], result.stderr.strip()))


def _dump_pg(target: Path) -> dict[str, int]:
    counts = row_counts()  # pg_dump takes its own snapshot: these are the counts just before
    arguments, environment = _pg_environment()
    _run(
        ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target), *arguments], environment
    )
    return counts


DUMPS = {
    "sqlite": (_dump_sqlite, "database/r1540.sqlite3"),
    "json": (_dump_json, "database/r1540.json"),
    "pg_dump": (_dump_pg, "database/r1540.pgdump"),
}


class _HashingReader:
    """A file read once: into the archive and into its checksum."""

    def __init__(self, stream):
        self.stream = stream
        self.digest = hashlib.sha256()

    def read(self, size=-1) -> bytes:
        data = self.stream.read(size)
        self.digest.update(data)
        return data


# --- Backup ----------------------------------------------------------------------------------------


def backup_create(*, output: Path, dump_format: str | None = None, storage=default_storage) -> Summary:
    """Write the archive to ``output`` (a ``.tar.gz``)."""
    dump_format = dump_format or default_format()
    if dump_format not in FORMATS:
        raise BackupError("Unknown format {}.".format(dump_format))
    if dump_format == "sqlite" and connection.vendor != "sqlite":
        raise BackupError("The sqlite format is for a SQLite database.")
    if dump_format == "pg_dump" and connection.vendor != "postgresql":
        raise BackupError("The pg_dump format is for a PostgreSQL database.")
    if connection.in_atomic_block and dump_format != "json":
        raise BackupError("Make the backup outside a transaction.")
    dump, member = DUMPS[dump_format]
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="r1540-backup-") as scratch:
        database_file = Path(scratch) / Path(member).name
        counts = dump(database_file)
        checksums = {member: {"sha256": _sha256(database_file), "size": database_file.stat().st_size}}
        partial = output.with_name(output.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(database_file, arcname=member)
            for name in stored_names(storage):
                arcname = "media/{}".format(name)
                info = tarfile.TarInfo(arcname)
                info.size = storage.size(name)
                info.mtime = int(timezone.now().timestamp())
                with storage.open(name, "rb") as stream:
                    hashing = _HashingReader(stream)
                    archive.addfile(info, hashing)
                checksums[arcname] = {"sha256": hashing.digest.hexdigest(), "size": info.size}
            manifest = {
                "archive_format": ARCHIVE_FORMAT,
                "created_at": timezone.now().isoformat(),
                "versions": {
                    "r1540": _project_version(),
                    "django": django.get_version(),
                    "python": platform.python_version(),
                    "database": "{} {}".format(connection.vendor, _server_version()),
                },
                "database": {"vendor": connection.vendor, "format": dump_format, "member": member},
                "migrations": applied_migrations(),
                "tables": counts,
                "members": checksums,
            }
            encoded = json.dumps(manifest, indent=2, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(encoded)
            info.mtime = int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(encoded))
        partial.replace(output)
    return Summary(path=output, tables=len(counts), rows=sum(counts.values()), files=len(checksums) - 1)


def _project_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("r1540")
    except PackageNotFoundError:
        text = (Path(settings.BASE_DIR) / "pyproject.toml").read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.startswith("version"):
                return line.split("=", 1)[1].strip().strip('"')
        return "unknown"


def _server_version() -> str:
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        import sqlite3

        return sqlite3.sqlite_version
    return str(getattr(connection, "pg_version", ""))


# --- Restore ---------------------------------------------------------------------------------------


def backup_verify(path: Path, scratch: Path) -> dict:
    """Unpack ``path`` into ``scratch`` and check it whole: the manifest, and the checksum and size
    of every member it lists, with nothing missing and nothing extra. Returns the manifest."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            archive.extractall(scratch, filter="data")
    except (tarfile.TarError, OSError, EOFError, ValueError) as error:
        raise BackupError("The archive is damaged or not a backup: {}".format(error)) from error
    try:
        manifest = json.loads((scratch / MANIFEST).read_text(encoding="utf-8"))
        members = manifest["members"]
        database = manifest["database"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError("The archive has no readable manifest.") from error
    if manifest.get("archive_format") != ARCHIVE_FORMAT:
        raise BackupError("This archive's format ({}) is not known.".format(manifest.get("archive_format")))
    found = {str(path.relative_to(scratch)) for path in scratch.rglob("*") if path.is_file()} - {MANIFEST}
    if found != set(members):
        raise BackupError("The archive's members are not those of its manifest.")
    for name, expected in members.items():
        member = scratch / name
        if member.stat().st_size != expected["size"] or _sha256(member) != expected["sha256"]:
            raise BackupError("Checksum mismatch for {}: the archive is damaged.".format(name))
    if database.get("member") not in members or database.get("format") not in FORMATS:
        raise BackupError("The archive's manifest names no database dump.")
    return manifest


def _restore_sqlite(dump: Path) -> None:
    import sqlite3

    if connection.vendor != "sqlite":
        raise BackupError("This backup is of a SQLite database; the database now is {}.".format(connection.vendor))
    connection.ensure_connection()
    source = sqlite3.connect(dump)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def _restore_json(dump: Path, manifest: dict) -> None:
    if manifest["migrations"] != applied_migrations():
        raise BackupError(
            "The backup was made with other migrations than those applied now; restore it with the "
            "version of r1540 it was made with (see the manifest), then migrate."
        )
    with transaction.atomic():
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        call_command("loaddata", str(dump), verbosity=0)


def _restore_pg(dump: Path) -> None:
    if connection.vendor != "postgresql":
        raise BackupError("This backup is of a PostgreSQL database; the database now is {}.".format(connection.vendor))
    connection.close()
    arguments, environment = _pg_environment()
    _run(
        ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", *arguments]
        + [str(dump)],
        environment,
    )


def backup_restore(*, path: Path, storage=default_storage) -> dict:
    """Replace the database and the uploaded files with the archive's. Returns its manifest."""
    with tempfile.TemporaryDirectory(prefix="r1540-restore-") as scratch:
        scratch = Path(scratch)
        manifest = backup_verify(Path(path), scratch)
        if connection.in_atomic_block:
            raise BackupError("Restore outside a transaction.")
        database = manifest["database"]
        dump = scratch / database["member"]
        if database["format"] == "sqlite":
            _restore_sqlite(dump)
        elif database["format"] == "json":
            _restore_json(dump, manifest)
        else:
            _restore_pg(dump)
        for name in stored_names(storage):
            storage.delete(name)
        for member in sorted(manifest["members"]):
            if not member.startswith("media/"):
                continue
            name = member.removeprefix("media/")
            with (scratch / member).open("rb") as stream:
                saved = storage.save(name, File(stream, name=name))
            if saved != name:
                raise BackupError("The file {} was stored as {}.".format(name, saved))
    return manifest


def default_output() -> Path:
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    return Path(settings.DATA_DIR) / "backups" / "r1540-{}.tar.gz".format(stamp)


def describe(manifest: dict) -> str:
    created = datetime.datetime.fromisoformat(manifest["created_at"])
    return "{} ({} on {}, {} files)".format(
        created.isoformat(timespec="seconds"),
        manifest["database"]["format"],
        manifest["versions"]["database"],
        sum(1 for member in manifest["members"] if member.startswith("media/")),
    )
