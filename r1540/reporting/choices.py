"""The vocabularies of national reporting (domain.md §3.1)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from r1540.core.vocabulary import Area, Weapon  # noqa: F401  (shared with the other apps)


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


class InstrumentKind(models.TextChoices):
    """What kind of instrument a State can adhere to (domain.md §9)."""

    TREATY = "treaty", _("Treaty")
    TREATY_AMENDMENT = "treaty_amendment", _("Amendment to a treaty")
    PROTOCOL = "protocol", _("Protocol")
    AGREEMENT = "agreement", _("Agreement")
    POLITICAL_COMMITMENT = "political_commitment", _("Political commitment")
    REGIME = "regime", _("Export-control regime")
    INITIATIVE = "initiative", _("Initiative")
    STANDARD = "standard", _("Standard")


class AdherenceStatus(models.TextChoices):
    PARTY = "party", _("Party")
    SIGNATORY = "signatory", _("Signatory")
    NON_PARTY = "non_party", _("Not a party")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ConsentKind(models.TextChoices):
    """How a State expressed its consent to be bound."""

    RATIFICATION = "ratification", _("Ratification")
    ACCESSION = "accession", _("Accession")
    SUCCESSION = "succession", _("Succession")
    ACCEPTANCE = "acceptance", _("Acceptance")
    APPROVAL = "approval", _("Approval")


class Confidence(models.TextChoices):
    VERIFIED = "verified", _("Verified against a source")
    RECALLED = "recalled", _("To be checked against the depositary")


class ActionPlanStatus(models.TextChoices):
    """Where a voluntary national implementation action plan stands."""

    IN_PREPARATION = "in_preparation", _("In preparation")
    ADOPTED = "adopted", _("Adopted by the State")
    SHARED = "shared", _("Shared with the Committee")
    SUPERSEDED = "superseded", _("Superseded by a later version")


class FollowUpKind(models.TextChoices):
    MEETING = "meeting", _("Meeting with the Committee or its experts")
    PROGRESS_REPORT = "progress_report", _("Progress report from the State")
    ASSISTANCE = "assistance", _("Assistance linked to the plan")
    REVIEW = "review", _("Review by the group of experts")
    OTHER = "other", _("Other follow-up")


class ControlListKind(models.TextChoices):
    NATIONAL = "national", _("National control list")
    REGIONAL = "regional", _("Regional list applied nationally (e.g. the EU dual-use list)")
    REGIME_BASED = "regime_based", _("List adopted from the export-control regimes")
    CATCH_ALL = "catch_all", _("Catch-all provision only")


class ControlListCoverage(models.TextChoices):
    """The lists a national control list takes in (programme of work, para 8 (e))."""

    NSG = "nsg", _("Nuclear Suppliers Group lists")
    ZANGGER = "zangger", _("Zangger Committee trigger list")
    AUSTRALIA_GROUP = "australia_group", _("Australia Group lists")
    MTCR = "mtcr", _("MTCR annex")
    WASSENAAR = "wassenaar", _("Wassenaar dual-use list")
    CWC_SCHEDULES = "cwc_schedules", _("CWC schedules of chemicals")
    BWC_AGENTS = "bwc_agents", _("Biological agents and toxins")
