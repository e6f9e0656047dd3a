"""Reads of the matrices that more than one interface needs."""

from __future__ import annotations

from django.utils.translation import gettext as _

from r1540.matrices import choices, diffing, workbook
from r1540.matrices.models import MatrixEntry, MatrixRow, MatrixVersion


def version_cells(version: MatrixVersion, user=None) -> dict[diffing.CellKey, diffing.Cell]:
    """The fields of ``version`` that ``user`` may see, keyed for ``diffing``."""
    entries = MatrixEntry.objects.filter(version=version)
    if user is not None:
        entries = entries.visible_to(user)
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


def version_diff(old: MatrixVersion, new: MatrixVersion, user=None) -> list[diffing.CellChange]:
    return diffing.diff(version_cells(old, user), version_cells(new, user), template_order(old, new))


def rows_by_code(*versions: MatrixVersion) -> dict[str, MatrixRow]:
    rows = MatrixRow.objects.filter(template__in={version.template_id for version in versions}).select_related(
        "section"
    )
    return {row.code: row for row in rows}


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
