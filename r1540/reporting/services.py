"""Writes of national reporting: recording reports and the dialogue with States."""

from __future__ import annotations

import datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from r1540.core.datafiles import DataFileInvalid
from r1540.core.models import User
from r1540.core.services import LoadReport, audited_bulk_create, audited_save, differs, upsert
from r1540.directory.models import State
from r1540.reporting import reference
from r1540.reporting.choices import ActionPlanStatus, ReportKind
from r1540.reporting.models import (
    ActionPlan,
    ActionPlanFollowUp,
    Adherence,
    ControlList,
    DialogueEntry,
    EffectivePractice,
    Instrument,
    NationalReport,
)


def _check_report(report: NationalReport) -> None:
    if report.submitted_date > timezone.localdate():
        raise ValidationError({"submitted_date": _("A report cannot be dated in the future.")})
    if report.received_date and report.received_date < report.submitted_date:
        raise ValidationError({"received_date": _("A report cannot be received before its date.")})
    first = NationalReport.objects.filter(state=report.state, kind=ReportKind.FIRST).exclude(pk=report.pk).first()
    if report.kind == ReportKind.FIRST and first is not None:
        raise ValidationError(
            {
                "kind": _("{state} already has a first report, dated {date}.").format(
                    state=report.state, date=first.submitted_date
                )
            }
        )
    if report.kind != ReportKind.FIRST and (first is None or first.submitted_date > report.submitted_date):
        raise ValidationError(
            {"kind": _("Additional information follows a first report; record the first report first.")}
        )


@transaction.atomic
def national_report_save(
    *, report: NationalReport, actor: User | None, reason: str, expected_version: int | None = None
) -> NationalReport:
    """Record a new report or correct one, with the reason kept in its history."""
    _check_report(report)
    return audited_save(obj=report, actor=actor, reason=reason, expected_version=expected_version)


@transaction.atomic
def dialogue_record(
    *,
    state: State,
    date: datetime.date,
    kind: str,
    summary: str,
    symbol: str = "",
    actor: User | None,
    is_demo: bool = False,
) -> DialogueEntry:
    """Note a contact with a State about its reporting."""
    if date > timezone.localdate():
        raise ValidationError({"date": _("A contact cannot be dated in the future.")})
    entry = DialogueEntry(
        state=state, date=date, kind=kind, summary=summary, symbol=symbol, recorded_by=actor, is_demo=is_demo
    )
    return audited_save(obj=entry, actor=actor, reason=_("Contact recorded"), reason_required=False)


ADHERENCE_FIELDS = (
    "status",
    "signature_date",
    "consent_date",
    "consent_kind",
    "entry_into_force_date",
    "confidence",
    "source",
)


@transaction.atomic
def instruments_load(*, data_dir: Path = reference.DATA_DIR, actor: User | None = None) -> LoadReport:
    """Load or update the instruments and every Member State's adherence from the reference
    files. Nothing is written if any row is bad; a changed row keeps its history."""
    states = dict(State.objects.values_list("iso3", "pk"))
    data = reference.read_treaty_data(set(states), data_dir)
    if data.errors:
        raise DataFileInvalid(data.errors)
    report = LoadReport()
    reason = _("Loaded from the treaty reference files")
    instruments = {}
    for record in data.instruments:
        values = dict(record)
        code = values.pop("code")
        instruments[code], created = upsert(Instrument, {"code": code}, values, actor=actor, reason=reason)
        report.count("instruments", created)
    existing = {(row.state_id, row.instrument_id): row for row in Adherence.objects.all()}
    new = []
    for record in data.adherence:
        key = (states[record["state"]], instruments[record["instrument"]].pk)
        values = {name: record[name] for name in ADHERENCE_FIELDS}
        row = existing.get(key)
        if row is None:
            new.append(Adherence(state_id=key[0], instrument_id=key[1], **values))
        elif differs(row, values):
            for name, value in values.items():
                setattr(row, name, value)
            audited_save(obj=row, actor=actor, reason=reason)
            report.count("adherence", False)
    audited_bulk_create(model=Adherence, objs=new, actor=actor, reason=reason)
    for _row in new:
        report.count("adherence", True)
    return report


def _check_dates(obj, *names: str) -> None:
    today = timezone.localdate()
    for name in names:
        value = getattr(obj, name)
        if value and value > today:
            raise ValidationError({name: _("This date is in the future.")})


