"""Is the OP 1 section of a matrix consistent with the State's treaty adherence?

A pure module: it takes the values of the OP 1 rows and the State's standing with the
instruments each row records, and says where they disagree. The Committee's experts read the
findings as questions to check, never as corrections made for them.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Statuses under which the matrix should not record the instrument as accepted.
NOT_BOUND = ("non_party", "withdrawn")


@dataclass(frozen=True)
class Finding:
    row: int
    kind: str  # "missing": a party, the matrix has no X; "unsupported": an X, not a party
    value: str
    instruments: tuple[tuple[str, str, str], ...]  # (code, name, status)


def op1_row_number(row_code: str) -> int | None:
    """``op1.07`` → 7; other sections' rows → None."""
    section, _sep, number = row_code.partition(".")
    return int(number) if section == "op1" and number.isdigit() else None


def check(values: dict[int, str], adherence: list[tuple[int, str, str, str]]) -> list[Finding]:
    """``values``: OP 1 row number → the field's value (absent = blank).
    ``adherence``: ``(row, code, name, status)`` for the instruments the State's data covers.
    Rows with no adherence data (regimes, initiatives, the general statement) are not judged."""
    by_row: dict[int, list[tuple[str, str, str]]] = {}
    for row, code, name, status in adherence:
        by_row.setdefault(row, []).append((code, name, status))
    findings = []
    for row, instruments in sorted(by_row.items()):
        value = values.get(row, "")
        statuses = {status for _code, _name, status in instruments}
        if "party" in statuses and value != "X":
            findings.append(Finding(row, "missing", value, tuple(instruments)))
        elif value == "X" and statuses <= set(NOT_BOUND):
            findings.append(Finding(row, "unsupported", value, tuple(instruments)))
    return findings
