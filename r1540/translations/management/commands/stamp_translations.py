"""Stamp the translated texts that have no stamp yet as up to date with their current source."""

from django.core.management.base import BaseCommand

from r1540.translations.choices import Origin
from r1540.translations.services import stamp_all


class Command(BaseCommand):
    help = (
        "Record every translated text without a stamp (loaded before tracking, or by bulk writes) as up to "
        "date with its current source text."
    )

    def add_arguments(self, parser):
        parser.add_argument("--origin", choices=Origin.values, default=Origin.UNKNOWN, help="Who made these texts.")
        parser.add_argument(
            "--replace", action="store_true", help="Re-stamp every text, forgetting what is known to be out of date."
        )

    def handle(self, *args, origin, replace, **options):
        written = stamp_all(origin=origin, replace=replace)
        self.stdout.write("{} stamp(s) written.".format(written))
