"""Rebuild the search index, with progress, e.g. after a bulk import or a restore."""

from django.core.management.base import BaseCommand

from r1540.search.services import search_rebuild
from r1540.search.sources import BY_KIND


class Command(BaseCommand):
    help = "Index every searchable item again (all kinds, or those named)."

    def add_arguments(self, parser):
        parser.add_argument("kinds", nargs="*", choices=sorted(BY_KIND), metavar="kind")

    def handle(self, *args, kinds, **options):
        def progress(kind, done, total):
            width = 30
            filled = width * done // total if total else width
            self.stdout.write(
                "\r{:<20} [{}{}] {}/{}".format(kind, "#" * filled, "." * (width - filled), done, total), ending=""
            )
            if done == total:
                self.stdout.write("")

        written = search_rebuild(kinds=kinds or None, progress=progress)
        self.stdout.write(self.style.SUCCESS("{} entries indexed.".format(written)))
