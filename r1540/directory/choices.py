"""Fixed vocabularies of the directory."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class StateStatus(models.TextChoices):
    MEMBER = "member", _("Member State")
    OBSERVER = "observer", _("Non-member observer State")


class RegionalGroup(models.TextChoices):
    """The United Nations regional groups, as used for elections in New York."""

    AFRICAN = "african", _("African States")
    ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific States")
    EASTERN_EUROPEAN = "eastern_european", _("Eastern European States")
    LATIN_AMERICAN_CARIBBEAN = "latin_american_caribbean", _("Latin American and Caribbean States")
    WESTERN_EUROPEAN_OTHERS = "western_european_others", _("Western European and other States")
    NONE = "none", _("No regional group")


class GroupStatus(models.TextChoices):
    MEMBER = "member", pgettext_lazy("regional group", "Member")
    OBSERVER = "observer", pgettext_lazy("regional group", "Observer")
    NONE = "none", pgettext_lazy("regional group", "None")


class M49Region(models.TextChoices):
    AFRICA = "Africa", _("Africa")
    AMERICAS = "Americas", _("Americas")
    ASIA = "Asia", _("Asia")
    EUROPE = "Europe", _("Europe")
    OCEANIA = "Oceania", _("Oceania")


class CouncilSeat(models.TextChoices):
    PERMANENT = "permanent", _("Permanent member")
    ELECTED = "elected", _("Elected member")


class CommitteeOfficeKind(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice-Chair")
    WG_COORDINATOR = "wg_coordinator", _("Working group coordinator")


class WorkingGroup(models.TextChoices):
    """The Committee's four working groups (programme of work, para 3)."""

    MONITORING = "monitoring", _("Monitoring and national implementation")
    ASSISTANCE = "assistance", _("Assistance")
    COOPERATION = "cooperation", _("Cooperation with international organizations")
    TRANSPARENCY = "transparency", _("Transparency and media outreach")


class Confidence(models.TextChoices):
    VERIFIED = "verified", _("Verified in a public source")
    RECALLED_HIGH = "recalled-high", _("Recalled, high confidence")
    RECALLED_LOW = "recalled-low", _("Recalled, low confidence")


class OrganizationKind(models.TextChoices):
    INTERNATIONAL = "international", _("International organization")
    REGIONAL = "regional", _("Regional organization")
    SUBREGIONAL = "subregional", _("Subregional organization")
    UN_BODY = "un_body", _("United Nations body")
    UN_COMMITTEE = "un_committee", _("Security Council committee")
    ARRANGEMENT = "arrangement", _("Arrangement or initiative")
    OTHER = "other", _("Other")


class OrganizationRegion(models.TextChoices):
    GLOBAL = "global", _("Global")
    AFRICA = "africa", _("Africa")
    AMERICAS = "americas", _("Americas")
    ASIA_PACIFIC = "asia_pacific", _("Asia and the Pacific")
    EUROPE = "europe", _("Europe")
    MIDDLE_EAST = "middle_east", _("Middle East")
    EURASIA = "eurasia", _("Eurasia")


class PocLocation(models.TextChoices):
    CAPITAL = "capital", _("Capital")
    MISSION = "mission", _("Permanent Mission in New York")
    HEADQUARTERS = "headquarters", _("Headquarters")


class PocEventKind(models.TextChoices):
    DESIGNATED = "designated", _("Designated")
    UPDATED = "updated", _("Details updated")
    CONFIRMED = "confirmed", _("Confirmed")
    ENDED = "ended", _("Ended")


class M49Subregion(models.TextChoices):
    """M49 sub-regions (intermediate regions for Africa and the Americas)."""

    NORTHERN_AFRICA = "Northern Africa", _("Northern Africa")
    EASTERN_AFRICA = "Eastern Africa", _("Eastern Africa")
    MIDDLE_AFRICA = "Middle Africa", _("Middle Africa")
    SOUTHERN_AFRICA = "Southern Africa", _("Southern Africa")
    WESTERN_AFRICA = "Western Africa", _("Western Africa")
    CARIBBEAN = "Caribbean", _("Caribbean")
    CENTRAL_AMERICA = "Central America", _("Central America")
    SOUTH_AMERICA = "South America", _("South America")
    NORTHERN_AMERICA = "Northern America", _("Northern America")
    CENTRAL_ASIA = "Central Asia", _("Central Asia")
    EASTERN_ASIA = "Eastern Asia", _("Eastern Asia")
    SOUTH_EASTERN_ASIA = "South-eastern Asia", _("South-eastern Asia")
    SOUTHERN_ASIA = "Southern Asia", _("Southern Asia")
    WESTERN_ASIA = "Western Asia", _("Western Asia")
    EASTERN_EUROPE = "Eastern Europe", _("Eastern Europe")
    NORTHERN_EUROPE = "Northern Europe", _("Northern Europe")
    SOUTHERN_EUROPE = "Southern Europe", _("Southern Europe")
    WESTERN_EUROPE = "Western Europe", _("Western Europe")
    AUSTRALIA_NEW_ZEALAND = "Australia and New Zealand", _("Australia and New Zealand")
    MELANESIA = "Melanesia", _("Melanesia")
    MICRONESIA = "Micronesia", _("Micronesia")
    POLYNESIA = "Polynesia", _("Polynesia")
