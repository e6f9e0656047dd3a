"""Writes of national reporting: recording reports and the dialogue with States."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from r1540.core.models import User
from r1540.core.services import audited_save
from r1540.directory.models import State
from r1540.reporting.choices import ReportKind
from r1540.reporting.models import DialogueEntry, NationalReport


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
