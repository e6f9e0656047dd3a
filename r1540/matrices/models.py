"""The 1540 matrix as data: versioned templates (sections, rows, the cells a row has) and, per
State, immutable matrix versions whose entries hold X, ?, NA or blank with their legal reference.

Entries are sparse: a cell with no entry is blank with nothing to say, so a version stores only
what the experts found. Once a version leaves the draft stage its entries never change again;
a correction is a new version, and any two versions can be compared (``matrices.diffing``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from r1540.core.fields import CodeListField
from r1540.core.models import AuditedModel, BaseModel
from r1540.matrices import choices
from r1540.matrices.querysets import MatrixEntryQuerySet, MatrixVersionQuerySet


class MatrixTemplate(AuditedModel):
    """A layout of the matrix the Committee has used (2011–2016, 2017, …), loaded from
    ``matrices/data/templates``; its rows can be corrected without code."""

    code = models.SlugField(_("code"), max_length=20, unique=True)
    year = models.PositiveSmallIntegerField(_("year"))
    title = models.CharField(_("title"), max_length=200)
    resolutions_cited = models.CharField(_("resolutions cited"), max_length=200, blank=True)
    column_wording = models.CharField(_("wording of the OP 1 information column"), max_length=300, blank=True)
    source = models.TextField(_("source"), blank=True)

    class Meta:
        verbose_name = _("matrix template")
        verbose_name_plural = _("matrix templates")
        ordering = ["-year"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("matrices:template", kwargs={"code": self.code})


class MatrixSection(BaseModel):
    """A section of a template, by operative paragraph (OP 1 and related matters, OP 2, …)."""

    template = models.ForeignKey(
        MatrixTemplate, verbose_name=_("template"), on_delete=models.CASCADE, related_name="sections"
    )
    code = models.SlugField(_("code"), max_length=20)
    order = models.PositiveSmallIntegerField(_("order"))
    title = models.CharField(_("title"), max_length=300)
    layout = models.CharField(_("layout"), max_length=16, choices=choices.Layout.choices)

    class Meta:
        verbose_name = _("matrix section")
        verbose_name_plural = _("matrix sections")
        ordering = ["template", "order"]
        constraints = [
            models.UniqueConstraint(fields=["template", "code"], name="%(app_label)s_%(class)s_unique_code"),
        ]

    def __str__(self) -> str:
        return self.title


class MatrixRow(BaseModel):
    """A row of a template. Its cells are the weapon columns it applies to × the legal columns
    (grid sections), or a single cell (instruments and statements). Rows whose wording is only
    recalled, not yet checked against an approved matrix, are ``provisional``."""

    template = models.ForeignKey(
        MatrixTemplate, verbose_name=_("template"), on_delete=models.CASCADE, related_name="rows"
    )
    section = models.ForeignKey(MatrixSection, verbose_name=_("section"), on_delete=models.CASCADE, related_name="rows")
    code = models.CharField(
        _("code"),
        max_length=40,
        help_text=_("Stable across templates for the same row, so versions on different templates compare."),
    )
    order = models.PositiveSmallIntegerField(_("order"))
    group = models.CharField(_("sub-heading"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=400)
    weapons = CodeListField(_("weapon columns"), vocabulary=choices.Weapon, max_length=60)
    columns = CodeListField(_("legal columns"), vocabulary=choices.LegalColumn, max_length=60)
    provisional = models.BooleanField(_("provisional"), default=False)
    source = models.CharField(_("source"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("matrix row")
        verbose_name_plural = _("matrix rows")
        ordering = ["section__order", "order"]
        constraints = [
            models.UniqueConstraint(fields=["template", "code"], name="%(app_label)s_%(class)s_unique_code"),
        ]

    def __str__(self) -> str:
        return "{} {}".format(self.code, self.title)

    def cells(self) -> list[tuple[str, str]]:
        """The (weapon, legal column) pairs this row has; ("", "") for a single-cell row."""
        if not self.weapons:
            return [("", "")]
        return [(weapon, column) for weapon in self.weapons for column in (self.columns or [""])]


class MatrixVersion(AuditedModel):
    """One State's matrix at one point of the review cycle. Numbered per State; a draft is
    the only editable version, and a State has at most one draft at a time."""

    state = models.ForeignKey(
        "directory.State", verbose_name=_("State"), on_delete=models.PROTECT, related_name="matrix_versions"
    )
    template = models.ForeignKey(
        MatrixTemplate, verbose_name=_("template"), on_delete=models.PROTECT, related_name="versions"
    )
    number = models.PositiveIntegerField(_("number"))
    stage = models.CharField(_("stage"), max_length=16, choices=choices.Stage.choices, default=choices.Stage.DRAFT)
    based_on = models.ForeignKey(
        "self",
        verbose_name=_("based on"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="successors",
    )
    comment_deadline_date = models.DateField(_("comments due"), null=True, blank=True)
    sent_date = models.DateField(_("sent to the State"), null=True, blank=True)
    returned_date = models.DateField(_("returned by the State"), null=True, blank=True)
    approved_date = models.DateField(_("approved by the Committee"), null=True, blank=True)
    approval_meeting = models.CharField(_("approving meeting"), max_length=120, blank=True)
    published_date = models.DateField(_("published"), null=True, blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = MatrixVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("matrix version")
        verbose_name_plural = _("matrix versions")
        ordering = ["state__name_en", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["state", "number"], name="%(app_label)s_%(class)s_unique_number"),
            models.UniqueConstraint(
                fields=["state"], condition=Q(stage="draft"), name="%(app_label)s_%(class)s_one_draft_per_state"
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_approved_has_date",
                condition=~Q(stage__in=["approved", "published"]) | Q(approved_date__isnull=False),
            ),
        ]
        indexes = [models.Index(fields=["stage", "state"])]

    def __str__(self) -> str:
        return _("{state} — matrix version {number}").format(state=self.state, number=self.number)

    def get_absolute_url(self) -> str:
        return reverse("matrices:version", kwargs={"code": self.state.iso3.lower(), "number": self.number})

    @property
    def is_frozen(self) -> bool:
        return self.stage in choices.Stage.frozen()


class MatrixEntry(AuditedModel):
    """What one field of one version says, with the legal reference behind it."""

    version = models.ForeignKey(
        MatrixVersion, verbose_name=_("version"), on_delete=models.CASCADE, related_name="entries"
    )
    row = models.ForeignKey(MatrixRow, verbose_name=_("row"), on_delete=models.PROTECT, related_name="entries")
    weapon = models.CharField(_("weapon"), max_length=16, choices=choices.Weapon.choices, blank=True)
    column = models.CharField(_("legal column"), max_length=16, choices=choices.LegalColumn.choices, blank=True)
    value = models.CharField(_("value"), max_length=2, choices=choices.Value.choices, blank=True)
    instrument = models.CharField(_("legal instrument"), max_length=300, blank=True)
    article = models.CharField(_("article or section"), max_length=120, blank=True)
    in_force_date = models.DateField(_("in force since"), null=True, blank=True)
    reference = models.CharField(
        _("link or document symbol"), max_length=500, blank=True, help_text=_("A web address or a UN document symbol.")
    )
    original_language = models.CharField(
        _("original language"), max_length=10, blank=True, help_text=_("The language of the instrument's text.")
    )
    remarks = models.TextField(_("remarks"), blank=True)
    source = models.CharField(
        _("source"),
        max_length=300,
        blank=True,
        help_text=_("For example a page of the national report or an official website."),
    )
    publishable = models.BooleanField(
        _("may be published"), default=True, help_text=_("The State decides, field by field, what the public sees.")
    )

    objects = MatrixEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("matrix entry")
        verbose_name_plural = _("matrix entries")
        ordering = ["row__section__order", "row__order", "weapon", "column"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "row", "weapon", "column"], name="%(app_label)s_%(class)s_unique_cell"
            ),
        ]

    def __str__(self) -> str:
        return "{} {} {}: {}".format(self.row.code, self.weapon, self.column, self.value or "—")


class MatrixEvent(BaseModel):
    """A step of a version's review cycle: who did it, when, and why."""

    version = models.ForeignKey(
        MatrixVersion, verbose_name=_("version"), on_delete=models.CASCADE, related_name="events"
    )
    stage = models.CharField(_("stage reached"), max_length=16, choices=choices.Stage.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("at"))
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("matrix event")
        verbose_name_plural = _("matrix events")
        ordering = ["version", "at"]

    def __str__(self) -> str:
        return "{} → {}".format(self.version, self.get_stage_display())


