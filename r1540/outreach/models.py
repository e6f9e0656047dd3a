"""Outreach and cooperation: events (workshops, conferences, country visits, training courses for
points of contact, briefings, meetings with industry, academia, civil society and parliaments),
the Committee's frequently asked questions, and its cooperation with organizations and with the
Council's 1267 and 1373 committees (programme of work paras 10–11)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.core.models import AuditedModel
from r1540.directory.choices import OrganizationKind
from r1540.outreach import choices, rules
from r1540.outreach.querysets import CooperationActivityQuerySet, CooperationQuerySet, EventQuerySet


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


class Cooperation(AuditedModel):
    """The Committee's cooperation with one partner: an international, regional or subregional
    organization, or one of the Council's counter-terrorism committees (1267 and 1373), all of
    them in the directory. The partner's points of contact are the directory's."""

    organization = models.OneToOneField(
        "directory.Organization", verbose_name=_("partner"), on_delete=models.PROTECT, related_name="cooperation"
    )
    modalities = models.TextField(_("modalities of cooperation"))
    information_exchanged = models.TextField(_("information exchanged"), blank=True)
    liaison = models.TextField(_("liaison arrangements"), blank=True)
    since_date = models.DateField(_("cooperating since"), null=True, blank=True)
    since_precision = models.CharField(
        _("start known to the"), max_length=6, choices=choices.DatePrecision.choices, default="year"
    )
    confidence = models.CharField(_("confidence"), max_length=10, choices=choices.Confidence.choices)
    source = models.TextField(_("source"), blank=True)
    published = models.BooleanField(_("published"), default=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = CooperationQuerySet.as_manager()

    class Meta:
        verbose_name = _("cooperation partner")
        verbose_name_plural = _("cooperation partners")
        ordering = ["organization__name_en"]

    def __str__(self) -> str:
        return str(self.organization)

    def get_absolute_url(self) -> str:
        return reverse("outreach:cooperation", kwargs={"slug": self.organization.slug})

    @property
    def partner_kind(self) -> str:
        if self.organization.kind == OrganizationKind.UN_COMMITTEE:
            return choices.PartnerKind.COUNCIL_COMMITTEE
        return choices.PartnerKind.ORGANIZATION

    def get_partner_kind_display(self) -> str:
        return choices.PartnerKind(self.partner_kind).label


class CooperationActivity(AuditedModel):
    """Something done with a partner: a joint activity or meeting, an exchange of information,
    a joint country visit (always at the State's invitation), or the Committee's part in one
    of the partner's events."""

    code = models.SlugField(_("code"), max_length=80, unique=True)
    cooperation = models.ForeignKey(
        Cooperation, verbose_name=_("partner"), on_delete=models.CASCADE, related_name="activities"
    )
    kind = models.CharField(_("kind"), max_length=24, choices=choices.ActivityKind.choices)
    activity_date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("date known to the"), max_length=6, choices=choices.DatePrecision.choices, default="day"
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    state = models.ForeignKey(
        "directory.State",
        verbose_name=_("State"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cooperation_activities",
        help_text=_("The State visited, or concerned by the activity."),
    )
    invited_by_state = models.BooleanField(
        _("at the State's invitation"), default=False, help_text=_("Required for a joint country visit.")
    )
    event = models.ForeignKey(
        Event,
        verbose_name=_("event"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cooperation_activities",
    )
    confidence = models.CharField(_("confidence"), max_length=10, choices=choices.Confidence.choices)
    source = models.TextField(_("source"), blank=True)
    published = models.BooleanField(_("published"), default=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = CooperationActivityQuerySet.as_manager()

    class Meta:
        verbose_name = _("cooperation activity")
        verbose_name_plural = _("cooperation activities")
        ordering = ["-activity_date", "code"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_visit_invited_by_named_state",
                condition=~Q(kind="joint_visit") | (Q(invited_by_state=True) & Q(state__isnull=False)),
                violation_error_message=rules.VISIT_NEEDS_INVITATION,
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return "{}#{}".format(self.cooperation.get_absolute_url(), self.code)

    def clean(self) -> None:
        problems = rules.activity_problems(
            kind=self.kind, has_state=self.state_id is not None, invited_by_state=self.invited_by_state
        )
        if problems:
            raise ValidationError(problems)
