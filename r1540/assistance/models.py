"""Assistance requests from States, offers from States and organizations, their matching and the
correspondence about them (programme of work, para 9; resolution 1540 (2004), OP 7)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.assistance import choices
from r1540.assistance.querysets import (
    AssistanceOfferQuerySet,
    AssistanceRequestQuerySet,
    CommunicationQuerySet,
    MatchQuerySet,
)
from r1540.core.fields import CodeListField
from r1540.core.models import AuditedModel, BaseModel
from r1540.core.vocabulary import Language


class Embedded(models.Model):
    """A text the matching engine reads: its vector is stored once per change of the text."""

    embedding = models.BinaryField(_("embedding"), null=True, blank=True, editable=False)
    embedding_key = models.CharField(_("embedding fingerprint"), max_length=32, blank=True, editable=False)

    class Meta:
        abstract = True


class Coded(models.Model):
    """The template's coded fields, shared by requests and offers."""

    areas = CodeListField(_("areas"), vocabulary=choices.Area)
    weapons = CodeListField(_("weapon categories"), vocabulary=choices.Weapon, max_length=60)
    types = CodeListField(_("kinds of assistance"), vocabulary=choices.AssistanceType, max_length=120)

    class Meta:
        abstract = True


class AssistanceRequest(Embedded, Coded, AuditedModel):
    """A State's request for assistance, with the fields of the Committee's assistance template.
    The need and desired outcome are kept in the State's own language."""

    state = models.ForeignKey(
        "directory.State",
        verbose_name=_("requesting State"),
        on_delete=models.PROTECT,
        related_name="assistance_requests",
    )
    contact = models.ForeignKey(
        "directory.PointOfContact",
        verbose_name=_("point of contact"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("need and desired outcome"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    assistance_received = models.TextField(_("assistance already received"), blank=True)
    action_plan = models.ForeignKey(
        "reporting.ActionPlan",
        verbose_name=_("national action plan"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assistance_requests",
    )
    channel = models.CharField(_("received by"), max_length=16, choices=choices.Channel.choices)
    received_date = models.DateField(_("received"))
    status = models.CharField(
        _("status"), max_length=20, choices=choices.RequestStatus.choices, default=choices.RequestStatus.RECEIVED
    )
    status_date = models.DateField(_("status since"), null=True, blank=True)
    published = models.BooleanField(
        _("published"), default=False, help_text=_("The State agrees that the request is listed publicly.")
    )
    feedback = models.TextField(_("the State's feedback on the assistance"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = AssistanceRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("assistance request")
        verbose_name_plural = _("assistance requests")
        ordering = ["-received_date", "-pk"]
        indexes = [models.Index(fields=["status", "received_date"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("assistance:request", kwargs={"pk": self.pk})

    @property
    def open(self) -> bool:
        return self.status not in (
            choices.RequestStatus.COMPLETED,
            choices.RequestStatus.FEEDBACK,
            choices.RequestStatus.DECLINED,
            choices.RequestStatus.WITHDRAWN,
        )


class AssistanceOffer(Embedded, Coded, AuditedModel):
    """An offer or a standing programme of assistance from a State or an organization."""

    provider_state = models.ForeignKey(
        "directory.State",
        verbose_name=_("providing State"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assistance_offers",
    )
    provider_organization = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("providing organization"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assistance_offers",
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    regions = CodeListField(_("regions served"), vocabulary=choices.Region, default="global", blank=False)
    languages_served = CodeListField(
        _("languages served"), vocabulary=Language, max_length=60, help_text=_("None chosen: any language.")
    )
    standing = models.BooleanField(_("standing programme"), default=False)
    received_date = models.DateField(_("received"), default=timezone.localdate)
    contact = models.TextField(_("contact"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=choices.OfferStatus.choices, default=choices.OfferStatus.PLEDGED
    )
    published = models.BooleanField(_("published"), default=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = AssistanceOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("assistance offer")
        verbose_name_plural = _("assistance offers")
        ordering = ["-received_date", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_one_provider",
                condition=Q(provider_state__isnull=False, provider_organization__isnull=True)
                | Q(provider_state__isnull=True, provider_organization__isnull=False),
                violation_error_message=_("An offer comes from one State or one organization."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("assistance:offer", kwargs={"pk": self.pk})

    @property
    def provider(self):
        return self.provider_state or self.provider_organization


class Match(AuditedModel):
    """An offer put to a request: proposed, agreed, delivered, and how far it met the need."""

    request = models.ForeignKey(
        AssistanceRequest, verbose_name=_("request"), on_delete=models.CASCADE, related_name="matches"
    )
    offer = models.ForeignKey(
        AssistanceOffer, verbose_name=_("offer"), on_delete=models.PROTECT, related_name="matches"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=choices.MatchStatus.choices, default=choices.MatchStatus.PROPOSED
    )
    matched_date = models.DateField(_("matched"), default=timezone.localdate)
    completed_date = models.DateField(_("completed"), null=True, blank=True)
    fulfilment = models.CharField(
        _("need met"), max_length=10, choices=choices.Fulfilment.choices, default=choices.Fulfilment.NONE
    )
    score = models.FloatField(_("score when proposed"), null=True, blank=True)
    reasons = models.JSONField(_("reasons when proposed"), default=list, blank=True)
    note = models.TextField(_("note"), blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = MatchQuerySet.as_manager()

    class Meta:
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        ordering = ["-matched_date", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["request", "offer"], name="%(app_label)s_%(class)s_once_per_pair"),
        ]

    def __str__(self) -> str:
        return "{} ↔ {}".format(self.request, self.offer)

    def get_absolute_url(self) -> str:
        return self.request.get_absolute_url() + "#match-{}".format(self.pk)


class Communication(BaseModel):
    """A letter, e-mail, meeting or call about a request or one of its matches, with the
    follow-up it calls for."""

    request = models.ForeignKey(
        AssistanceRequest, verbose_name=_("request"), on_delete=models.CASCADE, related_name="communications"
    )
    match = models.ForeignKey(
        Match,
        verbose_name=_("match"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="communications",
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=12, choices=choices.ContactKind.choices)
    summary = models.TextField(_("summary"))
    follow_up_date = models.DateField(_("follow up by"), null=True, blank=True)
    follow_up_done = models.BooleanField(_("followed up"), default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = CommunicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("communication")
        verbose_name_plural = _("communications")
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return "{} · {}".format(self.date.isoformat(), self.get_kind_display())

    def get_absolute_url(self) -> str:
        return self.request.get_absolute_url() + "#communications"

    @property
    def follow_up_state(self) -> str:
        """ "" (none or done), "due" (within a week) or "overdue"."""
        if self.follow_up_done or self.follow_up_date is None:
            return ""
        today = timezone.localdate()
        if self.follow_up_date < today:
            return "overdue"
        return "due" if (self.follow_up_date - today).days <= 7 else ""
