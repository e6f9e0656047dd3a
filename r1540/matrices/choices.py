"""The fixed vocabularies of the 1540 matrix (domain.md §4)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from r1540.core.vocabulary import Weapon  # noqa: F401  (shared with the other apps)


class Layout(models.TextChoices):
    """How a section of the template is laid out."""

    INSTRUMENTS = "instruments", _("Instruments (yes / relevant information / remarks)")
    GRID = "grid", _("Grid (weapon types × legal framework and enforcement)")
    STATEMENT = "statement", _("Statement (free text)")


class LegalColumn(models.TextChoices):
    LEGAL_FRAMEWORK = "legal_framework", _("National legal framework")
    ENFORCEMENT = "enforcement", _("Enforcement")


class Value(models.TextChoices):
    """What a field of the matrix says. An X is not a finding of compliance."""

    MEASURE = "X", pgettext_lazy("matrix value", "X — measures found")
    PARTIAL = "?", pgettext_lazy("matrix value", "? — references incomplete or not directly relevant")
    NOT_APPLICABLE = "NA", pgettext_lazy("matrix value", "NA — not applicable")
    BLANK = "", pgettext_lazy("matrix value", "Blank — no information")


class Stage(models.TextChoices):
    """Where a matrix version is in the review cycle (programme of work, para 8 (d), Annex II)."""

    DRAFT = "draft", _("Draft")
    SENT = "sent", _("Sent to the State for comments")
    RETURNED = "returned", _("Returned by the State")
    APPROVED = "approved", _("Approved by the Committee")
    PUBLISHED = "published", _("Published")
    SUPERSEDED = "superseded", _("Superseded")

    @classmethod
    def frozen(cls) -> list[str]:
        """Stages in which a version's fields can no longer change: corrections make a new version."""
        return [cls.SENT, cls.RETURNED, cls.APPROVED, cls.PUBLISHED, cls.SUPERSEDED]


class ResponseKind(models.TextChoices):
    """How a State answers for one field of the version sent to it."""

    ACCEPT = "accept", _("Accept")
    CONTEST = "contest", _("Contest")
    SUPPLEMENT = "supplement", _("Supplement with evidence")
