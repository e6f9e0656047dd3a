"""Load (or bring up to date) the directory's reference data from the files in the repository."""

from django.core.management.base import BaseCommand, CommandError

from r1540.core.datafiles import DataFileInvalid
from r1540.directory.services import reference_data_load


class Command(BaseCommand):
    help = "Load the States, organizations, Council membership and Committee offices from directory/data/."

    def handle(self, *args, **options):
        try:
            report = reference_data_load()
        except DataFileInvalid as error:
            for row_error in error.errors:
                self.stderr.write(str(row_error))
            raise CommandError(
                "{} problem(s) in the reference data; nothing was written.".format(len(error.errors))
            ) from None
        self.stdout.write(str(report))
