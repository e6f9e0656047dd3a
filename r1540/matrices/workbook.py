"""The matrix as an Excel workbook for a State's review, and reading it back. A pure engine:
plain data in, bytes out; bytes in, proposals or every problem with its cell out. No ORM.

The sheet "Matrix" has one line per field. Columns A–C name the field (row code, weapon, legal
column) and are locked; the State edits D–M: what the field says, whether it may be published,
and its response (accept, contest, supplement) with a comment. The sheet "About" carries the
version the workbook was made from, so an upload is checked against that version only.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from r1540.core.spreadsheets import neutralised_row, unneutralised
from r1540.core.uploads import check_workbook
from r1540.matrices.diffing import Cell, CellKey

SHEET = "Matrix"
ABOUT = "About"
VALUES = ("X", "?", "NA", "")
RESPONSES = ("accept", "contest", "supplement")
YES, NO = "yes", "no"

#: The attribute each column holds, from column A.
COLUMNS = (
    "row",
    "weapon",
    "column",
    "title",
    "value",
    "instrument",
    "article",
    "in_force_date",
    "reference",
    "remarks",
    "source",
    "publishable",
    "response",
    "comment",
)
EDITABLE_FROM = 5  # column E
CELL_ATTRIBUTES = ("value", "instrument", "article", "in_force_date", "reference", "remarks", "source")
#: Problems listed at most; the others are only counted (a page of every bad cell of a huge
#: sheet helps nobody and costs megabytes).
MAX_LISTED_ERRORS = 100


@dataclass(frozen=True)
class Line:
    """One field as the workbook shows it."""

    key: CellKey
    title: str
    cell: Cell
    response: str = ""
    comment: str = ""


@dataclass(frozen=True)
class Proposal:
    """What the State answered for one field."""

    key: CellKey
    kind: str
    comment: str
    proposed: Cell | None  # None when the State proposes no change to the field
    publishable: bool
    expected_version: int | None = None  # the answer's version the author saw (0: none yet)


@dataclass(frozen=True)
class CellError:
    cell: str  # "Matrix!E12"
    message: str

    def __str__(self) -> str:
        return "{}: {}".format(self.cell, self.message)


@dataclass
class Upload:
    proposals: list[Proposal] = field(default_factory=list)
    errors: list[CellError] = field(default_factory=list)
    unlisted_errors: int = 0  # found past MAX_LISTED_ERRORS

    def add_error(self, error: CellError) -> None:
        if len(self.errors) < MAX_LISTED_ERRORS:
            self.errors.append(error)
        else:
            self.unlisted_errors += 1

    @property
    def error_count(self) -> int:
        return len(self.errors) + self.unlisted_errors


def build(*, version_id: int, title: str, headers: Sequence[str], lines: Iterable[Line]) -> bytes:
    """The workbook for ``version_id``. ``headers`` are the column titles in the reader's language."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(neutralised_row(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F1")
    for line in lines:
        cell = line.cell
        sheet.append(
            neutralised_row(
                [
                    line.key[0],
                    line.key[1],
                    line.key[2],
                    line.title,
                    cell.value,
                    cell.instrument,
                    cell.article,
                    cell.in_force_date,
                    cell.reference,
                    cell.remarks,
                    cell.source,
                    YES if cell.publishable else NO,
                    line.response,
                    line.comment,
                ]
            )
        )
    last = sheet.max_row
    for row in sheet.iter_rows(min_row=2, max_row=last, min_col=EDITABLE_FROM, max_col=len(COLUMNS)):
        for cell in row:
            cell.protection = Protection(locked=False)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        row[3].number_format = "yyyy-mm-dd"
    for letter, options in (("E", VALUES[:-1]), ("L", (YES, NO)), ("M", RESPONSES)):
        validation = DataValidation(type="list", formula1='"{}"'.format(",".join(options)), allow_blank=True)
        validation.add("{0}2:{0}{1}".format(letter, max(last, 2)))
        sheet.add_data_validation(validation)
    widths = [10, 11, 15, 48, 7, 30, 14, 12, 28, 40, 28, 10, 12, 40]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "E2"
    sheet.protection.sheet = True  # A–D are locked; there is no password, this only prevents slips
    about = book.create_sheet(ABOUT)
    about.append(["version", version_id])
    about.append(neutralised_row(["title", title]))
    about.sheet_state = "hidden"
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(unneutralised(value)).strip()


