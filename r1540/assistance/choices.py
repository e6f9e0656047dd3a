"""The vocabularies of the assistance mechanism (programme of work para 9; domain.md §5)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from r1540.core.vocabulary import Area, Weapon  # noqa: F401  (shared with the other apps)


class AssistanceType(models.TextChoices):
    LEGISLATIVE = "legislative", _("Legislative drafting or review")
    TRAINING = "training", _("Training")
    EQUIPMENT = "equipment", _("Equipment")
    EXPERT_VISIT = "expert_visit", _("Expert advice or visit")
    AWARENESS = "awareness", _("Awareness raising")


class Region(models.TextChoices):
    """Where a provider works: the UN regional groups, or everywhere."""

    AFRICAN = "african", _("African States")
    ASIA_PACIFIC = "asia_pacific", _("Asia-Pacific States")
    EASTERN_EUROPEAN = "eastern_european", _("Eastern European States")
    LATIN_AMERICAN_CARIBBEAN = "latin_american_caribbean", _("Latin American and Caribbean States")
    WESTERN_EUROPEAN_OTHERS = "western_european_others", _("Western European and other States")
    GLOBAL = "global", _("All regions")


class Channel(models.TextChoices):
    NOTE_VERBALE = "note_verbale", _("Note verbale")
    NATIONAL_REPORT = "national_report", _("In a national report")
    REFERRAL = "referral", _("Referral by a partner")
    ONLINE = "online", _("Submitted on r1540")


class RequestStatus(models.TextChoices):
    """The life of a request (domain.md §5.1; resolution 2663 asks for feedback on fulfilment)."""

    RECEIVED = "received", _("Received")
    ACKNOWLEDGED = "acknowledged", _("Acknowledged")
    CIRCULATED = "circulated", _("Circulated to potential providers")
    OFFERS_RECEIVED = "offers_received", _("Offers received")
    MATCHED = "matched", _("Matched")
    IN_IMPLEMENTATION = "in_implementation", _("In implementation")
    COMPLETED = "completed", _("Completed")
    FEEDBACK = "feedback", _("Feedback received")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class OfferStatus(models.TextChoices):
    PLEDGED = "pledged", _("Pledged")
    COMMITTED = "committed", _("Committed")
    DELIVERED = "delivered", _("Delivered")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Fulfilment(models.TextChoices):
    NONE = "none", _("Not yet")
    PARTIAL = "partial", _("Partly")
    COMPLETE = "complete", _("Completely")


class MatchStatus(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    AGREED = "agreed", _("Agreed by both")
    IN_IMPLEMENTATION = "in_implementation", _("In implementation")
    COMPLETED = "completed", _("Completed")
    DECLINED = "declined", _("Declined")


class ContactKind(models.TextChoices):
    LETTER = "letter", _("Letter or note verbale")
    EMAIL = "email", _("E-mail")
    MEETING = "meeting", _("Meeting")
    CALL = "call", _("Call or video conference")
