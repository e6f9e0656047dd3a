"""Spreadsheet cells that cannot run. Every CSV and Excel file the platform writes goes through
this module, so that a title, a name or a remark typed by a State or an organization (say
``=HYPERLINK("https://…", "Click")``) reaches the reader as text, never as a live formula.

The rule is OWASP's: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return gets a leading apostrophe. Numbers stay numbers: only strings are touched, and a string
that is a plain number (``-12.5``) cannot run, so it is kept as it is. The workbook a State fills
in for a matrix review reads its cells back through ``unneutralised``, so the round trip gives the
State's own text back.

A table's CSV starts with a byte-order mark, so that Excel reads Chinese and Arabic right.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable

import tablib
from django.utils.functional import Promise

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
BOM = "\ufeff"
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def neutralised(value):
    """``value`` as a cell that shows what it says and never runs."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(value):
        return QUOTE + value
    return value


def neutralised_row(values: Iterable) -> list:
    return [neutralised(value) for value in values]


def unneutralised(value):
    """A cell read back from a workbook the platform wrote: its text without our apostrophe."""
    if isinstance(value, str) and value.startswith(QUOTE) and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def neutralised_dataset(dataset: tablib.Dataset) -> tablib.Dataset:
    """A copy of ``dataset`` with every cell and heading neutralised."""
    safe = tablib.Dataset(title=dataset.title)
    if dataset.headers:
        safe.headers = neutralised_row(dataset.headers)
    for row in dataset:
        safe.append(neutralised_row(row))
    return safe


def dataset_csv(dataset: tablib.Dataset) -> str:
    return BOM + neutralised_dataset(dataset).export("csv")


def dataset_xlsx(dataset: tablib.Dataset) -> bytes:
    return neutralised_dataset(dataset).export("xlsx")


class _Writer:
    """``csv.writer`` whose every cell is neutralised."""

    def __init__(self, file, **options):
        self._writer = csv.writer(file, **options)

    def writerow(self, row: Iterable):
        return self._writer.writerow(neutralised_row(row))

    def writerows(self, rows: Iterable[Iterable]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(file, **options) -> _Writer:
    """``csv.writer(file)`` for the reports written line by line (an HttpResponse, say)."""
    return _Writer(file, **options)
