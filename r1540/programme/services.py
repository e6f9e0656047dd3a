"""Writes of the programme of work: loading the programme and the letter templates, recording
meetings, notifying delegations, circulating documents, and the letters' mail merge."""

from __future__ import annotations

import datetime
import uuid
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from r1540.core.datafiles import DataFileInvalid
from r1540.core.models import User
from r1540.core.services import LoadReport, audited_delete, audited_save, upsert
from r1540.programme import citations, figures, letters, reference
from r1540.programme.models import (
    Letter,
    LetterTemplate,
    LetterText,
    Meeting,
    MeetingDocument,
    MeetingDocumentFile,
    MeetingParticipant,
    Programme,
    ProgrammeItem,
    ReviewDecision,
    ReviewMilestone,
    ReviewSection,
    ScheduleEntry,
    WorkingGroupMember,
)


def _plain(model, lookup: dict, values: dict) -> tuple[object, bool | None]:
    obj, created = model.objects.get_or_create(**lookup, defaults=values)
    if created:
        return obj, True
    if all(getattr(obj, name) == value for name, value in values.items()):
        return obj, None
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()
    return obj, False


@transaction.atomic
def programme_load(*, data_dir: Path = reference.DATA_DIR, actor: User | None = None) -> LoadReport:
    """Load the programme of work, its items, its schedule and the review milestones from the
    files; nothing is written if any row is bad. The status, owner and evidence the secretariat
    records on an item are kept."""
    data = reference.read_programme(data_dir)
    if data.errors:
        raise DataFileInvalid(data.errors)
    report = LoadReport()
    values = dict(data.programme)
    programme, created = _plain(Programme, {"symbol": values.pop("symbol")}, values)
    report.count("programmes", created)
    items = {}
    for record in data.items:
        values = dict(record)
        ref = values.pop("ref")
        items[ref], created = upsert(
            ProgrammeItem,
            {"programme": programme, "ref": ref},
            values,
            actor=actor,
            reason=_("Loaded from the programme files"),
        )
        report.count("items", created)
    for record in data.schedule:
        values = dict(record)
        refs = values.pop("item_refs")
        entry, created = _plain(
            ScheduleEntry,
            {"programme": programme, "month": values.pop("month"), "position": values.pop("position")},
            values,
        )
        entry.items.set([items[ref] for ref in refs])
        report.count("schedule entries", created)
    for record in data.milestones:
        values = dict(record)
        _milestone, created = _plain(ReviewMilestone, {"code": values.pop("code")}, values)
        report.count("review milestones", created)
    for record in data.decisions:
        values = dict(record)
        lookup = {"review": values.pop("review"), "decided_date": values.pop("decided_date"), "is_demo": False}
        _decision, created = upsert(
            ReviewDecision, lookup, values, actor=actor, reason=_("Loaded from the programme files")
        )
        report.count("review decisions", created)
    return report


@transaction.atomic
def letter_templates_load(*, letters_dir: Path = reference.LETTERS_DIR) -> LoadReport:
    """Load the routine letters from their files; each text must render with the merge's data."""
    data = reference.read_letters(letters_dir)
    if data.errors:
        raise DataFileInvalid(data.errors)
    report = LoadReport()
    for record in data.templates:
        values = dict(record)
        texts = values.pop("texts")
        template, created = _plain(LetterTemplate, {"code": values.pop("code")}, values)
        report.count("letter templates", created)
        for language, text in texts.items():
            letters.check_template(text["body"])
            _text, created = _plain(LetterText, {"template": template, "language": language}, text)
            report.count("letter texts", created)
    return report


@transaction.atomic
def item_save(*, item: ProgrammeItem, actor: User | None, reason: str, expected_version: int | None = None):
    """Record where a programme item stands, who owns it and what shows it done."""
    return audited_save(obj=item, actor=actor, reason=reason, expected_version=expected_version)