class FieldResponse(AuditedModel):
    """A State's answer for one field of a version sent to it: it accepts the field, contests it
    or supplements it, may propose what the field should say, and says whether the field may be
    published. The experts' next draft takes the answers into account."""

    version = models.ForeignKey(
        MatrixVersion, verbose_name=_("version"), on_delete=models.CASCADE, related_name="responses"
    )
    row = models.ForeignKey(MatrixRow, verbose_name=_("row"), on_delete=models.PROTECT, related_name="responses")
    weapon = models.CharField(_("weapon"), max_length=16, choices=choices.Weapon.choices, blank=True)
    column = models.CharField(_("legal column"), max_length=16, choices=choices.LegalColumn.choices, blank=True)
    kind = models.CharField(_("response"), max_length=16, choices=choices.ResponseKind.choices)
    comment = models.TextField(_("comment"), blank=True)
    proposed = models.JSONField(
        _("proposed content"), default=dict, blank=True, help_text=_("What the State proposes the field should say.")
    )
    publishable = models.BooleanField(_("may be published"), default=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("field response")
        verbose_name_plural = _("field responses")
        ordering = ["row__section__order", "row__order", "weapon", "column"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "row", "weapon", "column"], name="%(app_label)s_%(class)s_unique_cell"
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_contest_has_comment",
                condition=Q(kind="accept") | ~Q(comment=""),
                violation_error_message=_("Say why when you contest or supplement a field."),
            ),
        ]

    def __str__(self) -> str:
        return "{} {} {}: {}".format(self.row.code, self.weapon, self.column, self.get_kind_display())
