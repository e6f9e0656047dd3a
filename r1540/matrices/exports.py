"""A matrix version as the Committee's documents: PDF (WeasyPrint) and Word (python-docx), in the
reader's language, with the fields the reader may see; and as tables (CSV, Excel) with one line
per field. Headings and row titles come from the
template in that language; Chinese and Arabic are set in the Noto fonts the platform installs."""

from __future__ import annotations

import datetime

import tablib
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from r1540.core import documents, spreadsheets
from r1540.matrices import diffing, selectors
from r1540.matrices.models import MatrixVersion
from r1540.matrices.templatetags.matrices import column_label, weapon_label


def _context(version: MatrixVersion, user) -> dict:
    return {"object": version, "sheet": selectors.version_sheet(version, user)}


def matrix_pdf(version: MatrixVersion, user, language: str) -> bytes:
    return documents.pdf("matrices/export/matrix.html", _context(version, user), language)


DISCLAIMER = _lazy(
    "The matrix is a reference tool for assistance and dialogue with the State. It is not a measure "
    "of compliance, does not prejudge any discussion of compliance, and information on voluntary "
    "commitments creates no legal obligation. An X means that the Committee found specific references "
    "to the legal basis or to executive measures; it does not mean that the State fully meets its "
    "obligations for that field."
)


def matrix_docx(version: MatrixVersion, user, language: str) -> bytes:
    with translation.override(language):
        document = documents.word_document(language)
        approved = version.stage in ("approved", "published", "superseded")
        title = _("Approved 1540 Committee matrix") if approved else _("Draft 1540 Committee matrix")
        document.add_heading("{} — {}".format(title, version.state), level=1)
        header = []
        if version.approved_date:
            header.append("{}: {}".format(_("Date of Committee approval"), version.approved_date.isoformat()))
        document.add_paragraph("; ".join([str(version.template), *header]))
        document.add_paragraph(str(DISCLAIMER))
        for part in selectors.version_sheet(version, user):
            document.add_heading(part["section"].title, level=2)
            heads = [_("Row")]
            for weapon, column in part["heads"]:
                heads.append(
                    " ".join(str(label) for label in (weapon_label(weapon), column_label(column)) if label) or _("Yes")
                )
            heads.append(_("Legal reference and remarks"))
            rows = []
            for line in part["rows"]:
                values, notes = [line["row"].title], []
                for item in line["cells"]:
                    values.append("" if item is None else item["cell"].value)
                    cell = item["cell"] if item is not None else None
                    if cell is not None and (cell.instrument or cell.remarks):
                        notes.append(" ".join(filter(None, [cell.instrument, cell.article, cell.remarks])))
                rows.append([*values, "\n".join(notes)])
            documents.add_table(document, heads, rows)
        return documents.finish(document)


#: The columns of the tabular exports (CSV and Excel), one line per field.
TABLE_COLUMNS = (
    ("state", _lazy("State (ISO code)")),
    ("version", _lazy("Version")),
    ("stage", _lazy("Stage")),
    ("approved_date", _lazy("Date of Committee approval")),
    ("section", _lazy("Section")),
    ("row", _lazy("Row")),
    ("row_title", _lazy("Row title")),
    ("weapon", _lazy("Weapon")),
    ("column", _lazy("Legal column")),
    ("value", _lazy("Value")),
    ("instrument", _lazy("Legal instrument")),
    ("article", _lazy("Article or section")),
    ("in_force_date", _lazy("In force since")),
    ("reference", _lazy("Link or document symbol")),
    ("original_language", _lazy("Original language")),
    ("remarks", _lazy("Remarks")),
    ("source", _lazy("Source")),
)


def _dataset(lines) -> tablib.Dataset:
    dataset = tablib.Dataset(headers=[str(label) for _name, label in TABLE_COLUMNS], title="Matrix")
    for line in lines:
        dataset.append([_plain(line.get(name)) for name, _label in TABLE_COLUMNS])
    return dataset


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def matrix_table(version: MatrixVersion, user, language: str) -> tablib.Dataset:
    """Every field of the version the user may see, blank ones included, in template order."""
    with translation.override(language):
        rows = selectors.rows_by_code(version)
        head = {
            "state": version.state.iso3,
            "version": version.number,
            "stage": version.stage,
            "approved_date": version.approved_date,
        }
        lines = []
        for (row_code, weapon, column), cell in selectors.version_fields(version, user).items():
            row = rows[row_code]
            lines.append(
                {
                    **head,
                    "section": row.section.code,
                    "row": row_code,
                    "row_title": row.title,
                    "weapon": weapon,
                    "column": column,
                    **{name: getattr(cell, name) for name in diffing.Cell.attributes()},
                }
            )
        return _dataset(lines)


def published_table(user, language: str) -> tablib.Dataset:
    """The recorded fields of every State's current published matrix (blank fields are left
    out), with only the fields each State agreed to publish unless the user may see more."""
    with translation.override(language):
        return _dataset(selectors.published_lines(user))


def matrix_csv(version: MatrixVersion, user, language: str) -> bytes:
    return spreadsheets.dataset_csv(matrix_table(version, user, language)).encode("utf-8")


def matrix_xlsx(version: MatrixVersion, user, language: str) -> bytes:
    return spreadsheets.dataset_xlsx(matrix_table(version, user, language))


def published_csv(user, language: str) -> bytes:
    return spreadsheets.dataset_csv(published_table(user, language)).encode("utf-8")


def published_xlsx(user, language: str) -> bytes:
    return spreadsheets.dataset_xlsx(published_table(user, language))


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv; charset=utf-8"

#: What a version can be downloaded as: kind → (content type, builder(version, user, language)).
DOCUMENT_TYPES = {
    "pdf": ("application/pdf", matrix_pdf),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", matrix_docx),
    "xlsx": (XLSX, matrix_xlsx),
    "csv": (CSV, matrix_csv),
}
#: The bulk export of the published matrices: kind → (content type, builder(user, language)).
TABLE_TYPES = {"xlsx": (XLSX, published_xlsx), "csv": (CSV, published_csv)}
