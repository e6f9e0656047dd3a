"""Reference and import files: read CSV, check every row, report every problem with its place.

A pure module (no ORM): parsers built on ``Sheet`` return clean records plus the complete list
of ``RowError``s; a service writes only when that list is empty, so a bad file changes nothing.
"""

from __future__ import annotations

import csv
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

#: What a code that names a file may hold.
CODE = re.compile(r"[a-z0-9][a-z0-9_-]*")
#: How much of a bad value an error message repeats.
MAX_SHOWN = 80

#: The suffixes of the six language columns in data files (django-modeltranslation's, too).
LANGUAGE_SUFFIXES = ("en", "fr", "es", "ru", "zh_hans", "ar")


class DataFileInvalid(Exception):
    """A file has problems; nothing was written."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


@dataclass(frozen=True)
class RowError:
    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return "{file}:{line} [{column}] {message}".format(**self.__dict__)


class Sheet:
    """One data file's rows, checked one by one; every problem is collected with its place."""

    def __init__(self, name: str, rows: Iterable[dict], errors: list[RowError]):
        self.name = name
        self.rows = list(rows)
        self.errors = errors

    def __iter__(self):
        # Line 1 is the header.
        return ((line, row) for line, row in enumerate(self.rows, start=2))

    def error(self, line: int, column: str, message: str) -> None:
        self.errors.append(RowError(self.name, line, column, message))

    def required(self, line: int, row: dict, column: str) -> str:
        value = (row.get(column) or "").strip()
        if not value:
            self.error(line, column, _("A value is required."))
        return value

    def choice(self, line: int, row: dict, column: str, allowed: Iterable[str], blank: bool = False) -> str:
        value = (row.get(column) or "").strip()
        if blank and not value:
            return ""
        if value not in allowed:
            self.error(
                line, column, _("“{value}” is not one of: {allowed}.").format(value=value, allowed=", ".join(allowed))
            )
        return value

    def date(self, line: int, row: dict, column: str, blank: bool = False) -> datetime.date | None:
        value = (row.get(column) or "").strip()
        if blank and not value:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            self.error(line, column, _("“{value}” is not a date (YYYY-MM-DD).").format(value=value))
            return None

    def translated(self, line: int, row: dict, field: str = "name", required: bool = True) -> dict[str, str]:
        """The six language columns ``<field>_en`` … ``<field>_ar`` of a row."""
        return {
            column: self.required(line, row, column) if required else (row.get(column) or "").strip()
            for column in ("{}_{}".format(field, suffix) for suffix in LANGUAGE_SUFFIXES)
        }

    def code(self, line: int, row: dict, column: str) -> str:
        """A required code that also names a file (``templates/<code>.csv``): lower-case letters,
        digits, ``-`` and ``_`` only, so that it cannot point outside the data directory."""
        value = self.required(line, row, column)
        if value and not CODE.fullmatch(value):
            self.error(line, column, _("“{value}” is not a code (a-z, 0-9, - and _).").format(value=value[:MAX_SHOWN]))
            return ""
        return value

    def integer(self, line: int, row: dict, column: str) -> int:
        value = (row.get(column) or "").strip()
        # ASCII only: "²".isdigit() is true, but int("²") fails.
        if not (value.isascii() and value.isdigit()):
            self.error(line, column, _("“{value}” is not a whole number.").format(value=value))
            return 0
        return int(value)

    def boolean(self, line: int, row: dict, column: str) -> bool:
        value = (row.get(column) or "").strip().lower()
        if value not in ("true", "false", "yes", "no", "1", "0", ""):
            self.error(line, column, _("“{value}” is not true or false.").format(value=value))
        return value in ("true", "yes", "1")

    def unique(self, key_column: str, keys: Iterable[tuple[int, str]]) -> None:
        seen: dict[str, int] = {}
        for line, key in keys:
            if key in seen:
                self.error(line, key_column, _("“{key}” repeats line {first}.").format(key=key, first=seen[key]))
            else:
                seen[key] = line


def read_csv(path: Path) -> list[dict]:
    """The rows of a UTF-8 CSV file; a file that is not one is ``DataFileInvalid``, with its place."""
    line = 1
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = []
            for row in reader:
                line = reader.line_num
                rows.append(row)
            return rows
    except OSError as error:
        message = _("The file cannot be read ({error}).").format(error=error.strerror or error)
    except UnicodeDecodeError:
        message = _("The file is not in UTF-8.")
    except csv.Error as error:
        message = _("The file is not valid CSV ({error}).").format(error=error)
    raise DataFileInvalid([RowError(path.name, line, "", str(message))])
