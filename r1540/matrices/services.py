"""Writes of the matrices: loading templates, making versions, setting fields, and the steps of
the review cycle. A version's fields change only while it is a draft."""

from __future__ import annotations

import datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from r1540.core.datafiles import DataFileInvalid
from r1540.core.models import User
from r1540.core.permissions import require_acts_for
from r1540.core.services import (
    ConcurrentEditError,
    LoadReport,
    audited_bulk_create,
    audited_delete,
    audited_save,
    audited_update,
    differs,
    require_reason,
    upsert,
)
from r1540.directory.models import State
from r1540.matrices import layouts
from r1540.matrices.choices import Stage
from r1540.matrices.diffing import Cell
from r1540.matrices.models import (
    FieldResponse,
    MatrixEntry,
    MatrixEvent,
    MatrixRow,
    MatrixSection,
    MatrixTemplate,
    MatrixVersion,
)
from r1540.matrices.workbook import Proposal


class VersionFrozen(ValidationError):
    """The version has left the draft stage; corrections make a new version."""

    def __init__(self, version: MatrixVersion):
        super().__init__(
            _("Version {number} is {stage}: it can no longer change. Make a new version to correct it.").format(
                number=version.number, stage=version.get_stage_display().lower()
            ),
            code="frozen",
        )


@transaction.atomic
def matrix_templates_load(*, data_dir: Path = layouts.DATA_DIR, actor: User | None = None) -> LoadReport:
    """Load or update every template from its files; nothing is written if any row is bad."""
    data = layouts.read_layouts(data_dir)
    if data.errors:
        raise DataFileInvalid(data.errors)
    report = LoadReport()
    reason = _("Loaded from the template files")
    for layout in data.templates:
        values = dict(layout.template)
        code = values.pop("code")
        template, created = upsert(MatrixTemplate, {"code": code}, values, actor=actor, reason=reason)
        report.count("templates", created)
        sections = {}
        for record in layout.sections:
            values = dict(record)
            section_code = values.pop("code")
            sections[section_code], created = _plain_upsert(
                MatrixSection, {"template": template, "code": section_code}, values
            )
            report.count("sections", created)
        for record in layout.rows:
            values = dict(record)
            row_code = values.pop("code")
            values["section"] = sections[values["section"]]
            _row, created = _plain_upsert(MatrixRow, {"template": template, "code": row_code}, values)
            report.count("rows", created)
    return report


def _plain_upsert(model, lookup: dict, values: dict):
    """Template structure keeps no per-row history (the template's own history does)."""
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        return model._default_manager.create(**lookup, **values), True
    if not differs(obj, values):
        return obj, None
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()
    return obj, False


def _record(version: MatrixVersion, *, actor: User | None, reason: str) -> None:
    MatrixEvent.objects.create(version=version, stage=version.stage, actor=actor, at=timezone.now(), reason=reason)


@transaction.atomic
def matrix_version_create(
    *,
    state: State,
    template: MatrixTemplate,
    actor: User | None,
    reason: str,
    based_on: MatrixVersion | None = None,
    is_demo: bool = False,
) -> MatrixVersion:
    """Open a new draft for ``state``, copying the fields of ``based_on`` (matched by row code
    when the template differs). A State has at most one draft at a time."""
    reason = require_reason(reason)
    if MatrixVersion.objects.filter(state=state, stage=Stage.DRAFT).exists():
        raise ValidationError(_("{state} already has a draft matrix; finish or withdraw it first.").format(state=state))
    if based_on is not None and based_on.state_id != state.pk:
        raise ValidationError(_("A version can only be based on a version of the same State."))
    number = (MatrixVersion.objects.filter(state=state).aggregate(last=Max("number"))["last"] or 0) + 1
    version = MatrixVersion(state=state, template=template, number=number, based_on=based_on, is_demo=is_demo)
    audited_save(obj=version, actor=actor, reason=reason)
    if based_on is not None:
        rows = {row.code: row for row in template.rows.all()}
        copies = []
        for entry in based_on.entries.select_related("row"):
            row = rows.get(entry.row.code)
            if row is None or (entry.weapon, entry.column) not in row.cells():
                continue
            cell = {name: getattr(entry, name) for name in Cell.attributes()}
            copies.append(MatrixEntry(version=version, row=row, weapon=entry.weapon, column=entry.column, **cell))
        audited_bulk_create(model=MatrixEntry, objs=copies, actor=actor, reason=reason)
    _record(version, actor=actor, reason=reason)
    return version


@transaction.atomic
def matrix_entry_set(
    *,
    version: MatrixVersion,
    row: MatrixRow,
    weapon: str,
    column: str,
    cell: Cell,
    actor: User | None,
    reason: str,
    expected_version: int | None = None,
) -> MatrixEntry | None:
    """Set one field of a draft. A field set back to blank with nothing to say is removed."""
    version = MatrixVersion.objects.select_for_update().get(pk=version.pk)
    if version.is_frozen:
        raise VersionFrozen(version)
    if row.template_id != version.template_id:
        raise ValidationError(_("The row belongs to another template."))
    if (weapon, column) not in row.cells():
        raise ValidationError(
            _("Row {row} has no field for {weapon} {column}.").format(row=row.code, weapon=weapon, column=column)
        )
    entry = MatrixEntry.objects.filter(version=version, row=row, weapon=weapon, column=column).first()
    _check_version(entry, expected_version)
    if cell.is_empty and cell.publishable:
        if entry is not None:
            audited_delete(obj=entry, actor=actor, reason=reason)
        return None
    if entry is None:
        entry = MatrixEntry(version=version, row=row, weapon=weapon, column=column)
    for name in Cell.attributes():
        setattr(entry, name, getattr(cell, name))
    return audited_save(obj=entry, actor=actor, reason=reason, expected_version=expected_version)


