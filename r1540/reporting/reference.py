"""Reading the treaty reference files (``data/instruments.csv`` and ``data/adherence.csv``).

A pure module: clean records and every problem with its file, line and column; the service
``instruments_load`` writes only when both files are entirely valid.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from r1540.core.datafiles import RowError, Sheet, read_csv
from r1540.reporting import choices

DATA_DIR = Path(__file__).resolve().parent / "data"
WEAPONS = ("nuclear", "chemical", "biological", "delivery")


@dataclass
class TreatyData:
    instruments: list[dict] = field(default_factory=list)
    adherence: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def parse_instruments(rows: list[dict], errors: list[RowError]) -> list[dict]:
    sheet = Sheet("instruments.csv", rows, errors)
    instruments = []
    for line, row in sheet:
        weapons = (row.get("weapons") or "").split()
        for weapon in weapons:
            if weapon not in WEAPONS:
                sheet.error(
                    line,
                    "weapons",
                    _("“{value}” is not one of: {allowed}.").format(value=weapon, allowed=", ".join(WEAPONS)),
                )
        matrix_row = (row.get("matrix_row_2011") or "").strip()
        instruments.append(
            {
                "code": sheet.required(line, row, "code"),
                "position": line - 1,
                "kind": sheet.choice(line, row, "kind", choices.InstrumentKind.values),
                "acronym": (row.get("acronym_en") or "").strip(),
                "opened_date": sheet.date(line, row, "opened_date", blank=True),
                "entry_into_force_date": sheet.date(line, row, "entry_into_force_date", blank=True),
                "in_force": sheet.boolean(line, row, "in_force"),
                "depositary": (row.get("depositary") or "").strip(),
                "matrix_row": sheet.integer(line, row, "matrix_row_2011") if matrix_row else None,
                "weapons": " ".join(weapons),
                "confidence": sheet.choice(line, row, "confidence", choices.Confidence.values),
                "source": (row.get("source") or "").strip(),
                **sheet.translated(line, row),
            }
        )
    sheet.unique("code", ((line, record["code"]) for line, record in enumerate(instruments, start=2)))
    return instruments


def parse_adherence(
    rows: list[dict], errors: list[RowError], state_codes: set[str], instrument_codes: set[str]
) -> list[dict]:
    sheet = Sheet("adherence.csv", rows, errors)
    records = []
    for line, row in sheet:
        state = sheet.required(line, row, "state").upper()
        if state and state not in state_codes:
            sheet.error(line, "state", _("No State “{code}” in the directory.").format(code=state))
        instrument = sheet.required(line, row, "instrument")
        if instrument and instrument not in instrument_codes:
            sheet.error(line, "instrument", _("No instrument “{code}” in instruments.csv.").format(code=instrument))
        status = sheet.choice(line, row, "status", choices.AdherenceStatus.values)
        signed = sheet.date(line, row, "signature_date", blank=True)
        consent = sheet.date(line, row, "consent_date", blank=True)
        if signed and consent and consent < signed:
            sheet.error(line, "consent_date", _("Consent to be bound cannot come before the signature."))
        if consent and status not in (choices.AdherenceStatus.PARTY, choices.AdherenceStatus.WITHDRAWN):
            sheet.error(line, "status", _("A State that has expressed its consent to be bound is a party."))
        records.append(
            {
                "line": line,
                "state": state,
                "instrument": instrument,
                "status": status,
                "signature_date": signed,
                "consent_date": consent,
                "consent_kind": sheet.choice(line, row, "consent_kind", choices.ConsentKind.values, blank=True),
                "entry_into_force_date": sheet.date(line, row, "entry_into_force_date", blank=True),
                "confidence": sheet.choice(line, row, "confidence", choices.Confidence.values),
                "source": (row.get("source") or "").strip(),
            }
        )
    sheet.unique(
        "instrument",
        ((record["line"], "{} {}".format(record["state"], record["instrument"])) for record in records),
    )
    return records


def read_treaty_data(state_codes: set[str], data_dir: Path = DATA_DIR) -> TreatyData:
    data = TreatyData()
    data.instruments = parse_instruments(read_csv(data_dir / "instruments.csv"), data.errors)
    data.adherence = parse_adherence(
        read_csv(data_dir / "adherence.csv"),
        data.errors,
        state_codes,
        {instrument["code"] for instrument in data.instruments},
    )
    return data