@transaction.atomic
def adherence_save(
    *, adherence: Adherence, actor: User | None, reason: str, expected_version: int | None = None
) -> Adherence:
    """Correct a State's standing with an instrument, with the reason kept in its history."""
    _check_dates(adherence, "signature_date", "consent_date")
    return audited_save(obj=adherence, actor=actor, reason=reason, expected_version=expected_version)


@transaction.atomic
def action_plan_save(
    *, plan: ActionPlan, actor: User | None, reason: str, expected_version: int | None = None
) -> ActionPlan:
    """Record a plan a State shared, or correct one; a new plan takes the State's next revision."""
    _check_dates(plan, "adopted_date", "shared_date")
    if plan.pk is None:
        latest = ActionPlan.objects.filter(state=plan.state).order_by("-revision").first()
        if latest is not None and plan.previous_id is None:
            raise ValidationError(
                {
                    "state": _("{state} already has an action plan; record the new one as its next revision.").format(
                        state=plan.state
                    )
                }
            )
        plan.revision = latest.revision + 1 if latest is not None else 1
    return audited_save(obj=plan, actor=actor, reason=reason, expected_version=expected_version)


@transaction.atomic
def action_plan_revise(*, plan: ActionPlan, actor: User | None, reason: str) -> ActionPlan:
    """The State has shared a new version of its plan: the earlier one is kept, superseded, and
    the new revision starts from its details; its files are added as they arrive."""
    if plan.status == ActionPlanStatus.SUPERSEDED or hasattr(plan, "next_revision"):
        raise ValidationError(_("This revision is already superseded; revise the latest one."))
    new = ActionPlan(
        state=plan.state,
        previous=plan,
        title=plan.title,
        language=plan.language,
        status=ActionPlanStatus.SHARED,
        shared_date=timezone.localdate(),
        period_start_date=plan.period_start_date,
        period_end_date=plan.period_end_date,
        areas=plan.areas,
        summary=plan.summary,
        published=False,
        is_demo=plan.is_demo,
    )
    new = action_plan_save(plan=new, actor=actor, reason=reason)
    plan.status = ActionPlanStatus.SUPERSEDED
    audited_save(obj=plan, actor=actor, reason=reason)
    return new


@transaction.atomic
def follow_up_record(
    *,
    plan: ActionPlan,
    kind: str,
    summary: str,
    due_date: datetime.date | None = None,
    done_date: datetime.date | None = None,
    actor: User | None,
) -> ActionPlanFollowUp:
    """Note a step taken, or one due, on a State's plan."""
    follow_up = ActionPlanFollowUp(plan=plan, kind=kind, summary=summary, due_date=due_date, done_date=done_date)
    _check_dates(follow_up, "done_date")
    return audited_save(obj=follow_up, actor=actor, reason=_("Follow-up recorded"), reason_required=False)


@transaction.atomic
def follow_up_complete(*, follow_up: ActionPlanFollowUp, actor: User | None, on: datetime.date | None = None):
    follow_up.done_date = on or timezone.localdate()
    _check_dates(follow_up, "done_date")
    return audited_save(obj=follow_up, actor=actor, reason=_("Follow-up done"), reason_required=False)


@transaction.atomic
def effective_practice_save(
    *, practice: EffectivePractice, actor: User | None, reason: str, expected_version: int | None = None
) -> EffectivePractice:
    """Record a practice; consent is dated when given, and withdrawing it unpublishes."""
    _check_dates(practice, "shared_date", "consent_date")
    if practice.consent_to_publish and practice.consent_date is None:
        practice.consent_date = timezone.localdate()
    if not practice.consent_to_publish:
        if practice.published:
            raise ValidationError(
                {"published": _("The contributor has not agreed to publication; record its consent first.")}
            )
        practice.consent_date = None
    return audited_save(obj=practice, actor=actor, reason=reason, expected_version=expected_version)


@transaction.atomic
def control_list_save(
    *, control_list: ControlList, actor: User | None, reason: str, expected_version: int | None = None
) -> ControlList:
    _check_dates(control_list, "adopted_date", "updated_date")
    return audited_save(obj=control_list, actor=actor, reason=reason, expected_version=expected_version)