def _check_version(obj, expected_version: int | None) -> None:
    """Refuse an edit of a field based on another version of it than the one stored (0: none was)."""
    current = obj.lock_version if obj is not None else 0
    if expected_version is not None and expected_version != current:
        raise ConcurrentEditError()


def _move(version: MatrixVersion, *, allowed_from: list[str], to: str, actor: User | None, reason: str, **values):
    version = MatrixVersion.objects.select_for_update().get(pk=version.pk)
    if version.stage not in allowed_from:
        raise ValidationError(
            _("A version that is {stage} cannot become {target}.").format(
                stage=version.get_stage_display().lower(), target=Stage(to).label.lower()
            ),
            code="stage",
        )
    version.stage = to
    for name, value in values.items():
        setattr(version, name, value)
    audited_save(obj=version, actor=actor, reason=reason)
    _record(version, actor=actor, reason=reason)
    return version


@transaction.atomic
def matrix_version_send(
    *, version: MatrixVersion, comment_deadline_date: datetime.date, actor: User | None, reason: str
) -> MatrixVersion:
    """Send a draft to the State for its comments, with the date they are due."""
    today = timezone.localdate()
    if comment_deadline_date < today:
        raise ValidationError({"comment_deadline_date": _("The deadline cannot be in the past.")})
    return _move(
        version,
        allowed_from=[Stage.DRAFT],
        to=Stage.SENT,
        actor=actor,
        reason=reason,
        sent_date=today,
        comment_deadline_date=comment_deadline_date,
    )


@transaction.atomic
def matrix_version_return(*, version: MatrixVersion, actor: User | None, reason: str) -> MatrixVersion:
    """The State has finished commenting and returns the version to the Committee (its POC, or
    the experts and the secretariat for it)."""
    require_acts_for(actor, state=version.state_id)
    return _move(
        version,
        allowed_from=[Stage.SENT],
        to=Stage.RETURNED,
        actor=actor,
        reason=reason,
        returned_date=timezone.localdate(),
    )


@transaction.atomic
def matrix_version_approve(
    *, version: MatrixVersion, approved_date: datetime.date, meeting: str, actor: User | None, reason: str
) -> MatrixVersion:
    """The Committee approves the version (at a meeting, on a date)."""
    return _move(
        version,
        allowed_from=[Stage.DRAFT, Stage.SENT, Stage.RETURNED],
        to=Stage.APPROVED,
        actor=actor,
        reason=reason,
        approved_date=approved_date,
        approval_meeting=meeting,
    )


@transaction.atomic
def matrix_version_publish(*, version: MatrixVersion, actor: User | None, reason: str) -> MatrixVersion:
    """Publish an approved version; the State's previously published version is superseded."""
    for previous in MatrixVersion.objects.filter(state=version.state, stage=Stage.PUBLISHED).exclude(pk=version.pk):
        _move(previous, allowed_from=[Stage.PUBLISHED], to=Stage.SUPERSEDED, actor=actor, reason=reason)
    return _move(
        version,
        allowed_from=[Stage.APPROVED],
        to=Stage.PUBLISHED,
        actor=actor,
        reason=reason,
        published_date=timezone.localdate(),
    )


@transaction.atomic
def matrix_responses_save(
    *, version: MatrixVersion, proposals: list[Proposal], actor: User | None, reason: str
) -> list[FieldResponse]:
    """Record a State's answers for fields of a version sent to it (online or from its
    workbook). All are written, or none. Only the State's POC answers for it (or the experts and
    the secretariat, for answers that came by note verbale)."""
    require_acts_for(actor, state=version.state_id)
    version = MatrixVersion.objects.select_for_update().get(pk=version.pk)
    if version.stage != Stage.SENT:
        raise ValidationError(_("Answers are taken while the version is with the State for comments."))
    rows = {row.code: row for row in version.template.rows.all()}
    saved = []
    for proposal in proposals:
        code, weapon, column = proposal.key
        row = rows.get(code)
        if row is None or (weapon, column) not in row.cells():
            raise ValidationError(_("Row {row} has no such field.").format(row=code))
        response = FieldResponse.objects.filter(version=version, row=row, weapon=weapon, column=column).first()
        _check_version(response, proposal.expected_version)
        response = response or FieldResponse(version=version, row=row, weapon=weapon, column=column)
        response.kind = proposal.kind
        response.comment = proposal.comment
        response.publishable = proposal.publishable
        response.proposed = cell_json(proposal.proposed) if proposal.proposed else {}
        response.author = actor
        saved.append(audited_save(obj=response, actor=actor, reason=reason))
    return saved


def cell_json(cell: Cell) -> dict:
    data = {name: getattr(cell, name) for name in Cell.attributes()}
    data["in_force_date"] = cell.in_force_date.isoformat() if cell.in_force_date else None
    return data


@transaction.atomic
def matrix_version_revise(*, version: MatrixVersion, actor: User | None, reason: str) -> MatrixVersion:
    """The experts' next draft after the State's answers: the fields of ``version``, each with
    the State's choice of whether it may be published. Proposed contents stay as answers for
    the experts to weigh; they are not copied in blindly."""
    if version.stage not in (Stage.SENT, Stage.RETURNED, Stage.APPROVED, Stage.PUBLISHED):
        raise ValidationError(_("Only a version that has been sent to the State can be revised."))
    draft = matrix_version_create(
        state=version.state, template=version.template, based_on=version, actor=actor, reason=reason
    )
    for response in version.responses.select_related("row"):
        entries = draft.entries.filter(row__code=response.row.code, weapon=response.weapon, column=response.column)
        audited_update(queryset=entries, actor=actor, reason=reason, publishable=response.publishable)
    return draft
