"""The directory: States, the Security Council by year, the Committee's office holders,
organizations, and the people who are points of contact (POCs)."""

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from r1540.core.models import AuditedModel, BaseModel
from r1540.directory import choices
from r1540.directory.querysets import OrganizationQuerySet, PointOfContactQuerySet, StateQuerySet


class State(AuditedModel):
    """A UN Member State or non-member observer State, with its official names in the six
    languages and its place in the UN regional groups."""

    iso2 = models.CharField(_("ISO 3166 alpha-2"), max_length=2, unique=True)
    iso3 = models.CharField(_("ISO 3166 alpha-3"), max_length=3, unique=True)
    m49 = models.CharField(_("M49 code"), max_length=3, unique=True)
    name = models.CharField(_("name"), max_length=120, help_text=_("The UN official short name."))
    status = models.CharField(_("status"), max_length=16, choices=choices.StateStatus.choices)
    admission_date = models.DateField(_("date of admission to the UN"), null=True, blank=True)
    regional_group = models.CharField(_("regional group"), max_length=32, choices=choices.RegionalGroup.choices)
    regional_group_status = models.CharField(
        _("standing in the regional group"), max_length=16, choices=choices.GroupStatus.choices
    )
    also_participates_in = models.CharField(
        _("also takes part in"),
        max_length=32,
        choices=choices.RegionalGroup.choices,
        blank=True,
        help_text=_("A second regional group whose work the State takes part in."),
    )
    m49_region = models.CharField(_("region (M49)"), max_length=16, choices=choices.M49Region.choices)
    m49_subregion = models.CharField(_("sub-region (M49)"), max_length=32, choices=choices.M49Subregion.choices)
    notes = models.TextField(_("notes"), blank=True)

    objects = StateQuerySet.as_manager()

    class Meta:
        verbose_name = _("State")
        verbose_name_plural = _("States")
        ordering = ["name_en"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_iso_codes_upper",
                condition=Q(iso2__regex=r"^[A-Z]{2}$") & Q(iso3__regex=r"^[A-Z]{3}$") & Q(m49__regex=r"^[0-9]{3}$"),
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_member_has_admission_date",
                condition=~Q(status="member") | Q(admission_date__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("directory:state", kwargs={"code": self.iso3.lower()})

    @property
    def is_member(self) -> bool:
        return self.status == choices.StateStatus.MEMBER


class CouncilMembership(AuditedModel):
    """A State's seat on the Security Council, and so on the 1540 Committee, for one year."""

    state = models.ForeignKey(
        State, verbose_name=_("State"), on_delete=models.PROTECT, related_name="council_memberships"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    seat = models.CharField(_("seat"), max_length=16, choices=choices.CouncilSeat.choices)

    class Meta:
        verbose_name = _("Council membership")
        verbose_name_plural = _("Council memberships")
        ordering = ["-year", "state__name_en"]
        constraints = [
            models.UniqueConstraint(fields=["state", "year"], name="%(app_label)s_%(class)s_unique_state_year"),
            models.CheckConstraint(name="%(app_label)s_%(class)s_year_range", condition=Q(year__gte=1946)),
        ]

    def __str__(self) -> str:
        return "{state} ({year})".format(state=self.state, year=self.year)

    def get_absolute_url(self) -> str:
        return reverse("directory:council", kwargs={"year": self.year})


class CommitteeOffice(AuditedModel):
    """A dated office on the Committee: its Chair, a Vice-Chair or a working-group
    coordinator, held by a Council member (and the person who holds it, where known)."""

    office = models.CharField(_("office"), max_length=16, choices=choices.CommitteeOfficeKind.choices)
    working_group = models.CharField(
        _("working group"), max_length=16, choices=choices.WorkingGroup.choices, blank=True
    )
    state = models.ForeignKey(
        State, verbose_name=_("State"), on_delete=models.PROTECT, related_name="committee_offices"
    )
    holder_name = models.CharField(_("held by"), max_length=120, blank=True)
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"))
    confidence = models.CharField(
        _("confidence"), max_length=16, choices=choices.Confidence.choices, default=choices.Confidence.VERIFIED
    )
    source = models.CharField(_("source"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("Committee office")
        verbose_name_plural = _("Committee offices")
        ordering = ["-start_date", "office", "working_group"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_working_group_iff_coordinator",
                condition=(Q(office="wg_coordinator") & ~Q(working_group=""))
                | (~Q(office="wg_coordinator") & Q(working_group="")),
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_dates_ordered", condition=Q(end_date__gte=F("start_date"))
            ),
            models.UniqueConstraint(
                fields=["office", "working_group", "state", "start_date"],
                name="%(app_label)s_%(class)s_unique_holding",
            ),
        ]

    def __str__(self) -> str:
        label = self.get_office_display()
        if self.working_group:
            label = "{office}: {group}".format(office=label, group=self.get_working_group_display())
        return "{label} — {state}".format(label=label, state=self.state)

    def get_absolute_url(self) -> str:
        return reverse("directory:council", kwargs={"year": self.start_date.year})


class Organization(AuditedModel):
    """An international, regional or subregional organization, UN body or arrangement
    that the Committee cooperates with."""

    slug = models.SlugField(_("short identifier"), max_length=40, unique=True)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=16, choices=choices.OrganizationKind.choices)
    region = models.CharField(_("region"), max_length=16, choices=choices.OrganizationRegion.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    website = models.URLField(_("website"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.acronym or self.name

    def get_absolute_url(self) -> str:
        return reverse("directory:organization", kwargs={"slug": self.slug})

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": _("An organization cannot be part of itself.")})
            ancestor = ancestor.parent


class Person(AuditedModel):
    """Someone who acts for a State or an organization. Personal data: never public."""

    honorific = models.CharField(_("honorific"), max_length=40, blank=True)
    given_name = models.CharField(_("given name"), max_length=80, blank=True)
    family_name = models.CharField(_("family name"), max_length=80)
    job_title = models.CharField(_("title"), max_length=160, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    user = models.OneToOneField(
        "core.User",
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="person",
    )
    is_demo = models.BooleanField(_("demo record"), default=False)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["family_name", "given_name"]

    def __str__(self) -> str:
        return " ".join(part for part in (self.honorific, self.given_name, self.family_name) if part)


class PointOfContact(AuditedModel):
    """A person's dated role as point of contact for a State (in the capital or at the
    Permanent Mission) or for an organization. Designation, updates, confirmations and the
    end of the role are recorded as ``PointOfContactEvent`` rows."""

    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="roles")
    state = models.ForeignKey(
        State,
        verbose_name=_("State"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="points_of_contact",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="points_of_contact",
    )
    location = models.CharField(_("location"), max_length=16, choices=choices.PocLocation.choices)
    institution = models.CharField(
        _("institution"), max_length=200, blank=True, help_text=_("Ministry, agency or office.")
    )
    designated_date = models.DateField(_("designated on"))
    confirmed_date = models.DateField(_("last confirmed on"))
    end_date = models.DateField(_("ended on"), null=True, blank=True)
    is_demo = models.BooleanField(_("demo record"), default=False)

    objects = PointOfContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("point of contact")
        verbose_name_plural = _("points of contact")
        ordering = ["state__name_en", "organization__acronym", "location", "-designated_date"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_state_xor_organization",
                condition=(Q(state__isnull=False) & Q(organization__isnull=True))
                | (Q(state__isnull=True) & Q(organization__isnull=False)),
            ),
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_dates_ordered",
                condition=Q(confirmed_date__gte=F("designated_date"))
                & (Q(end_date__isnull=True) | Q(end_date__gte=F("designated_date"))),
            ),
        ]

    def __str__(self) -> str:
        return "{person} — {party}".format(person=self.person, party=self.party)

    def get_absolute_url(self) -> str:
        return reverse("directory:pointofcontact", kwargs={"pk": self.pk})

    @property
    def party(self):
        """The State or organization this POC acts for."""
        return self.state or self.organization

    @property
    def is_active(self) -> bool:
        return self.end_date is None

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.organization_id and self.location == choices.PocLocation.MISSION:
            raise ValidationError({"location": _("Organizations have no Permanent Mission; choose Headquarters.")})
        if self.state_id and self.location == choices.PocLocation.HEADQUARTERS:
            raise ValidationError({"location": _("A State's POC is in the capital or at the Permanent Mission.")})


class PointOfContactEvent(BaseModel):
    """One recorded step in a POC's life: designated, updated, confirmed or ended."""

    point_of_contact = models.ForeignKey(
        PointOfContact, verbose_name=_("point of contact"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("event"), max_length=16, choices=choices.PocEventKind.choices)
    event_date = models.DateField(_("date"))
    note = models.TextField(_("note"), blank=True)
    reference = models.CharField(
        _("reference"), max_length=120, blank=True, help_text=_("For example the note verbale that notified it.")
    )
    actor = models.ForeignKey(
        "core.User", verbose_name=_("recorded by"), on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("point-of-contact event")
        verbose_name_plural = _("point-of-contact events")
        ordering = ["-event_date", "-created_at"]

    def __str__(self) -> str:
        return "{kind} {date}".format(kind=self.get_kind_display(), date=self.event_date)
