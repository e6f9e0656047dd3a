"""Load the demo: the real reference data plus demo users and records, clearly labelled.

Each app may provide ``<app>/demo.py`` with ``load(*, stdout) -> None``; they run in the
order of INSTALLED_APPS. Every loader is idempotent, so the command can run at each start.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Load the demo data of every app (idempotent)."

    def handle(self, *args, **options):
        for config in apps.get_app_configs():
            module_name = "{}.demo".format(config.name)
            if not config.name.startswith("r1540.") or find_spec(module_name) is None:
                continue
            with transaction.atomic():
                import_module(module_name).load(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
