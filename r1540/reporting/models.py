"""National reports and the dialogue with States about them (programme of work, para 8 (b))."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from r1540.core.models import AuditedModel
from r1540.reporting import choices
from r1540.reporting.querysets import DialogueEntryQuerySet, NationalReportQuerySet


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


class ReportFile(AuditedModel):
    """One language version of a report's text."""

    report = models.ForeignKey(NationalReport, verbose_name=_("report"), on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    original = models.BooleanField(_("original language"), default=False)
    file = models.FileField(_("file"), upload_to="reports/%Y/", blank=True)
    link = models.URLField(_("link"), blank=True, help_text=_("Where the file is published, if elsewhere."))
    pages = models.PositiveIntegerField(_("pages"), null=True, blank=True)

    class Meta:
        verbose_name = _("report file")
        verbose_name_plural = _("report files")
        ordering = ["report", "-original", "language"]
        constraints = [
            models.UniqueConstraint(fields=["report", "language"], name="%(app_label)s_%(class)s_one_per_language"),
            models.CheckConstraint(name="%(app_label)s_%(class)s_file_or_link", condition=~Q(file="") | ~Q(link="")),
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