def read(data: bytes, *, version_id: int, fields: dict[CellKey, Cell]) -> Upload:
    """Check an uploaded workbook against the version it must come from. Every problem is
    reported with its cell; the proposals are complete only when there is none."""
    upload = Upload()
    try:
        # Before openpyxl: its parts' sizes, its texts and rows are within the limits.
        check_workbook(io.BytesIO(data))
    except ValidationError as error:
        upload.errors.append(CellError(_("file"), " ".join(error.messages)))
        return upload
    try:
        book = load_workbook(io.BytesIO(data), data_only=True, read_only=True)
    except Exception:  # noqa: BLE001  (openpyxl raises many kinds for a file that is not a workbook)
        upload.errors.append(CellError(_("file"), _("This file is not an Excel workbook (.xlsx).")))
        return upload
    try:
        return _read_book(book, upload, version_id=version_id, fields=fields)
    except Exception:  # noqa: BLE001  (a damaged part shows only when its rows are read)
        return Upload(errors=[CellError(_("file"), _("This file is not an Excel workbook (.xlsx)."))])
    finally:
        book.close()


def _read_book(book, upload: Upload, *, version_id: int, fields: dict[CellKey, Cell]) -> Upload:
    if SHEET not in book.sheetnames or ABOUT not in book.sheetnames:
        upload.errors.append(CellError(_("file"), _("This workbook was not made by r1540 for a matrix review.")))
        return upload
    made_for = book[ABOUT]["B1"].value
    if _text(made_for) != str(version_id):
        upload.errors.append(
            CellError("{}!B1".format(ABOUT), _("This workbook was made for another version of the matrix."))
        )
        return upload
    seen: dict[CellKey, int] = {}
    sheet = book[SHEET]
    for number, values in enumerate(sheet.iter_rows(min_row=2, max_col=len(COLUMNS), values_only=True), start=2):
        values = list(values) + [None] * (len(COLUMNS) - len(values))
        if all(value in (None, "") for value in values):
            continue
        line = dict(zip(COLUMNS, values, strict=True))

        def error(attribute: str, message: str, number=number) -> None:
            letter = get_column_letter(COLUMNS.index(attribute) + 1)
            upload.add_error(CellError("{}!{}{}".format(SHEET, letter, number), message))

        key = (_text(line["row"]), _text(line["weapon"]), _text(line["column"]))
        if key not in fields:
            error("row", _("There is no such field in this version (row, weapon and column)."))
            continue
        if key in seen:
            error("row", _("This field is already on line {line}.").format(line=seen[key]))
            continue
        seen[key] = number
        value = _text(line["value"]).upper()
        if value not in VALUES:
            error("value", _("Use X, ?, NA or leave it empty."))
        in_force = line["in_force_date"]
        if isinstance(in_force, datetime.datetime):
            in_force = in_force.date()
        elif in_force not in (None, ""):
            try:
                in_force = datetime.date.fromisoformat(_text(in_force))
            except ValueError:
                error("in_force_date", _("Write the date as YYYY-MM-DD."))
                in_force = None
        else:
            in_force = None
        publish = _text(line["publishable"]).lower()
        if publish not in (YES, NO):
            error("publishable", _("Write yes or no."))
        response = _text(line["response"]).lower()
        if response and response not in RESPONSES:
            error("response", _("Use accept, contest or supplement, or leave it empty."))
        comment = _text(line["comment"])
        original = fields[key]
        proposed = replace(
            original,
            value=value,
            instrument=_text(line["instrument"]),
            article=_text(line["article"]),
            in_force_date=in_force,
            reference=_text(line["reference"]),
            remarks=_text(line["remarks"]),
            source=_text(line["source"]),
        )
        changed = any(getattr(proposed, name) != getattr(original, name) for name in CELL_ATTRIBUTES)
        publishable = publish != NO
        if changed and response not in ("contest", "supplement"):
            error("response", _("You changed this field: say contest or supplement, and why."))
        if response in ("contest", "supplement") and not comment:
            error("comment", _("Say why you contest or supplement this field."))
        if response or changed or publishable != original.publishable:
            upload.proposals.append(
                Proposal(
                    key=key,
                    kind=response or "accept",
                    comment=comment,
                    proposed=replace(proposed, publishable=publishable) if changed else None,
                    publishable=publishable,
                )
            )
    if upload.error_count:
        upload.proposals = []
    return upload


def applied(fields: dict[CellKey, Cell], proposals: Iterable[Proposal]) -> dict[CellKey, Cell]:
    """The version's fields as the State proposes them (for the diff shown before accepting)."""
    result = dict(fields)
    for proposal in proposals:
        base = proposal.proposed or result.get(proposal.key, Cell())
        result[proposal.key] = replace(base, publishable=proposal.publishable)
    return result
