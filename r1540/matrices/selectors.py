"""Reads of the matrices that more than one interface needs."""

from __future__ import annotations

from django.db.models import Avg, Count, F, Max
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext as _

from r1540.core.permissions import policy_for
from r1540.matrices import choices, consistency, diffing, workbook
from r1540.matrices.models import MatrixEntry, MatrixRow, MatrixVersion
from r1540.reporting import selectors as reporting_selectors


def version_cells(version: MatrixVersion, user=None) -> dict[diffing.CellKey, diffing.Cell]:
    """The fields of ``version`` that ``user`` may see, keyed for ``diffing``."""
    entries = MatrixEntry.objects.filter(version=version)
    if user is not None:
        entries = policy_for(MatrixEntry).visible(user, entries)
    values = entries.values("row__code", "weapon", "column", *diffing.Cell.attributes())
    return {(item["row__code"], item["weapon"], item["column"]): diffing.Cell.from_mapping(item) for item in values}


def template_order(*versions: MatrixVersion) -> list[diffing.CellKey]:
    """Every cell of the versions' templates, in reading order."""
    keys: list[diffing.CellKey] = []
    seen = set()
    rows = MatrixRow.objects.filter(template__in={version.template_id for version in versions}).select_related(
        "section"
    )
    for row in sorted(rows, key=lambda row: (row.template_id, row.section.order, row.order)):
        for weapon, column in row.cells():
            key = (row.code, weapon, column)
            if key not in seen:
                seen.add(key)
                keys.append(key)
    return keys


def withheld_keys(version: MatrixVersion, user=None) -> set[diffing.CellKey]:
    """The fields ``version`` records that ``user`` may not see (those its State did not agree to
    publish, for the public)."""
    if user is None:
        return set()
    entries = MatrixEntry.objects.filter(version=version)
    hidden = entries.exclude(pk__in=policy_for(MatrixEntry).visible(user, entries).values("pk"))
    return set(hidden.values_list("row__code", "weapon", "column"))


def version_diff(old: MatrixVersion, new: MatrixVersion, user=None) -> list[diffing.CellChange]:
    """What changed between the versions for ``user``: a field withheld from the user in either
    version is not in the diff at all (not shown as removed, added or changed)."""
    return diffing.diff(
        version_cells(old, user),
        version_cells(new, user),
        template_order(old, new),
        withheld=withheld_keys(old, user) | withheld_keys(new, user),
    )


def rows_by_code(*versions: MatrixVersion) -> dict[str, MatrixRow]:
    rows = MatrixRow.objects.filter(template__in={version.template_id for version in versions}).select_related(
        "section"
    )
    return {row.code: row for row in rows}


def entry_version(version: MatrixVersion, row: MatrixRow, weapon: str, column: str) -> int:
    """The version of one field's entry (0 while the field has none), for an edit to start from."""
    found = MatrixEntry.objects.filter(version=version, row=row, weapon=weapon, column=column)
    return found.values_list("lock_version", flat=True).first() or 0


def version_sheet(version: MatrixVersion, user) -> list[dict]:
    """The version laid out as the matrix is read: per section, its column heads and per row
    the cells in that order (``None`` where the row has no such field)."""
    cells = version_cells(version, user)
    sections = []
    for section in version.template.sections.prefetch_related("rows"):
        rows = list(section.rows.all())
        heads = []
        for row in rows:
            for pair in row.cells():
                if pair not in heads:
                    heads.append(pair)
        heads.sort(key=lambda pair: (WEAPON_ORDER.get(pair[0], 9), COLUMN_ORDER.get(pair[1], 9)))
        sections.append(
            {
                "section": section,
                "heads": heads,
                "rows": [
                    {
                        "row": row,
                        "cells": [
                            {"weapon": pair[0], "column": pair[1], "cell": cells.get((row.code, *pair), diffing.EMPTY)}
                            if pair in row.cells()
                            else None
                            for pair in heads
                        ],
                    }
                    for row in rows
                ],
            }
        )
    return sections


