"""The vocabularies of national reporting (domain.md §3.1)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportKind(models.TextChoices):
    FIRST = "first", _("First national report")
    ADDITIONAL = "additional", _("Additional information")
    NO_CHANGE = "no_change", _("Nothing new since the last report")


class Channel(models.TextChoices):
    NOTE_VERBALE = "note_verbale", _("Note verbale to the Chair")
    LETTER = "letter", _("Letter")
    EMAIL = "email", _("E-mail to the secretariat")
    PORTAL = "portal", _("Submitted on r1540")


class DialogueKind(models.TextChoices):
    LETTER_SENT = "letter_sent", _("Letter from the Committee")
    REPLY = "reply", _("Reply from the State")
    MEETING = "meeting", _("Meeting")
    CALL = "call", _("Call or video conference")
    VISIT = "visit", _("Country visit")
    OUTREACH = "outreach", _("Outreach event")
    OTHER = "other", _("Other contact")