@transaction.atomic
def meeting_save(
    *,
    meeting: Meeting,
    actor: User | None,
    reason: str = "",
    expected_version: int | None = None,
    many_to_many: dict | None = None,
) -> Meeting:
    """Schedule a meeting or change it, with its agenda's programme items."""
    return audited_save(
        obj=meeting,
        actor=actor,
        reason=reason,
        created_reason=_("Meeting scheduled"),
        expected_version=expected_version,
        many_to_many=many_to_many,
    )


@transaction.atomic
def meeting_notify(*, meeting: Meeting, actor: User | None) -> int:
    """Send the meeting's notice to every delegation of this year's Council members; returns how
    many were written to. The time is recorded and checked against the notice period."""
    from r1540.core.models import User as Account
    from r1540.core.roles import Role
    from r1540.core.tasks import send_email

    year = meeting.starts_at.year
    recipients = list(
        Account.objects.filter(role=Role.DELEGATION, council_seat__year=year, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    meeting.notice_sent_at = timezone.now()
    audited_save(obj=meeting, actor=actor, reason=_("Notice sent to the Council delegations"))
    subject = _("1540 Committee: {title}, {date}").format(
        title=meeting.title, date=timezone.localtime(meeting.starts_at).strftime("%Y-%m-%d %H:%M")
    )
    body = "{}\n{}\n\n{}".format(meeting.get_kind_display(), meeting.place, meeting.agenda)
    for address in recipients:
        transaction.on_commit(lambda address=address: send_email.enqueue(subject=subject, body=body, to=[address]))
    return len(recipients)


@transaction.atomic
def document_save(
    *, document: MeetingDocument, actor: User | None, reason: str = "", expected_version: int | None = None
) -> MeetingDocument:
    return audited_save(
        obj=document,
        actor=actor,
        reason=reason,
        created_reason=_("Document attached"),
        expected_version=expected_version,
    )


@transaction.atomic
def document_attach(*, document: MeetingDocument, language: str, file, actor: User | None) -> MeetingDocument:
    """Attach a new document to its meeting with its first (original-language) file: both are
    written, or neither."""
    document = document_save(document=document, actor=actor)
    MeetingDocumentFile.objects.create(document=document, language=language, original=True, file=file)
    return document


@transaction.atomic
def document_circulate(*, document: MeetingDocument, actor: User | None, at: datetime.datetime | None = None):
    """Circulate a document to the delegations, now (or at ``at``, when recording the past)."""
    if document.circulated_at is not None:
        raise ValidationError(_("This document was circulated already."))
    if not document.files.exists():
        raise ValidationError(_("Attach the document in at least one language before circulating it."))
    document.circulated_at = at or timezone.now()
    return audited_save(obj=document, actor=actor, reason=_("Circulated to the Council delegations"))


@transaction.atomic
def mail_merge(
    *,
    template: LetterTemplate,
    language: str,
    recipients,
    letter_date: datetime.date,
    deadline_date: datetime.date | None,
    actor: User | None,
) -> list[Letter]:
    """One letter per recipient, in ``language``, with its data filled in; kept as prepared,
    each with its own reference, so that sending, replies and reminders can be tracked."""
    text = template.texts.filter(language=language).first()
    if text is None:
        raise ValidationError({"language": _("This letter has no text in that language yet.")})
    batch = uuid.uuid4().hex[:12]
    created = []
    with translation.override(language):
        for number, recipient in enumerate(recipients, start=1):
            symbol = "SCA/1540/{}/{}({:03d})".format(letter_date.strftime("%y"), template.code, number)
            context = letters.context_for(recipient, symbol=symbol, letter_date=letter_date, deadline=deadline_date)
            letter = Letter(
                template=template,
                language=language,
                state=recipient if template.audience == "state" else None,
                organization=recipient if template.audience == "organization" else None,
                batch=batch,
                symbol=symbol,
                letter_date=letter_date,
                deadline_date=deadline_date,
                reminder_date=deadline_date + datetime.timedelta(days=14) if deadline_date else None,
                content=letters.render(text.subject, text.body, context),
                created_by=actor,
            )
            created.append(
                audited_save(obj=letter, actor=actor, reason=_("Prepared by mail merge"), reason_required=False)
            )
    return created


@transaction.atomic
def letter_mark(*, letter: Letter, status: str, on: datetime.date, actor: User | None) -> Letter:
    """Record that a letter went out, or that its reply came in."""
    if status == "sent":
        letter.status, letter.sent_date = "sent", on
    elif status == "replied":
        if letter.status != "sent":
            raise ValidationError(_("A reply can be recorded only for a letter that was sent."))
        letter.status, letter.reply_date = "replied", on
    else:
        raise ValidationError({"status": _("Unknown step.")})
    return audited_save(obj=letter, actor=actor, reason=letter.get_status_display())


@transaction.atomic
def participant_add(*, participant: MeetingParticipant, actor: User | None) -> MeetingParticipant:
    return audited_save(obj=participant, actor=actor, reason=_("Added to the participants"), reason_required=False)


@transaction.atomic
def participants_invite_council(*, meeting: Meeting, actor: User | None) -> int:
    """Put every Council member of the meeting's year on the list as a delegation; returns how
    many were added (those already there are left as they are)."""
    from r1540.directory.selectors import council_for_year

    listed = set(meeting.participants.filter(person__isnull=True).values_list("state_id", flat=True))
    added = 0
    for membership in council_for_year(meeting.starts_at.year):
        if membership.state_id in listed:
            continue
        participant_add(
            participant=MeetingParticipant(meeting=meeting, capacity="delegation", state_id=membership.state_id),
            actor=actor,
        )
        added += 1
    return added


@transaction.atomic
def participant_mark(*, participant: MeetingParticipant, attendance: str, actor: User | None) -> MeetingParticipant:
    participant.attendance = attendance
    return audited_save(obj=participant, actor=actor, reason=participant.get_attendance_display())


@transaction.atomic
def participant_remove(*, participant: MeetingParticipant, actor: User | None) -> None:
    audited_delete(obj=participant, actor=actor, reason=_("Removed from the participants"))


@transaction.atomic
def member_add(*, member: WorkingGroupMember, actor: User | None) -> WorkingGroupMember:
    return audited_save(obj=member, actor=actor, reason=_("Joined the working group"), reason_required=False)


@transaction.atomic
def member_remove(*, member: WorkingGroupMember, actor: User | None) -> None:
    audited_delete(obj=member, actor=actor, reason=_("Left the working group"))


@transaction.atomic
def section_save(
    *, section: ReviewSection, actor: User | None, reason: str = "", expected_version: int | None = None
) -> ReviewSection:
    """Save a section of the draft review; every figure it cites must exist, and the values the
    drafter saw are kept with it."""
    missing = citations.unknown(section.body, figures.FIGURES)
    if missing:
        raise ValidationError(
            {"body": _("No figure is called {names}.").format(names=", ".join("[[{}]]".format(n) for n in missing))}
        )
    section.cited_values = figures.values(citations.cited(section.body))
    return audited_save(
        obj=section,
        actor=actor,
        reason=reason,
        created_reason=_("Section drafted"),
        expected_version=expected_version,
    )


@transaction.atomic
def decision_save(
    *, decision: ReviewDecision, actor: User | None, reason: str = "", expected_version: int | None = None
) -> ReviewDecision:
    """Record a decision of the Committee on a review, or correct one."""
    return audited_save(
        obj=decision,
        actor=actor,
        reason=reason,
        created_reason=_("Decision recorded"),
        expected_version=expected_version,
    )


@transaction.atomic
def calendar_feed_revoke(*, user: User) -> None:
    """Give the user a new private calendar address; the old one stops working."""
    from r1540.core.accounts import new_calendar_feed_key

    user.calendar_feed_key = new_calendar_feed_key()
    user.save(update_fields=["calendar_feed_key"])
