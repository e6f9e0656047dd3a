"""Reading the outreach data files (``data/*.csv``): the FAQ, the training courses for points of
contact, the events, the cooperation partners and their activities. A pure module: clean records
and every problem with its place; the services write only when every file is valid. Countries,
organizations, partners and events are checked against the codes the services pass in."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from r1540.core.datafiles import RowError, Sheet, read_csv
from r1540.outreach import choices, rules

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class OutreachData:
    questions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    partners: list[dict] = field(default_factory=list)
    activities: list[dict] = field(default_factory=list)
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


def read(
    states: set[str],
    organizations: set[str],
    data_dir: Path = DATA_DIR,
    *,
    demo: bool = False,
    organization_slugs: set[str] = frozenset(),
    partners: set[str] = frozenset(),
    events: set[str] = frozenset(),
) -> OutreachData:
    """The real files, or with ``demo`` the invented events and cooperation activities of the
    ``demo_*.csv`` files only. ``partners`` and ``events`` are the organization slugs of the
    partners and the event codes already stored, which activities may refer to."""
    data = OutreachData()
    if demo:
        event_files = ["demo_events.csv"]
        activity_files = ["demo_cooperation_activities.csv"]
    else:
        event_files = ["events.csv"]
        activity_files = ["cooperation_activities.csv"]
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
    if not demo:
        _read_partners(data, data_dir, organization_slugs)
    events = set(events) | {event["code"] for event in data.events}
    partners = set(partners) | {partner["organization"] for partner in data.partners}
    for name in activity_files:
        _read_activities(data, Sheet(name, read_csv(data_dir / name), data.errors), states, partners, events)
    return data


def _read_partners(data: OutreachData, data_dir: Path, organization_slugs: set[str]) -> None:
    sheet = Sheet("cooperation.csv", read_csv(data_dir / "cooperation.csv"), data.errors)
    for line, row in sheet:
        slug = sheet.required(line, row, "organization")
        if slug and slug not in organization_slugs:
            sheet.error(line, "organization", _("“{code}” is not in the directory.").format(code=slug))
        sheet.required(line, row, "modalities_en")
        confidence = sheet.choice(line, row, "confidence", choices.Confidence.values)
        published = (row.get("published") or "").strip()
        data.partners.append(
            {
                "organization": slug,
                "since_date": sheet.date(line, row, "since_date", blank=True),
                "since_precision": sheet.choice(line, row, "since_precision", choices.DatePrecision.values),
                "confidence": confidence,
                "source": (row.get("source") or "").strip(),
                "published": sheet.boolean(line, row, "published") if published else True,
                "is_demo": confidence == "synthetic",
                **sheet.translated(line, row, "modalities", required=False),
                **sheet.translated(line, row, "information_exchanged", required=False),
                **sheet.translated(line, row, "liaison", required=False),
            }
        )
    sheet.unique("organization", ((line, item["organization"]) for line, item in enumerate(data.partners, start=2)))


def _read_activities(data: OutreachData, sheet: Sheet, states: set[str], partners: set[str], events: set[str]) -> None:
    """Activities name their partner by its organization's slug; a joint country visit must
    name the State and say that the State invited it."""
    first = len(data.activities)
    for line, row in sheet:
        partner = sheet.required(line, row, "partner")
        if partner and partner not in partners:
            sheet.error(line, "partner", _("“{code}” is not a cooperation partner.").format(code=partner))
        state_codes = _codes(sheet, line, row, "state", states)
        if len(state_codes) > 1:
            sheet.error(line, "state", _("Name one State only."))
        event = (row.get("event") or "").strip()
        if event and event not in events:
            sheet.error(line, "event", _("No event has the code “{code}”.").format(code=event))
        kind = sheet.choice(line, row, "kind", choices.ActivityKind.values)
        invited = sheet.boolean(line, row, "invited_by_state")
        for column, message in rules.activity_problems(
            kind=kind, has_state=bool(state_codes), invited_by_state=invited
        ).items():
            sheet.error(line, column, str(message))
        sheet.required(line, row, "title_en")
        confidence = sheet.choice(line, row, "confidence", choices.Confidence.values)
        data.activities.append(
            {
                "code": sheet.required(line, row, "code"),
                "partner": partner,
                "kind": kind,
                "activity_date": sheet.date(line, row, "activity_date"),
                "date_precision": sheet.choice(line, row, "date_precision", choices.DatePrecision.values),
                "state": state_codes[0] if state_codes else "",
                "invited_by_state": invited,
                "event": event,
                "confidence": confidence,
                "source": (row.get("source") or "").strip(),
                "is_demo": confidence == "synthetic",
                **sheet.translated(line, row, "title", required=False),
                **sheet.translated(line, row, "description", required=False),
            }
        )
    sheet.unique("code", ((line, item["code"]) for line, item in enumerate(data.activities[first:], start=2)))
