"""The vocabularies of translation coverage; the values are the engine's (``coverage``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from r1540.translations import coverage


class Origin(models.TextChoices):
    OFFICIAL = coverage.Origin.OFFICIAL.value, _("Official")
    MACHINE = coverage.Origin.MACHINE.value, _("Machine translation")
    UNKNOWN = coverage.Origin.UNKNOWN.value, _("Unknown")


class Status(models.TextChoices):
    SOURCE = coverage.Status.SOURCE.value, _("Source")
    PRESENT = coverage.Status.PRESENT.value, _("Up to date")
    MACHINE = coverage.Status.MACHINE.value, _("Machine translation")
    UNTRACKED = coverage.Status.UNTRACKED.value, _("Present, not tracked")
    OUTDATED = coverage.Status.OUTDATED.value, _("Out of date")
    MISSING = coverage.Status.MISSING.value, _("Missing")
