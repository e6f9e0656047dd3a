"""Back up the database and the uploaded files into one archive (see ``r1540.core.backups``)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from r1540.core import backups


class Command(BaseCommand):
    help = "Write the database and the uploaded files, with a manifest of checksums, to one .tar.gz."

    def add_arguments(self, parser):
        parser.add_argument(
            "output", nargs="?", help="The archive to write (default: data/backups/r1540-<time>.tar.gz)."
        )
        parser.add_argument(
            "--format",
            choices=backups.FORMATS,
            help="The database dump: sqlite (SQLite's online backup; the default on SQLite), json "
            "(dumpdata in one snapshot; the default on PostgreSQL) or pg_dump (PostgreSQL's own tools).",
        )

    def handle(self, *args, **options):
        output = Path(options["output"]) if options["output"] else backups.default_output()
        try:
            summary = backups.backup_create(output=output, dump_format=options["format"])
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                "Backed up {rows} rows in {tables} tables and {files} files to {path}".format(
                    rows=summary.rows, tables=summary.tables, files=summary.files, path=summary.path
                )
            )
        )
