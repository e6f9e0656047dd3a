"""The vocabularies of outreach (programme of work paras 10–11; domain.md §3.3 and §7)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    CONFERENCE = "conference", _("Conference")
    COUNTRY_VISIT = "country_visit", _("Country visit")
    TRAINING_COURSE = "training_course", _("Training course for points of contact")
    BRIEFING = "briefing", _("Briefing")
    JOINT_BRIEFING = "joint_briefing", _("Joint briefing with the 1267 and 1373 committees")
    INDUSTRY_ACADEMIA = "industry_academia", _("Meeting with industry or academia")
    CIVIL_SOCIETY = "civil_society", _("Civil-society event")
    PARLIAMENTARY = "parliamentary", _("Parliamentary event")


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


class Audience(models.TextChoices):
    """The regional group a course is for."""

    AFRICAN = "african", _("African States")
    ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific States")
    EASTERN_EUROPEAN = "eastern_european", _("Eastern European States")
    LATIN_AMERICAN_CARIBBEAN = "latin_american_caribbean", _("Latin American and Caribbean States")
    WESTERN_EUROPEAN_OTHERS = "western_european_others", _("Western European and other States")
    MIXED = "mixed", _("States of several regions")


class Confidence(models.TextChoices):
    VERIFIED = "verified", _("Verified")
    RECALLED = "recalled", _("To be checked")
    SYNTHETIC = "synthetic", _("Demo (invented)")


class PartnerKind(models.TextChoices):
    """A cooperation partner is an organization or one of the Council's counter-terrorism
    committees (both are in the directory; the directory's kind tells them apart)."""

    ORGANIZATION = "organization", _("International, regional or subregional organization")
    COUNCIL_COMMITTEE = "council_committee", _("Security Council committee")


class ActivityKind(models.TextChoices):
    JOINT_ACTIVITY = "joint_activity", _("Joint activity")
    INFORMATION_EXCHANGE = "information_exchange", _("Exchange of information")
    JOINT_VISIT = "joint_visit", _("Joint country visit")
    COMMITTEE_PARTICIPATION = "committee_participation", _("The Committee takes part in the partner's event")
    JOINT_MEETING = "joint_meeting", _("Joint meeting or statement")
