"""The Committee's programme of work, its meetings and their documents, and its letters
(programme of work S/2020/120, paras 4–12 and Annex II)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.core.models import AuditedModel, BaseModel, DocumentFile
from r1540.programme import choices
from r1540.programme.querysets import LetterQuerySet, MeetingDocumentQuerySet, MeetingQuerySet

#: How long before a meeting every Council delegation must have its notice, and the meeting's
#: documents (para 4 asks for "early enough" and "before the meeting"; the figures are the
#: secretariat's own rule and can be changed in the settings).
NOTICE_DAYS = getattr(settings, "R1540_MEETING_NOTICE_DAYS", 7)
DOCUMENT_DAYS = getattr(settings, "R1540_MEETING_DOCUMENT_DAYS", 2)


class Programme(BaseModel):
    """A programme of work: its UN document symbol and the period it covers."""

    symbol = models.CharField(_("document symbol"), max_length=40, unique=True)
    title = models.CharField(_("title"), max_length=400)
    period_start_date = models.DateField(_("from"))
    period_end_date = models.DateField(_("until"))
    adopted_date = models.DateField(_("adopted"), null=True, blank=True)

    class Meta:
        verbose_name = _("programme of work")
        verbose_name_plural = _("programmes of work")
        ordering = ["-period_start_date"]

    def __str__(self) -> str:
        return self.symbol

    def get_absolute_url(self) -> str:
        return reverse("programme:programme", kwargs={"pk": self.pk})


class ProgrammeItem(AuditedModel):
    """A lettered action of the programme (e.g. 8 (b)): who owns it, when it is due, where it
    stands and the records that show it done."""

    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="items"
    )
    ref = models.CharField(_("paragraph"), max_length=12)
    paragraph = models.PositiveSmallIntegerField(_("paragraph number"))
    area = models.CharField(_("area"), max_length=24, choices=choices.Area.choices)
    working_group = models.CharField(
        _("working group"), max_length=16, choices=choices.WorkingGroup.choices, blank=True
    )
    text = models.TextField(_("action"))
    owner = models.CharField(_("owner"), max_length=200, blank=True)
    due_date = models.DateField(_("due"), null=True, blank=True)
    recurrence = models.CharField(_("recurrence"), max_length=10, choices=choices.Recurrence.choices, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=choices.ItemStatus.choices, default=choices.ItemStatus.PLANNED
    )
    evidence = models.TextField(
        _("evidence"), blank=True, help_text=_("Links or document symbols that show the work done, one per line.")
    )

    class Meta:
        verbose_name = _("programme item")
        verbose_name_plural = _("programme items")
        ordering = ["programme", "paragraph", "ref"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "ref"], name="%(app_label)s_%(class)s_one_per_ref"),
        ]

    def __str__(self) -> str:
        return "{} {}".format(self.programme.symbol, self.ref)

    def get_absolute_url(self) -> str:
        return reverse("programme:item", kwargs={"pk": self.pk})

    @property
    def overdue(self) -> bool:
        return (
            self.due_date is not None
            and self.status not in (choices.ItemStatus.DONE, choices.ItemStatus.DEFERRED)
            and self.due_date < timezone.localdate()
        )

    def evidence_lines(self) -> list[str]:
        return [line.strip() for line in self.evidence.splitlines() if line.strip()]


class ScheduleEntry(BaseModel):
    """An entry of the programme's month-by-month schedule (Annex II)."""

    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.CASCADE, related_name="schedule"
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    position = models.PositiveSmallIntegerField(_("position"))
    kind = models.CharField(_("kind"), max_length=12, choices=choices.EntryKind.choices)
    meeting_kind = models.CharField(_("meeting kind"), max_length=24, choices=choices.MeetingKind.choices, blank=True)
    text = models.TextField(_("activity"))
    items = models.ManyToManyField(
        ProgrammeItem, verbose_name=_("programme items"), blank=True, related_name="schedule"
    )
    letter_code = models.CharField(_("routine letter"), max_length=40, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)

    class Meta:
        verbose_name = _("schedule entry")
        verbose_name_plural = _("schedule entries")
        ordering = ["programme", "month", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "month", "position"], name="%(app_label)s_%(class)s_one_per_position"
            ),
        ]

    def __str__(self) -> str:
        return "{} {}.{}".format(self.programme.symbol, self.month.strftime("%Y-%m"), self.position)


