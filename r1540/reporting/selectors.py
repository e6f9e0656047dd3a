"""Reads of national reporting that pages, the API and the panels share."""

from __future__ import annotations

import datetime

from django.db.models import Count, Exists, Max, OuterRef, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone

from r1540.core.permissions import policy_for
from r1540.directory.models import State
from r1540.reporting.models import Adherence, DialogueEntry, Instrument, NationalReport


def non_reporting_states(on: datetime.date | None = None):
    """Member States that had not submitted a first report on ``on`` (today by default), with
    the date and number of the Committee's contacts with them."""
    on = on or timezone.localdate()
    first = NationalReport.objects.filter(state=OuterRef("pk"), kind="first", submitted_date__lte=on)
    return (
        State.objects.members()
        .filter(admission_date__lte=on)
        .exclude(Exists(first))
        .annotate(
            last_contact=Max("dialogue_entries__date", filter=Q(dialogue_entries__date__lte=on)),
            contacts=Count("dialogue_entries", filter=Q(dialogue_entries__date__lte=on)),
        )
        .order_by("name_en")
    )


def reporting_figures(on: datetime.date | None = None) -> dict[str, int]:
    """How many Member States had reported, and how many had sent additional information."""
    on = on or timezone.localdate()
    members = State.objects.members().filter(admission_date__lte=on)
    reports = NationalReport.objects.filter(submitted_date__lte=on, state__in=members)
    reported = reports.filter(kind="first").values("state").distinct().count()
    return {
        "members": members.count(),
        "reported": reported,
        "not_reported": members.count() - reported,
        "additional": reports.exclude(kind="first").values("state").distinct().count(),
    }


def reports_by_year() -> list[dict]:
    """First reports and additional information received per year."""
    rows = (
        NationalReport.objects.annotate(year=ExtractYear("submitted_date"))
        .values("year")
        .annotate(
            first=Count("pk", filter=Q(kind="first")),
            additional=Count("pk", filter=~Q(kind="first")),
        )
        .order_by("year")
    )
    return list(rows)


def state_timeline(state: State, user) -> list[dict]:
    """A State's reports and contacts, newest first, as far as ``user`` may see them."""
    items = [
        {"date": report.submitted_date, "kind": "report", "object": report}
        for report in policy_for(NationalReport).visible(user, state.national_reports.all())
    ]
    dialogue = policy_for(DialogueEntry)
    if dialogue.can_list(user):
        items += [
            {"date": entry.date, "kind": "dialogue", "object": entry}
            for entry in dialogue.visible(user, state.dialogue_entries.all())
        ]
    return sorted(items, key=lambda item: item["date"], reverse=True)


def report_dates(state: State, user, until: datetime.date | None = None) -> list[NationalReport]:
    """The reports of ``state`` the user may see, oldest first, up to ``until``: the dates the
    header of a matrix cites."""
    reports = policy_for(NationalReport).visible(user, NationalReport.objects.filter(state=state))
    if until is not None:
        reports = reports.filter(submitted_date__lte=until)
    return list(reports.order_by("submitted_date", "pk").only("pk", "kind", "submitted_date", "symbol", "state_id"))


def adherence_by_matrix_row(states=None) -> dict[int, list[tuple[int, str, str, str]]]:
    """Per State id: ``(matrix row, instrument code, instrument name, status)`` for every
    instrument the OP 1 section of the matrix records, in one query."""
    rows = Adherence.objects.filter(instrument__matrix_row__isnull=False)
    if states is not None:
        rows = rows.filter(state__in=states)
    result: dict[int, list[tuple[int, str, str, str]]] = {}
    for state_id, row, code, name, status in rows.order_by("instrument__position").values_list(
        "state_id", "instrument__matrix_row", "instrument__code", "instrument__name", "status"
    ):
        result.setdefault(state_id, []).append((row, code, name, status))
    return result


def instrument_figures() -> list[dict]:
    """Every instrument with the number of Member States at each status."""
    counts: dict[int, dict[str, int]] = {}
    for item in Adherence.objects.filter(state__status="member").status_counts():
        counts.setdefault(item["instrument_id"], {})[item["status"]] = item["count"]
    return [
        {"instrument": instrument, "counts": counts.get(instrument.pk, {})} for instrument in Instrument.objects.all()
    ]
