"""Reading the matrix templates from their files (``data/templates.csv`` and
``data/templates/<code>.csv``). A pure module: records and every problem, no database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from r1540.core.datafiles import RowError, Sheet, read_csv
from r1540.matrices import choices

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class TemplateLayout:
    template: dict
    sections: list[dict] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)


@dataclass
class Layouts:
    templates: list[TemplateLayout] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _words(sheet: Sheet, line: int, row: dict, column: str, allowed: list[str]) -> str:
    words = (row.get(column) or "").split()
    for word in words:
        if word not in allowed:
            sheet.error(
                line, column, _("“{value}” is not one of: {allowed}.").format(value=word, allowed=", ".join(allowed))
            )
    return " ".join(words)


def parse_template_rows(name: str, rows: list[dict], errors: list[RowError], layout: TemplateLayout) -> None:
    sheet = Sheet(name, rows, errors)
    sections: dict[str, dict] = {}
    for line, row in sheet:
        code = sheet.required(line, row, "section")
        kind = sheet.choice(line, row, "layout", choices.Layout.values)
        if code and code not in sections:
            sections[code] = {
                "code": code,
                "order": sheet.integer(line, row, "section_order"),
                "layout": kind,
                **{
                    column.replace("section_", "", 1): value
                    for column, value in sheet.translated(line, row, "section_title", required=False).items()
                },
            }
            if not sections[code]["title_en"]:
                sheet.error(line, "section_title_en", _("A value is required."))
            layout.sections.append(sections[code])
        elif code and sections[code]["layout"] != kind:
            sheet.error(line, "layout", _("The section “{section}” has another layout above.").format(section=code))
        weapons = _words(sheet, line, row, "weapons", choices.Weapon.values)
        columns = _words(sheet, line, row, "columns", choices.LegalColumn.values)
        if kind == choices.Layout.GRID and not weapons:
            sheet.error(line, "weapons", _("A grid row needs at least one weapon column."))
        if kind != choices.Layout.GRID and (weapons or columns):
            sheet.error(line, "weapons", _("Only grid rows have weapon and legal columns."))
        confidence = sheet.choice(line, row, "confidence", ["verified", "recalled"])
        layout.rows.append(
            {
                "section": code,
                "code": sheet.required(line, row, "row"),
                "order": sheet.integer(line, row, "row_order"),
                "group_en": (row.get("group_en") or "").strip(),
                "group_zh_hans": (row.get("group_zh_hans") or "").strip(),
                "weapons": weapons,
                "columns": columns,
                "provisional": confidence == "recalled",
                "source": (row.get("source") or "").strip(),
                **sheet.translated(line, row, "title", required=False),
            }
        )
        if not layout.rows[-1]["title_en"]:
            sheet.error(line, "title_en", _("A value is required."))
    sheet.unique("row", ((line, record["code"]) for line, record in enumerate(layout.rows, start=2)))


def read_layouts(data_dir: Path = DATA_DIR) -> Layouts:
    result = Layouts()
    sheet = Sheet("templates.csv", read_csv(data_dir / "templates.csv"), result.errors)
    for line, row in sheet:
        code = sheet.code(line, row, "code")
        template = {
            "code": code,
            "year": sheet.integer(line, row, "year"),
            "resolutions_cited": (row.get("resolutions_cited") or "").strip(),
            "column_wording": (row.get("column_wording_en") or "").strip(),
            "source": (row.get("source") or "").strip(),
            **sheet.translated(line, row, "title", required=False),
        }
        if not template["title_en"]:
            sheet.error(line, "title_en", _("A value is required."))
        layout = TemplateLayout(template)
        path = data_dir / "templates" / "{}.csv".format(code)
        if not code:
            pass  # reported by sheet.code
        elif not path.exists():
            sheet.error(line, "code", _("There is no file templates/{code}.csv.").format(code=code))
        else:
            parse_template_rows("templates/{}.csv".format(code), read_csv(path), result.errors, layout)
        result.templates.append(layout)
    sheet.unique("code", ((line, layout.template["code"]) for line, layout in enumerate(result.templates, start=2)))
    return result
