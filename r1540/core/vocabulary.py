"""The vocabulary of resolution 1540 (2004) that several areas of the Committee's work share."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Weapon(models.TextChoices):
    NUCLEAR = "nuclear", _("Nuclear weapons")
    CHEMICAL = "chemical", _("Chemical weapons")
    BIOLOGICAL = "biological", _("Biological weapons")
    DELIVERY = "delivery", _("Means of delivery")


class Area(models.TextChoices):
    """The areas of resolution 1540 that a plan, a practice or a list addresses."""

    LEGAL_FRAMEWORK = "legal_framework", _("OP 2: legal framework and prohibitions")
    ACCOUNTING_SECURITY = "accounting_security", _("OP 3 (a)–(b): accounting, security, physical protection")
    BORDER_LAW_ENFORCEMENT = "border_law_enforcement", _("OP 3 (c): border controls and law enforcement")
    EXPORT_CONTROLS = "export_controls", _("OP 3 (d): export and trans-shipment controls")
    REPORTING_ACTION_PLANS = "reporting_action_plans", _("Reporting and national action plans")
    OTHER = "other", _("Other")


class Language(models.TextChoices):
    """The six official languages of the United Nations (the codes of ``settings.LANGUAGES``)."""

    ARABIC = "ar", _("Arabic")
    CHINESE = "zh-hans", _("Chinese")
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    RUSSIAN = "ru", _("Russian")
    SPANISH = "es", _("Spanish")
