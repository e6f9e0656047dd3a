"""The vocabularies of the programme of work, meetings and letters (S/2020/120; domain.md §2)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from r1540.directory.choices import WorkingGroup  # noqa: F401  (the four working groups, shared)


class Area(models.TextChoices):
    NATIONAL_IMPLEMENTATION = "national_implementation", _("Monitoring and national implementation")
    ASSISTANCE = "assistance", _("Assistance")
    COOPERATION = "cooperation", _("Cooperation with international organizations")
    TRANSPARENCY = "transparency_outreach", _("Transparency and outreach")
    ADMINISTRATION = "administration", _("Administration and organization")


class ItemStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DEFERRED = "deferred", _("Deferred")


class Recurrence(models.TextChoices):
    ONCE = "", _("Once")
    QUARTERLY = "quarterly", _("Quarterly")
    MONTHLY = "monthly", _("Monthly")
    ANNUAL = "annual", _("Annual")
    ONGOING = "ongoing", _("Ongoing")


class EntryKind(models.TextChoices):
    """What an entry of the Annex II schedule is."""

    MEETING = "meeting", _("Meeting")
    LETTER = "letter", _("Letter")
    REPORT = "report", _("Report or paper")
    MATRIX = "matrix", _("Matrices")
    REVIEW = "review", _("Comprehensive review")
    BRIEFING = "briefing", _("Briefing")
    OTHER = "other", _("Other")


class MeetingKind(models.TextChoices):
    FORMAL = "formal", _("Formal meeting")
    WORKING_GROUP = "working_group", _("Working-group meeting")
    INFORMAL_EXPERT = "informal_expert", _("Informal expert-level meeting")
    OPEN_CONSULTATION = "open_consultation", _("Open consultation")
    RETREAT = "retreat", _("Retreat")
    COUNCIL_BRIEFING = "council_briefing", _("Briefing to the Security Council")
    JOINT_BRIEFING = "joint_briefing", _("Joint briefing with the 1267 and 1373 committees")
    INDUSTRY_CIVIL_SOCIETY = "industry_civil_society", _("Meeting with industry, academia or civil society")


class LetterStatus(models.TextChoices):
    DRAFT = "draft", _("Prepared")
    SENT = "sent", _("Sent")
    REPLIED = "replied", _("Reply received")


class Audience(models.TextChoices):
    STATE = "state", _("States")
    ORGANIZATION = "organization", _("Organizations")


class Capacity(models.TextChoices):
    """In what capacity someone takes part in a meeting."""

    DELEGATION = "delegation", _("Council delegation")
    CHAIR = "chair", _("Chair or vice-chair")
    EXPERT = "expert", _("Group of Experts")
    SECRETARIAT = "secretariat", _("Secretariat (UNODA)")
    STATE = "state", _("Invited State")
    ORGANIZATION = "organization", _("International, regional or subregional organization")
    CIVIL_SOCIETY = "civil_society", _("Industry, academia or civil society")
    OTHER = "other", _("Other")


class Attendance(models.TextChoices):
    INVITED = "invited", _("Invited")
    ATTENDED = "attended", _("Attended")
    EXCUSED = "excused", _("Excused")
    ABSENT = "absent", _("Did not attend")


class GroupRole(models.TextChoices):
    """What a member does in a working group (the coordinator is a Committee office)."""

    MEMBER = "member", _("Member delegation")
    EXPERT = "expert", _("Expert")
    SECRETARIAT = "secretariat", _("Secretariat")


class SectionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    DISCUSSION = "discussion", _("Under discussion")
    AGREED = "agreed", _("Agreed")
