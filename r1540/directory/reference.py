"""Parsing and checking of the directory's reference data files (``data/*.csv``).

A pure module: it reads rows and returns clean records or the complete list of problems,
each with its file, line and column. Nothing here touches the database; the service
``reference_data_load`` writes only when every row of every file is valid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from r1540.core.datafiles import RowError, Sheet, read_csv
from r1540.directory import choices

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class ReferenceData:
    states: list[dict] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)
    council: list[dict] = field(default_factory=list)
    offices: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def parse_states(rows: Iterable[dict], errors: list[RowError]) -> list[dict]:
    sheet = Sheet("states.csv", rows, errors)
    states = []
    for line, row in sheet:
        iso2 = sheet.required(line, row, "iso2").upper()
        iso3 = sheet.required(line, row, "iso3").upper()
        m49 = sheet.required(line, row, "m49")
        if iso2 and (len(iso2) != 2 or not iso2.isalpha()):
            sheet.error(line, "iso2", _("Two letters expected."))
        if iso3 and (len(iso3) != 3 or not iso3.isalpha()):
            sheet.error(line, "iso3", _("Three letters expected."))
        if m49 and (len(m49) != 3 or not m49.isdigit()):
            sheet.error(line, "m49", _("Three digits expected."))
        status = sheet.choice(line, row, "status", choices.StateStatus.values)
        admission = sheet.date(line, row, "admission_date", blank=status != choices.StateStatus.MEMBER)
        states.append(
            {
                "iso2": iso2,
                "iso3": iso3,
                "m49": m49,
                "status": status,
                "admission_date": admission,
                "regional_group": sheet.choice(line, row, "regional_group", choices.RegionalGroup.values),
                "regional_group_status": sheet.choice(line, row, "regional_group_status", choices.GroupStatus.values),
                "also_participates_in": sheet.choice(
                    line, row, "also_participates_in", choices.RegionalGroup.values, blank=True
                ),
                "m49_region": sheet.choice(line, row, "m49_region", choices.M49Region.values),
                "m49_subregion": sheet.choice(line, row, "m49_subregion", choices.M49Subregion.values),
                "notes_en": (row.get("notes") or "").strip(),
                **sheet.translated(line, row),
            }
        )
    for column in ("iso2", "iso3", "m49"):
        sheet.unique(column, ((line, state[column]) for line, state in enumerate(states, start=2)))
    return states


def parse_organizations(rows: Iterable[dict], errors: list[RowError]) -> list[dict]:
    sheet = Sheet("organizations.csv", rows, errors)
    organizations = []
    for line, row in sheet:
        organizations.append(
            {
                "slug": sheet.required(line, row, "slug"),
                "acronym": (row.get("acronym") or "").strip(),
                "kind": sheet.choice(line, row, "kind", choices.OrganizationKind.values),
                "region": sheet.choice(line, row, "region", choices.OrganizationRegion.values),
                "parent_slug": (row.get("parent_slug") or "").strip(),
                "website": (row.get("website") or "").strip(),
                "notes_en": (row.get("notes") or "").strip(),
                **sheet.translated(line, row),
            }
        )
    slugs = {organization["slug"] for organization in organizations}
    for line, organization in enumerate(organizations, start=2):
        if organization["parent_slug"] and organization["parent_slug"] not in slugs:
            sheet.error(
                line, "parent_slug", _("No organization “{slug}” in the file.").format(slug=organization["parent_slug"])
            )
    sheet.unique("slug", ((line, o["slug"]) for line, o in enumerate(organizations, start=2)))
    return organizations


def parse_council(rows: Iterable[dict], errors: list[RowError], iso3_codes: set[str]) -> list[dict]:
    sheet = Sheet("council_membership.csv", rows, errors)
    seats = []
    for line, row in sheet:
        iso3 = sheet.required(line, row, "iso3").upper()
        if iso3 and iso3 not in iso3_codes:
            sheet.error(line, "iso3", _("No State “{code}” in states.csv.").format(code=iso3))
        year_text = sheet.required(line, row, "year")
        year = int(year_text) if year_text.isdigit() else None
        if year_text and year is None:
            sheet.error(line, "year", _("A year is four digits."))
        seats.append(
            {
                "line": line,
                "year": year,
                "iso3": iso3,
                "seat": sheet.choice(line, row, "kind", choices.CouncilSeat.values),
            }
        )
    by_year: dict[int, list[dict]] = {}
    for seat in seats:
        if seat["year"] is not None:
            by_year.setdefault(seat["year"], []).append(seat)
    for year, year_seats in sorted(by_year.items()):
        permanent = sum(1 for seat in year_seats if seat["seat"] == choices.CouncilSeat.PERMANENT)
        if len(year_seats) != 15 or permanent != 5:
            sheet.error(
                year_seats[0]["line"],
                "year",
                _("{year} has {total} members ({permanent} permanent); the Council has 15 (5 permanent).").format(
                    year=year, total=len(year_seats), permanent=permanent
                ),
            )
        sheet.unique("iso3", ((seat["line"], seat["iso3"]) for seat in year_seats))
    return seats


def parse_offices(rows: Iterable[dict], errors: list[RowError], council: list[dict]) -> list[dict]:
    sheet = Sheet("committee_offices.csv", rows, errors)
    members = {(seat["year"], seat["iso3"]) for seat in council}
    offices = []
    for line, row in sheet:
        office = sheet.choice(line, row, "office", choices.CommitteeOfficeKind.values)
        group = sheet.choice(line, row, "working_group", choices.WorkingGroup.values, blank=True)
        if office == choices.CommitteeOfficeKind.WG_COORDINATOR and not group:
            sheet.error(line, "working_group", _("A coordinator coordinates a working group."))
        if office != choices.CommitteeOfficeKind.WG_COORDINATOR and group:
            sheet.error(line, "working_group", _("Only coordinators have a working group."))
        start = sheet.date(line, row, "start_date")
        end = sheet.date(line, row, "end_date")
        iso3 = sheet.required(line, row, "iso3").upper()
        if start and end and end < start:
            sheet.error(line, "end_date", _("The office ends before it starts."))
        if start and iso3 and (start.year, iso3) not in members:
            sheet.error(line, "iso3", _("{code} was not on the Council in {year}.").format(code=iso3, year=start.year))
        offices.append(
            {
                "office": office,
                "working_group": group,
                "iso3": iso3,
                "holder_name": (row.get("person") or "").strip(),
                "start_date": start,
                "end_date": end,
                "confidence": sheet.choice(line, row, "confidence", choices.Confidence.values),
                "source": (row.get("source") or "").strip(),
            }
        )
    return offices


def read_reference_data(data_dir: Path = DATA_DIR) -> ReferenceData:
    data = ReferenceData()
    data.states = parse_states(read_csv(data_dir / "states.csv"), data.errors)
    data.organizations = parse_organizations(read_csv(data_dir / "organizations.csv"), data.errors)
    data.council = parse_council(
        read_csv(data_dir / "council_membership.csv"), data.errors, {state["iso3"] for state in data.states}
    )
    data.offices = parse_offices(read_csv(data_dir / "committee_offices.csv"), data.errors, data.council)
    return data
