"""Writes of the directory: loading the reference data and the life of a point of contact."""

from __future__ import annotations

import datetime
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from r1540.core.datafiles import DataFileInvalid
from r1540.core.models import User
from r1540.core.services import LoadReport, audited_save, require_reason, upsert
from r1540.directory import reference
from r1540.directory.choices import PocEventKind
from r1540.directory.models import (
    CommitteeOffice,
    CouncilMembership,
    Organization,
    Person,
    PointOfContact,
    PointOfContactEvent,
    State,
)


def _parents_first(rows: list[dict]) -> list[dict]:
    by_slug = {row["slug"]: row for row in rows}

    def depth(row: dict, seen: frozenset = frozenset()) -> int:
        parent = by_slug.get(row["parent_slug"])
        if parent is None or row["slug"] in seen:
            return 0
        return 1 + depth(parent, seen | {row["slug"]})

    return sorted(rows, key=depth)


@transaction.atomic
def reference_data_load(*, data_dir: Path = reference.DATA_DIR, actor: User | None = None) -> LoadReport:
    """Bring the directory in line with the reference files: all of them or nothing."""
    data = reference.read_reference_data(data_dir)
    if data.errors:
        raise DataFileInvalid(data.errors)
    report = LoadReport()

    states = {}
    for row in data.states:
        values = {key: value for key, value in row.items() if key != "iso3"}
        state, created = upsert(
            State, {"iso3": row["iso3"]}, values, actor=actor, reason=_("Reference data: states.csv")
        )
        states[row["iso3"]] = state
        report.count("states", created)

    organizations = {}
    for row in _parents_first(data.organizations):
        values = {key: value for key, value in row.items() if key not in ("slug", "parent_slug")}
        values["parent"] = organizations[row["parent_slug"]] if row["parent_slug"] else None
        organization, created = upsert(
            Organization, {"slug": row["slug"]}, values, actor=actor, reason=_("Reference data: organizations.csv")
        )
        organizations[row["slug"]] = organization
        report.count("organizations", created)

    for row in data.council:
        _obj, created = upsert(
            CouncilMembership,
            {"state": states[row["iso3"]], "year": row["year"]},
            {"seat": row["seat"]},
            actor=actor,
            reason=_("Reference data: council_membership.csv"),
        )
        report.count("council seats", created)

    for row in data.offices:
        lookup = {
            "office": row["office"],
            "working_group": row["working_group"],
            "state": states[row["iso3"]],
            "start_date": row["start_date"],
        }
        values = {key: row[key] for key in ("holder_name", "end_date", "confidence", "source")}
        _obj, created = upsert(
            CommitteeOffice, lookup, values, actor=actor, reason=_("Reference data: committee_offices.csv")
        )
        report.count("committee offices", created)
    return report


# --- Points of contact ----------------------------------------------------------------------


def _record_event(poc: PointOfContact, kind: str, on: datetime.date, actor, note: str = "", reference_text: str = ""):
    return PointOfContactEvent.objects.create(
        point_of_contact=poc, kind=kind, event_date=on, note=note, reference=reference_text, actor=actor
    )


@transaction.atomic
def poc_designate(
    *,
    party: State | Organization,
    person: Person,
    location: str,
    actor: User | None,
    reason: str,
    institution: str = "",
    designated_date: datetime.date | None = None,
    reference_text: str = "",
    replaces: PointOfContact | None = None,
    is_demo: bool = False,
) -> PointOfContact:
    """Record that ``party`` designated ``person`` as its POC; optionally end the POC replaced."""
    reason = require_reason(reason)
    on = designated_date or timezone.localdate()
    if person.pk is None:
        audited_save(obj=person, actor=actor, reason=reason)
    poc = PointOfContact(
        person=person,
        state=party if isinstance(party, State) else None,
        organization=party if isinstance(party, Organization) else None,
        location=location,
        institution=institution,
        designated_date=on,
        confirmed_date=on,
        is_demo=is_demo,
    )
    audited_save(obj=poc, actor=actor, reason=reason)
    _record_event(poc, PocEventKind.DESIGNATED, on, actor, reason, reference_text)
    if replaces is not None:
        poc_end(poc=replaces, actor=actor, reason=reason, on_date=on, reference_text=reference_text)
    return poc


@transaction.atomic
def poc_update(
    *,
    poc: PointOfContact,
    person: Person,
    actor: User | None,
    reason: str,
    expected_version: int | None,
    on_date: datetime.date | None = None,
    reference_text: str = "",
) -> PointOfContact:
    """Save new details of a POC and its person; an update also confirms the POC."""
    on = on_date or timezone.localdate()
    audited_save(obj=person, actor=actor, reason=reason)
    poc.confirmed_date = max(on, poc.designated_date)
    audited_save(obj=poc, actor=actor, reason=reason, expected_version=expected_version)
    _record_event(poc, PocEventKind.UPDATED, on, actor, reason, reference_text)
    return poc


@transaction.atomic
def poc_confirm(
    *,
    poc: PointOfContact,
    actor: User | None,
    reason: str,
    on_date: datetime.date | None = None,
    reference_text: str = "",
) -> PointOfContact:
    """The State or organization confirmed that the POC's details are still right."""
    on = on_date or timezone.localdate()
    poc.confirmed_date = max(on, poc.designated_date)
    audited_save(obj=poc, actor=actor, reason=reason)
    _record_event(poc, PocEventKind.CONFIRMED, on, actor, reason, reference_text)
    return poc


@transaction.atomic
def poc_end(
    *,
    poc: PointOfContact,
    actor: User | None,
    reason: str,
    on_date: datetime.date | None = None,
    reference_text: str = "",
) -> PointOfContact:
    on = on_date or timezone.localdate()
    poc.end_date = max(on, poc.designated_date)
    audited_save(obj=poc, actor=actor, reason=reason)
    _record_event(poc, PocEventKind.ENDED, on, actor, reason, reference_text)
    return poc