class ReviewMilestone(BaseModel):
    """A milestone of a comprehensive review (paras 5–6; domain.md §8)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=400)
    source = models.CharField(_("source"), max_length=300, blank=True)
    confidence = models.CharField(_("confidence"), max_length=10, default="verified")

    class Meta:
        verbose_name = _("review milestone")
        verbose_name_plural = _("review milestones")
        ordering = ["date", "code"]

    def __str__(self) -> str:
        return self.title


class Meeting(AuditedModel):
    """A meeting of the Committee or of one of its working groups, a briefing or a consultation.
    Every Council delegation of the year is notified; documents go out before the meeting."""

    kind = models.CharField(_("kind"), max_length=24, choices=choices.MeetingKind.choices)
    title = models.CharField(_("title"), max_length=300)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    working_group = models.CharField(
        _("working group"), max_length=16, choices=choices.WorkingGroup.choices, blank=True
    )
    public = models.BooleanField(
        _("public"), default=False, help_text=_("Open meetings and briefings appear in the public calendar.")
    )
    notice_sent_at = models.DateTimeField(_("notice sent to delegations"), null=True, blank=True)
    agenda_items = models.ManyToManyField(
        ProgrammeItem, verbose_name=_("agenda (programme items)"), blank=True, related_name="meetings"
    )
    agenda = models.TextField(_("agenda"), blank=True)
    outcome = models.TextField(_("outcome"), blank=True)
    follow_up = models.TextField(_("follow-up actions"), blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_ends_after_start",
                condition=Q(ends_at__isnull=True) | Q(ends_at__gte=models.F("starts_at")),
                violation_error_message=_("A meeting cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("programme:meeting", kwargs={"pk": self.pk})

    @property
    def notice_deadline(self) -> datetime.datetime:
        return self.starts_at - datetime.timedelta(days=NOTICE_DAYS)

    @property
    def documents_deadline(self) -> datetime.datetime:
        return self.starts_at - datetime.timedelta(days=DOCUMENT_DAYS)

    @property
    def notice_late(self) -> bool:
        """Notified after the deadline, or not at all once the deadline has passed."""
        if self.notice_sent_at is None:
            return timezone.now() > self.notice_deadline
        return self.notice_sent_at > self.notice_deadline


class MeetingParticipant(AuditedModel):
    """Who was invited to a meeting and who came: a Council delegation, an expert, the
    secretariat, an invited State or organization, or a named person from outside."""

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="participants"
    )
    capacity = models.CharField(_("capacity"), max_length=16, choices=choices.Capacity.choices)
    state = models.ForeignKey(
        "directory.State", verbose_name=_("State"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    organization = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    person = models.ForeignKey(
        "directory.Person", verbose_name=_("person"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    name = models.CharField(_("name"), max_length=200, blank=True, help_text=_("For someone not in the directory."))
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=choices.Attendance.choices, default=choices.Attendance.INVITED
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("meeting participant")
        verbose_name_plural = _("meeting participants")
        ordering = ["capacity", "pk"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_someone",
                condition=Q(state__isnull=False)
                | Q(organization__isnull=False)
                | Q(person__isnull=False)
                | ~Q(name=""),
                violation_error_message=_("Name a State, an organization, a person or write a name."),
            ),
            models.UniqueConstraint(
                fields=["meeting", "state"],
                condition=Q(state__isnull=False, person__isnull=True),
                name="%(app_label)s_%(class)s_one_delegation",
                violation_error_message=_("This State is already on the list."),
            ),
        ]

    def __str__(self) -> str:
        parts = [str(part) for part in (self.person, self.name, self.state, self.organization) if part]
        return " — ".join(parts)

    def get_absolute_url(self) -> str:
        return "{}#participants".format(self.meeting.get_absolute_url())


class MeetingDocument(AuditedModel):
    """A meeting document: its symbol, whether it is restricted to delegations, when it was
    circulated, and a file per language."""

    meeting = models.ForeignKey(Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="documents")
    symbol = models.CharField(_("document symbol"), max_length=60, blank=True)
    title = models.CharField(_("title"), max_length=300)
    restricted = models.BooleanField(_("restricted"), default=True, help_text=_("Only Council delegations see it."))
    circulated_at = models.DateTimeField(_("circulated to delegations"), null=True, blank=True)

    objects = MeetingDocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting document")
        verbose_name_plural = _("meeting documents")
        ordering = ["meeting", "symbol", "pk"]

    def __str__(self) -> str:
        return self.symbol or self.title

    def get_absolute_url(self) -> str:
        return reverse("programme:document", kwargs={"pk": self.pk})

    @property
    def late(self) -> bool:
        """Circulated after the meeting's documents deadline, or still not circulated once it
        has passed."""
        deadline = self.meeting.documents_deadline
        if self.circulated_at is None:
            return timezone.now() > deadline
        return self.circulated_at > deadline


class MeetingDocumentFile(DocumentFile):
    document = models.ForeignKey(
        MeetingDocument, verbose_name=_("document"), on_delete=models.CASCADE, related_name="files"
    )

    class Meta:
        verbose_name = _("meeting document file")
        verbose_name_plural = _("meeting document files")
        ordering = ["document", "-original", "language"]
        constraints = [
            models.UniqueConstraint(fields=["document", "language"], name="%(app_label)s_%(class)s_one_per_language"),
            *DocumentFile.Meta.constraints,
        ]

    def __str__(self) -> str:
        return "{} [{}]".format(self.document, self.language)


class LetterTemplate(BaseModel):
    """A letter the secretariat sends again and again (the nine routine letters of Annex II, and
    any other it defines), with its text in each language it exists in."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    title = models.CharField(_("title"), max_length=300)
    audience = models.CharField(_("addressed to"), max_length=12, choices=choices.Audience.choices)
    area = models.CharField(_("area"), max_length=24, choices=choices.Area.choices)
    recipients = models.CharField(
        _("recipients"), max_length=40, blank=True, help_text=_("The query that picks the recipients.")
    )

    class Meta:
        verbose_name = _("letter template")
        verbose_name_plural = _("letter templates")
        ordering = ["area", "code"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("programme:letter_template", kwargs={"code": self.code})


class LetterText(BaseModel):
    """A template's subject and body in one language (Django template syntax)."""

    template = models.ForeignKey(
        LetterTemplate, verbose_name=_("template"), on_delete=models.CASCADE, related_name="texts"
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("body"))

    class Meta:
        verbose_name = _("letter text")
        verbose_name_plural = _("letter texts")
        ordering = ["template", "language"]
        constraints = [
            models.UniqueConstraint(fields=["template", "language"], name="%(app_label)s_%(class)s_one_per_language"),
        ]

    def __str__(self) -> str:
        return "{} [{}]".format(self.template.code, self.language)


class Letter(AuditedModel):
    """One letter to one State or organization, from a mail merge: sent, reply received,
    reminder due."""

    template = models.ForeignKey(
        LetterTemplate, verbose_name=_("template"), on_delete=models.PROTECT, related_name="letters"
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    state = models.ForeignKey(
        "directory.State",
        verbose_name=_("State"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="letters",
    )
    organization = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("organization"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="letters",
    )
    batch = models.CharField(_("mail merge"), max_length=40, db_index=True)
    symbol = models.CharField(_("reference"), max_length=60)
    letter_date = models.DateField(_("date of the letter"))
    deadline_date = models.DateField(_("reply requested by"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=choices.LetterStatus.choices, default=choices.LetterStatus.DRAFT
    )
    sent_date = models.DateField(_("sent"), null=True, blank=True)
    reply_date = models.DateField(_("reply received"), null=True, blank=True)
    reminder_date = models.DateField(_("remind on"), null=True, blank=True)
    content = models.TextField(_("text as sent"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("prepared by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = LetterQuerySet.as_manager()

    class Meta:
        verbose_name = _("letter")
        verbose_name_plural = _("letters")
        ordering = ["-letter_date", "pk"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_one_recipient",
                condition=Q(state__isnull=False, organization__isnull=True)
                | Q(state__isnull=True, organization__isnull=False),
                violation_error_message=_("A letter goes to one State or one organization."),
            ),
        ]

    def __str__(self) -> str:
        return "{} — {}".format(self.symbol, self.recipient)

    def get_absolute_url(self) -> str:
        return reverse("programme:letter", kwargs={"pk": self.pk})

    @property
    def recipient(self):
        return self.state or self.organization

    @property
    def reminder_due(self) -> bool:
        return (
            self.status == choices.LetterStatus.SENT
            and self.reminder_date is not None
            and self.reminder_date <= timezone.localdate()
        )


class WorkingGroupMember(AuditedModel):
    """A member of a working group in a year: a Council delegation, an expert or the secretariat.
    Coordinators are Committee offices (``directory.CommitteeOffice``)."""

    year = models.PositiveSmallIntegerField(_("year"))
    working_group = models.CharField(_("working group"), max_length=16, choices=choices.WorkingGroup.choices)
    role = models.CharField(_("role"), max_length=12, choices=choices.GroupRole.choices)
    state = models.ForeignKey(
        "directory.State", verbose_name=_("State"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    person = models.ForeignKey(
        "directory.Person", verbose_name=_("person"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("working-group member")
        verbose_name_plural = _("working-group members")
        ordering = ["year", "working_group", "role", "pk"]
        constraints = [
            models.CheckConstraint(
                name="%(app_label)s_%(class)s_someone",
                condition=Q(state__isnull=False) | Q(person__isnull=False),
                violation_error_message=_("Name a State or a person."),
            ),
            models.UniqueConstraint(
                fields=["year", "working_group", "state"],
                condition=Q(person__isnull=True),
                name="%(app_label)s_%(class)s_delegation_once",
                violation_error_message=_("Already a member of this group this year."),
            ),
            models.UniqueConstraint(
                fields=["year", "working_group", "person"],
                condition=Q(person__isnull=False),
                name="%(app_label)s_%(class)s_person_once",
                violation_error_message=_("Already a member of this group this year."),
            ),
        ]

    def __str__(self) -> str:
        return str(self.person or self.state)

    def get_absolute_url(self) -> str:
        return "{}?year={}#{}".format(reverse("programme:working_groups"), self.year, self.working_group)


class ReviewDecision(AuditedModel):
    """A decision of the Committee on a comprehensive review: its modalities, the format of the
    report, a postponement (paras 5–6; Annex II, March: "decide the format of the review's
    final report")."""

    review = models.PositiveSmallIntegerField(_("review"), help_text=_("1 for the first review (2009), and so on."))
    decided_date = models.DateField(_("decided on"))
    title = models.CharField(_("decision"), max_length=300)
    text = models.TextField(_("text"), blank=True)
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.SET_NULL, null=True, blank=True, related_name="decisions"
    )
    reference = models.CharField(_("document symbol"), max_length=60, blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("review decision")
        verbose_name_plural = _("review decisions")
        ordering = ["-decided_date", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("programme:review_decision", kwargs={"pk": self.pk})


class ReviewSection(AuditedModel):
    """A section of the draft review report. Its text cites figures by name — ``[[reports.first]]``
    — that are computed from the data when the section is read; the values seen when it was last
    saved are kept, so a drafter sees which figures have moved since."""

    review = models.PositiveSmallIntegerField(_("review"))
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(
        _("text"), help_text=_("Cite a figure by writing its name in double brackets, e.g. [[reports.first]].")
    )
    status = models.CharField(
        _("status"), max_length=12, choices=choices.SectionStatus.choices, default=choices.SectionStatus.DRAFT
    )
    owner = models.CharField(_("drafted by"), max_length=200, blank=True)
    cited_values = models.JSONField(_("figures when saved"), default=dict, blank=True, editable=False)
    is_demo = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("review report section")
        verbose_name_plural = _("review report sections")
        ordering = ["review", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["review", "position"],
                name="%(app_label)s_%(class)s_position",
                violation_error_message=_("Another section of this review has that position."),
            )
        ]

    def __str__(self) -> str:
        return "{}. {}".format(self.position, self.title)

    def get_absolute_url(self) -> str:
        return reverse("programme:review_section", kwargs={"pk": self.pk})
