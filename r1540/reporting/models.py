"""National reports and the dialogue with States about them (programme of work, para 8 (b))."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.core.fields import CodeListField
from r1540.core.files import ProtectedFileField
from r1540.core.models import AuditedModel, BaseModel, DocumentFile
from r1540.reporting import choices
from r1540.reporting.querysets import (
    ActionPlanQuerySet,
    AdherenceQuerySet,
    ControlListQuerySet,
    DialogueEntryQuerySet,
    EffectivePracticeQuerySet,
    NationalReportQuerySet,
)


class NationalReport(AuditedModel):
    """A report a State submitted under resolution 1540: its first report, or additional
    information (an addendum, an update, or the answer that nothing has changed)."""

    state = models.ForeignKey(
        "directory.State", verbose_name=_("State"), on_delete=models.PROTECT, related_name="national_reports"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=choices.ReportKind.choices)
    submitted_date = models.DateField(_("date of the report"))
    received_date = models.DateField(_("received"), null=True, blank=True)
    channel = models.CharField(_("channel"), max_length=16, choices=choices.Channel.choices)
    symbol = models.CharField(
        _("document symbol"), max_length=60, blank=True, help_text=_("For example S/AC.44/2004/(02)/41.")
    )
    summary = models.TextField(_("summary"), blank=True)
    published = models.BooleanField(_("published"), default=False, help_text=_("Shown to the public."))
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = NationalReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("national report")
        verbose_name_plural = _("national reports")
        ordering = ["-submitted_date", "state__name_en"]
        constraints = [
            models.UniqueConstraint(
                fields=["state"],
                condition=Q(kind="first"),
                name="%(app_label)s_%(class)s_one_first_report",
                violation_error_message=_("This State already has a first report; record additional information."),
            ),
        ]
        indexes = [models.Index(fields=["kind", "submitted_date"])]

    def __str__(self) -> str:
        return _("{kind} of {state} ({date})").format(
            kind=self.get_kind_display(), state=self.state, date=self.submitted_date.isoformat()
        )

    def get_absolute_url(self) -> str:
        return reverse("reporting:report", kwargs={"pk": self.pk})


class ReportFile(DocumentFile):
    """One language version of a report's text."""

    report = models.ForeignKey(NationalReport, verbose_name=_("report"), on_delete=models.CASCADE, related_name="files")

    class Meta:
        verbose_name = _("report file")
        verbose_name_plural = _("report files")
        ordering = ["report", "-original", "language"]
        constraints = [
            models.UniqueConstraint(fields=["report", "language"], name="%(app_label)s_%(class)s_one_per_language"),
            *DocumentFile.Meta.constraints,
        ]

    def __str__(self) -> str:
        return "{} [{}]".format(self.report, self.language)


