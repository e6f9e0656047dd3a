"""Outreach and cooperation: events (workshops, conferences, country visits, training courses for
points of contact, briefings, meetings with industry, academia, civil society and parliaments) and
the Committee's frequently asked questions (programme of work paras 10–11)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.core.models import AuditedModel
from r1540.outreach import choices
from r1540.outreach.querysets import EventQuerySet


class Event(AuditedModel):
    """An outreach or cooperation event. Training courses carry their region, curriculum, the
    States that took part and the follow-up."""

    code = models.SlugField(_("code"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=choices.EventKind.choices)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"), null=True, blank=True, help_text=_("Empty when not known."))
    date_precision = models.CharField(
        _("dates known to the"), max_length=6, choices=choices.DatePrecision.choices, default="day"
    )
    place = models.CharField(_("place"), max_length=120, blank=True)
    country = models.ForeignKey(
        "directory.State",
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events_hosted",
    )
    organizations = models.ManyToManyField(
        "directory.Organization", verbose_name=_("organizations"), blank=True, related_name="events"
    )
    region = models.CharField(_("for States of"), max_length=32, choices=choices.Audience.choices, blank=True)
    curriculum = models.TextField(_("curriculum"), blank=True)
    participants = models.ManyToManyField(
        "directory.State", verbose_name=_("States taking part"), blank=True, related_name="events_attended"
    )
    follow_up = models.TextField(_("follow-up"), blank=True)
    confidence = models.CharField(_("confidence"), max_length=10, choices=choices.Confidence.choices)
    source = models.TextField(_("source"), blank=True)
    published = models.BooleanField(_("published"), default=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "code"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_ends_after_start",
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                violation_error_message=_("An event cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("outreach:event", kwargs={"code": self.code})

    @property
    def upcoming(self) -> bool:
        return self.start_date >= timezone.localdate()


class Question(AuditedModel):
    """A frequently asked question and its answer, in the six languages."""

    code = models.SlugField(_("code"), max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(_("position"))
    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"))
    published = models.BooleanField(_("published"), default=True)

    class Meta:
        verbose_name = _("frequently asked question")
        verbose_name_plural = _("frequently asked questions")
        ordering = ["position"]

    def __str__(self) -> str:
        return self.question

    def get_absolute_url(self) -> str:
        return "{}#{}".format(reverse("outreach:faq"), self.code)
