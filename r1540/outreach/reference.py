"""Reading the outreach data files (``data/*.csv``): the FAQ, the training courses for points of
contact and the events. A pure module: clean records and every problem with its place; the
services write only when every file is valid. Countries and organizations are checked against the
directory's codes, passed in."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from r1540.core.datafiles import RowError, Sheet, read_csv
from r1540.outreach import choices

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class OutreachData:
    questions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _codes(sheet: Sheet, line: int, row: dict, column: str, known: set[str]) -> list[str]:
    codes = (row.get(column) or "").split()
    for code in codes:
        if code not in known:
            sheet.error(line, column, _("“{code}” is not in the directory.").format(code=code))
    return codes


def _event(sheet: Sheet, line: int, row: dict, *, country_column: str, states: set[str], **values) -> dict:
    """What every event row has: code, English title, dates, the host country, confidence."""
    _codes(sheet, line, row, country_column, states)
    sheet.required(line, row, "title_en")
    start = sheet.date(line, row, "start_date")
    end = sheet.date(line, row, "end_date", blank=True)
    if start and end and end < start:
        sheet.error(line, "end_date", _("An event cannot end before it starts."))
    confidence = sheet.choice(line, row, "confidence", choices.Confidence.values)
    return {
        "code": sheet.required(line, row, "code"),
        "start_date": start,
        "end_date": end,
        "date_precision": sheet.choice(line, row, "date_precision", choices.DatePrecision.values),
        "country": (row.get(country_column) or "").strip(),
        "confidence": confidence,
        "source": (row.get("source") or "").strip(),
        "is_demo": confidence == "synthetic",
        **sheet.translated(line, row, "title", required=False),
        **values,
    }


def read(states: set[str], organizations: set[str], data_dir: Path = DATA_DIR, *, demo: bool = False) -> OutreachData:
    """The real files, or with ``demo`` the invented events of ``demo_events.csv`` only."""
    data = OutreachData()
    if demo:
        event_files = ["demo_events.csv"]
    else:
        event_files = ["events.csv"]
        sheet = Sheet("faq.csv", read_csv(data_dir / "faq.csv"), data.errors)
        for line, row in sheet:
            data.questions.append(
                {
                    "code": sheet.required(line, row, "code"),
                    "position": sheet.integer(line, row, "position"),
                    **sheet.translated(line, row, "question"),
                    **sheet.translated(line, row, "answer"),
                }
            )
        sheet.unique("code", ((line, item["code"]) for line, item in enumerate(data.questions, start=2)))
        sheet = Sheet("training_courses.csv", read_csv(data_dir / "training_courses.csv"), data.errors)
        for line, row in sheet:
            data.events.append(
                _event(
                    sheet,
                    line,
                    row,
                    country_column="host_state",
                    states=states,
                    kind="training_course",
                    place=(row.get("city") or "").strip(),
                    region=sheet.choice(line, row, "region", choices.Audience.values),
                    organizations=_codes(sheet, line, row, "partners", organizations),
                    participants=_codes(sheet, line, row, "participants_states", states),
                    **sheet.translated(line, row, "curriculum", required=False),
                )
            )
    for name in event_files:
        sheet = Sheet(name, read_csv(data_dir / name), data.errors)
        for line, row in sheet:
            data.events.append(
                _event(
                    sheet,
                    line,
                    row,
                    country_column="country",
                    states=states,
                    kind=sheet.choice(line, row, "kind", choices.EventKind.values),
                    place=(row.get("place") or "").strip(),
                    organizations=_codes(sheet, line, row, "organizations", organizations),
                    participants=[],
                    **sheet.translated(line, row, "description", required=False),
                )
            )
    return data