class DialogueEntry(AuditedModel):
    """A contact with a State about its reporting: a letter, a reply, a meeting, a visit."""

    state = models.ForeignKey(
        "directory.State", verbose_name=_("State"), on_delete=models.PROTECT, related_name="dialogue_entries"
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=16, choices=choices.DialogueKind.choices)
    summary = models.TextField(_("summary"))
    symbol = models.CharField(_("document symbol or reference"), max_length=60, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = DialogueEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("dialogue entry")
        verbose_name_plural = _("dialogue entries")
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return "{} · {} · {}".format(self.state, self.date.isoformat(), self.get_kind_display())

    def get_absolute_url(self) -> str:
        return reverse("reporting:dialogue", kwargs={"code": self.state.iso3.lower()})


class Instrument(BaseModel):
    """A treaty, protocol, arrangement or initiative the OP 1 section of the matrix asks about
    (domain.md §9). Reference data, loaded from ``data/instruments.csv``."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=24, choices=choices.InstrumentKind.choices)
    name = models.CharField(_("name"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    opened_date = models.DateField(_("opened for signature"), null=True, blank=True)
    entry_into_force_date = models.DateField(_("entry into force"), null=True, blank=True)
    in_force = models.BooleanField(_("in force"), default=True)
    depositary = models.CharField(_("depositary"), max_length=200, blank=True)
    matrix_row = models.PositiveSmallIntegerField(
        _("matrix row"), null=True, blank=True, help_text=_("The row of the matrix's OP 1 section that records it.")
    )
    weapons = CodeListField(_("weapons covered"), vocabulary=choices.Weapon, max_length=60)
    confidence = models.CharField(_("confidence"), max_length=10, choices=choices.Confidence.choices)
    source = models.TextField(_("source"), blank=True)

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")
        ordering = ["position", "code"]

    def __str__(self) -> str:
        return self.acronym or self.name

    def get_absolute_url(self) -> str:
        return reverse("reporting:instrument", kwargs={"code": self.code})

    @property
    def tracks_adherence(self) -> bool:
        """Treaties and protocols have parties; regimes and initiatives have participants."""
        return self.kind in (
            choices.InstrumentKind.TREATY,
            choices.InstrumentKind.TREATY_AMENDMENT,
            choices.InstrumentKind.PROTOCOL,
        )


class Adherence(AuditedModel):
    """Where a State stands with an instrument: signature, consent to be bound, entry into force."""

    state = models.ForeignKey(
        "directory.State", verbose_name=_("State"), on_delete=models.PROTECT, related_name="adherence"
    )
    instrument = models.ForeignKey(
        Instrument, verbose_name=_("instrument"), on_delete=models.PROTECT, related_name="adherence"
    )
    status = models.CharField(_("status"), max_length=12, choices=choices.AdherenceStatus.choices)
    signature_date = models.DateField(_("signed"), null=True, blank=True)
    consent_date = models.DateField(_("consent to be bound"), null=True, blank=True)
    consent_kind = models.CharField(_("by"), max_length=16, choices=choices.ConsentKind.choices, blank=True)
    entry_into_force_date = models.DateField(_("in force for the State"), null=True, blank=True)
    confidence = models.CharField(_("confidence"), max_length=10, choices=choices.Confidence.choices)
    source = models.TextField(_("source"), blank=True)

    objects = AdherenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("treaty adherence")
        verbose_name_plural = _("treaty adherence")
        ordering = ["state__name_en", "instrument__position"]
        constraints = [
            models.UniqueConstraint(fields=["state", "instrument"], name="%(app_label)s_%(class)s_one_per_instrument"),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_consent_after_signature",
                condition=Q(signature_date__isnull=True)
                | Q(consent_date__isnull=True)
                | Q(consent_date__gte=models.F("signature_date")),
                violation_error_message=_("Consent to be bound cannot come before the signature."),
            ),
        ]
        indexes = [models.Index(fields=["instrument", "status"])]

    def __str__(self) -> str:
        return "{} · {}: {}".format(self.state, self.instrument, self.get_status_display())

    def get_absolute_url(self) -> str:
        return reverse("reporting:instrument", kwargs={"code": self.instrument.code}) + "#" + self.state.iso3

    def clean(self) -> None:
        bound = (choices.AdherenceStatus.PARTY, choices.AdherenceStatus.WITHDRAWN)
        if self.consent_date and self.status not in bound:
            raise ValidationError(
                {"status": _("A State that has expressed its consent to be bound is a party (or has withdrawn).")}
            )


class ActionPlan(AuditedModel):
    """A voluntary national implementation action plan (resolution 1977 (2011), para 8 (a) of
    the programme of work). Each revision the State shares is kept; a new one supersedes it."""

    state = models.ForeignKey(
        "directory.State", verbose_name=_("State"), on_delete=models.PROTECT, related_name="action_plans"
    )
    revision = models.PositiveSmallIntegerField(_("revision"), default=1)
    previous = models.OneToOneField(
        "self",
        verbose_name=_("previous revision"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_revision",
    )
    title = models.CharField(_("title"), max_length=300)
    language = models.CharField(_("original language"), max_length=10, choices=settings.LANGUAGES, default="en")
    status = models.CharField(
        _("status"), max_length=16, choices=choices.ActionPlanStatus.choices, default=choices.ActionPlanStatus.SHARED
    )
    adopted_date = models.DateField(_("adopted"), null=True, blank=True)
    shared_date = models.DateField(_("shared with the Committee"), null=True, blank=True)
    period_start_date = models.DateField(_("covers from"), null=True, blank=True)
    period_end_date = models.DateField(_("covers until"), null=True, blank=True)
    areas = CodeListField(_("areas"), vocabulary=choices.Area)
    summary = models.TextField(_("summary"), blank=True)
    published = models.BooleanField(
        _("published"), default=False, help_text=_("The State agrees that the Committee publishes the plan.")
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = ActionPlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("national action plan")
        verbose_name_plural = _("national action plans")
        ordering = ["state__name_en", "-revision"]
        constraints = [
            models.UniqueConstraint(fields=["state", "revision"], name="%(app_label)s_%(class)s_one_per_revision"),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_period_order",
                condition=Q(period_start_date__isnull=True)
                | Q(period_end_date__isnull=True)
                | Q(period_end_date__gte=models.F("period_start_date")),
                violation_error_message=_("The plan's period ends before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return _("{state}: action plan, revision {revision}").format(state=self.state, revision=self.revision)

    def get_absolute_url(self) -> str:
        return reverse("reporting:actionplan", kwargs={"pk": self.pk})


class ActionPlanFile(DocumentFile):
    """One language version of an action plan."""

    plan = models.ForeignKey(ActionPlan, verbose_name=_("action plan"), on_delete=models.CASCADE, related_name="files")

    class Meta:
        verbose_name = _("action plan file")
        verbose_name_plural = _("action plan files")
        ordering = ["plan", "-original", "language"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "language"], name="%(app_label)s_%(class)s_one_per_language"),
            *DocumentFile.Meta.constraints,
        ]

    def __str__(self) -> str:
        return "{} [{}]".format(self.plan, self.language)


class ActionPlanFollowUp(AuditedModel):
    """A step taken or due on a plan: a meeting, a progress report, assistance, a review."""

    plan = models.ForeignKey(
        ActionPlan, verbose_name=_("action plan"), on_delete=models.CASCADE, related_name="follow_ups"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=choices.FollowUpKind.choices)
    summary = models.TextField(_("summary"))
    due_date = models.DateField(_("due"), null=True, blank=True)
    done_date = models.DateField(_("done"), null=True, blank=True)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["plan", "done_date", "due_date", "pk"]

    def __str__(self) -> str:
        return "{} · {}".format(self.plan, self.get_kind_display())

    def get_absolute_url(self) -> str:
        return self.plan.get_absolute_url()

    @property
    def overdue(self) -> bool:
        return self.done_date is None and self.due_date is not None and self.due_date < timezone.localdate()


class EffectivePractice(AuditedModel):
    """An effective practice shared by a State or an organization (programme of work, 8 (c)
    and 9 (i)); the contributor decides whether it may be published."""

    state = models.ForeignKey(
        "directory.State",
        verbose_name=_("State"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="effective_practices",
    )
    organization = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="effective_practices",
    )
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="en")
    areas = CodeListField(_("areas"), vocabulary=choices.Area)
    weapons = CodeListField(_("weapons"), vocabulary=choices.Weapon, max_length=60)
    shared_date = models.DateField(_("shared"))
    about_assistance = models.BooleanField(
        _("experience of assistance"),
        default=False,
        help_text=_("Lessons from assistance given or received (programme of work, 9 (i)–(j))."),
    )
    link = models.URLField(_("link"), blank=True)
    file = ProtectedFileField(_("file"), folder="practices", blank=True)
    consent_to_publish = models.BooleanField(_("consent to publish"), default=False)
    consent_date = models.DateField(_("consent given"), null=True, blank=True)
    published = models.BooleanField(_("published"), default=False)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = EffectivePracticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("effective practice")
        verbose_name_plural = _("effective practices")
        ordering = ["-shared_date", "title"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_one_contributor",
                condition=Q(state__isnull=False, organization__isnull=True)
                | Q(state__isnull=True, organization__isnull=False),
                violation_error_message=_("A practice comes from one State or one organization."),
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_published_with_consent",
                condition=Q(published=False) | Q(consent_to_publish=True),
                violation_error_message=_("A practice is published only with its contributor's consent."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("reporting:practice", kwargs={"pk": self.pk})

    @property
    def contributor(self):
        return self.state or self.organization


class ControlList(AuditedModel):
    """A State's national control list of goods and technologies (programme of work, 8 (e))."""

    state = models.ForeignKey(
        "directory.State", verbose_name=_("State"), on_delete=models.PROTECT, related_name="control_lists"
    )
    title = models.CharField(_("title"), max_length=300)
    kind = models.CharField(_("kind"), max_length=16, choices=choices.ControlListKind.choices)
    coverage = CodeListField(_("lists taken in"), vocabulary=choices.ControlListCoverage)
    legal_basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    adopted_date = models.DateField(_("adopted"), null=True, blank=True)
    updated_date = models.DateField(_("last updated"), null=True, blank=True)
    link = models.URLField(_("link"), blank=True)
    file = ProtectedFileField(_("file"), folder="control-lists", blank=True)
    notes = models.TextField(_("notes"), blank=True)
    published = models.BooleanField(_("published"), default=False)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = ControlListQuerySet.as_manager()

    class Meta:
        verbose_name = _("control list")
        verbose_name_plural = _("control lists")
        ordering = ["state__name_en", "-updated_date"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_updated_after_adoption",
                condition=Q(adopted_date__isnull=True)
                | Q(updated_date__isnull=True)
                | Q(updated_date__gte=models.F("adopted_date")),
                violation_error_message=_("A list cannot be updated before it was adopted."),
            ),
        ]

    def __str__(self) -> str:
        return "{}: {}".format(self.state, self.title)

    def get_absolute_url(self) -> str:
        return reverse("reporting:controllist", kwargs={"pk": self.pk})