WEAPON_ORDER = {"": 0, "nuclear": 1, "chemical": 2, "biological": 3, "delivery": 4}
COLUMN_ORDER = {"": 0, "legal_framework": 1, "enforcement": 2}


def version_fields(version: MatrixVersion, user=None) -> dict[diffing.CellKey, diffing.Cell]:
    """Every field of the version's template, blank where the version says nothing."""
    cells = version_cells(version, user)
    return {key: cells.get(key, diffing.EMPTY) for key in template_order(version)}


def workbook_lines(version: MatrixVersion, user) -> list[workbook.Line]:
    fields = version_fields(version, user)
    rows = rows_by_code(version)
    responses = {
        (response.row.code, response.weapon, response.column): response
        for response in version.responses.select_related("row")
    }
    lines = []
    for key, cell in fields.items():
        row = rows[key[0]]
        label = " — ".join(
            part
            for part in (
                row.title,
                str(choices.Weapon(key[1]).label) if key[1] else "",
                str(choices.LegalColumn(key[2]).label) if key[2] else "",
            )
            if part
        )
        response = responses.get(key)
        lines.append(
            workbook.Line(
                key=key,
                title=label,
                cell=cell,
                response=response.kind if response else "",
                comment=response.comment if response else "",
            )
        )
    return lines


def workbook_headers() -> list[str]:
    labels = {
        field.name: str(field.verbose_name)
        for field in MatrixEntry._meta.get_fields()
        if hasattr(field, "verbose_name")
    }
    extra = {"title": str(_("field")), "response": str(_("response")), "comment": str(_("comment"))}
    return [str({**labels, **extra}.get(name, name)).capitalize() for name in workbook.COLUMNS]


def trends(*, versions=None, publishable_only: bool = True) -> dict:
    """Fields with measures (X) in the published matrices, counted by the database: by section,
    row, weapon, State, regional group and year of approval, and the distribution of States by how
    many fields with measures their matrix has (the Committee compares such distributions
    between reviews)."""
    versions = MatrixVersion.objects.current_published() if versions is None else versions
    measures = MatrixEntry.objects.filter(version__in=versions, value="X")
    if publishable_only:  # what the public may see: the fields each State agreed to publish
        measures = measures.filter(publishable=True)
    by_section = list(
        measures.values("row__section__code", "row__section__title")
        .annotate(fields=Count("pk"))
        .order_by("row__section__code")
    )
    by_weapon = list(measures.exclude(weapon="").values("weapon").annotate(fields=Count("pk")).order_by("weapon"))
    by_row = list(
        measures.values("row__code", "row__title")
        .annotate(fields=Count("pk"), states=Count("version__state", distinct=True))
        .order_by("-fields", "row__code")
    )
    by_group = list(
        measures.values("version__state__regional_group")
        .annotate(fields=Count("pk"), states=Count("version__state", distinct=True))
        .order_by("version__state__regional_group")
    )
    scored = MatrixVersion.objects.filter(pk__in=versions.values("pk")).with_measure_count(
        publishable_only=publishable_only
    )
    buckets = (
        scored.annotate(bucket=(F("measures") / BUCKET) * BUCKET)
        .values("bucket")
        .annotate(states=Count("pk"))
        .order_by("bucket")
    )
    by_year = list(
        MatrixVersion.objects.published()
        .with_measure_count(publishable_only=publishable_only)
        .annotate(year=ExtractYear("approved_date"))
        .values("year")
        .annotate(versions=Count("pk"), average=Avg("measures"))
        .order_by("year")
    )
    totals = scored.aggregate(states=Count("pk"), average=Avg("measures"))
    by_state = list(
        scored.values("state__iso3", "state__name", "state__regional_group", "measures").order_by(
            "-measures", "state__iso3"
        )
    )
    return {
        "by_section": by_section,
        "by_weapon": by_weapon,
        "by_group": by_group,
        "by_row": by_row,
        "by_state": by_state,
        "distribution": list(buckets),
        "by_year": by_year,
        "states": totals["states"],
        "average": totals["average"] or 0,
    }


#: Width of the bars of the distribution of States by fields with measures.
BUCKET = 25


def _current_member_versions():
    return MatrixVersion.objects.latest().filter(state__status="member")


