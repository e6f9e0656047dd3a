"""Replace the database and the uploaded files with a backup's (see ``r1540.core.backups``)."""

import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from r1540.core import backups


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: checks every checksum first, then REPLACES the "
        "database and the uploaded files. Stop the site and its workers first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by `manage.py backup`.")
        parser.add_argument("--yes", action="store_true", help="Wipe the current data and restore.")
        parser.add_argument("--check", action="store_true", help="Only check the archive; change nothing.")

    def handle(self, *args, **options):
        path = Path(options["archive"])
        if not path.is_file():
            raise CommandError("No such archive: {}".format(path))
        try:
            if options["check"] or not options["yes"]:
                with tempfile.TemporaryDirectory(prefix="r1540-check-") as scratch:
                    manifest = backups.backup_verify(path, Path(scratch))
                if options["check"]:
                    self.stdout.write(self.style.SUCCESS("The archive is whole: {}".format(backups.describe(manifest))))
                    return
                raise CommandError(
                    "This wipes the current database and uploaded files and puts those of {} in their "
                    "place. Run again with --yes to do it.".format(backups.describe(manifest))
                )
            manifest = backups.backup_restore(path=path)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS("Restored {}.".format(backups.describe(manifest))))
        if manifest["database"]["format"] == "sqlite":
            self.stdout.write("If the backup is older than this version of r1540, run `manage.py migrate` now.")