def stage_totals() -> dict[str, int]:
    """How many Member States' latest matrix versions are at each stage of the review cycle."""
    return dict(_current_member_versions().values_list("stage").annotate(n=Count("pk")).values_list("stage", "n"))


def review_progress(user, today=None) -> dict:
    """Where the systematic review stands (programme of work, para 8 (d)): for each regional
    group, how many States' latest versions are at each stage (figures, naming no State), and
    the pending versions the user may see, the oldest (and overdue) first: all of them for the
    Committee, its own State's for a State's POC, none for the public (which State is late with
    its comments is the Committee's business)."""
    today = today or timezone.localdate()
    current = _current_member_versions()
    counts = current.values("state__regional_group", "stage").annotate(states=Count("pk"))
    table: dict[str, dict[str, int]] = {}
    for item in counts:
        table.setdefault(item["state__regional_group"], {})[item["stage"]] = item["states"]
    pending = (
        policy_for(MatrixVersion)
        .visible(user, current.filter(stage__in=["draft", "sent", "returned"]))
        .select_related("state")
        .annotate(last_step=Max("events__at"))
        .order_by(F("comment_deadline_date").asc(nulls_last=True), "created_at")
    )
    return {"table": table, "pending": list(pending), "today": today}


def _op1_values(entries) -> dict[int, dict[int, str]]:
    """Version id → OP 1 row number → value."""
    values: dict[int, dict[int, str]] = {}
    for version_id, code, value in entries.filter(row__section__code="op1", weapon="", column="").values_list(
        "version_id", "row__code", "value"
    ):
        number = consistency.op1_row_number(code)
        if number is not None:
            values.setdefault(version_id, {})[number] = value
    return values


def adherence_findings(version: MatrixVersion, user) -> list[consistency.Finding]:
    """Where the OP 1 fields of ``version`` the user may see disagree with the State's treaty
    adherence."""
    entries = policy_for(MatrixEntry).visible(user, MatrixEntry.objects.filter(version=version))
    values = _op1_values(entries).get(version.pk, {})
    adherence = reporting_selectors.adherence_by_matrix_row([version.state_id]).get(version.state_id, [])
    return consistency.check(values, adherence)


def adherence_findings_by_state() -> list[dict]:
    """For every Member State's latest version, the disagreements with its treaty adherence,
    States with the most first (a handful of queries whatever the number of States)."""
    versions = {
        version.pk: version
        for version in MatrixVersion.objects.latest().filter(state__status="member").select_related("state")
    }
    values = _op1_values(MatrixEntry.objects.filter(version__in=list(versions)))
    adherence = reporting_selectors.adherence_by_matrix_row()
    result = []
    for version_id, version in versions.items():
        findings = consistency.check(values.get(version_id, {}), adherence.get(version.state_id, []))
        if findings:
            result.append({"version": version, "findings": findings})
    result.sort(key=lambda item: (-len(item["findings"]), item["version"].state.name))
    return result


def header_reports(version: MatrixVersion, user) -> list:
    """The reports and additional information the version's header cites: those dated before
    it was approved (or all, while it is in review)."""
    return reporting_selectors.report_dates(version.state, user, until=version.approved_date)


def published_lines(user) -> list[dict]:
    """The recorded fields of every current published matrix, for the bulk export; the
    database orders them (State, section, row)."""
    entries = (
        policy_for(MatrixEntry)
        .visible(user, MatrixEntry.objects.filter(version__stage="published"))
        .order_by("version__state__iso3", "row__section__order", "row__order", "weapon", "column")
    )
    return [
        {
            "state": item["version__state__iso3"],
            "version": item["version__number"],
            "stage": "published",
            "approved_date": item["version__approved_date"],
            "section": item["row__section__code"],
            "row": item["row__code"],
            "row_title": item["row__title"],
            **item,
        }
        for item in entries.values(
            "version__state__iso3",
            "version__number",
            "version__approved_date",
            "row__section__code",
            "row__code",
            "row__title",
            "weapon",
            "column",
            *diffing.Cell.attributes(),
        )
    ]
