"""Writes of outreach: loading the FAQ, the courses and the events from the files, and saving
what editors change."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from r1540.core.datafiles import DataFileInvalid
from r1540.core.models import User
from r1540.core.services import LoadReport, upsert
from r1540.directory.models import Organization, State
from r1540.outreach import reference
from r1540.outreach.models import Event, Question


def _organization_tokens() -> dict[str, int]:
    """An organization is named in the files by its acronym, or by its slug when it has none."""
    tokens = {}
    for pk, slug, acronym in Organization.objects.values_list("pk", "slug", "acronym"):
        tokens[slug] = pk
        if acronym:
            tokens[acronym] = pk
    return tokens


@transaction.atomic
def outreach_load(*, data_dir: Path = reference.DATA_DIR, demo: bool = False, actor: User | None = None) -> LoadReport:
    """Load the FAQ, the POC training courses and the events (or, with ``demo``, the invented
    events); nothing is written if any row is bad."""
    states = dict(State.objects.values_list("iso3", "pk"))
    organizations = _organization_tokens()
    data = reference.read(set(states), set(organizations), data_dir, demo=demo)
    if data.errors:
        raise DataFileInvalid(data.errors)
    report = LoadReport()
    reason = _("Loaded from the outreach files")
    for record in data.questions:
        values = dict(record)
        _question, created = upsert(Question, {"code": values.pop("code")}, values, actor=actor, reason=reason)
        report.count("questions", created)
    for record in data.events:
        values = dict(record)
        country = values.pop("country")
        values["country_id"] = states[country] if country else None
        organization_ids = [organizations[token] for token in values.pop("organizations")]
        participant_ids = [states[code] for code in values.pop("participants")]
        event, created = upsert(Event, {"code": values.pop("code")}, values, actor=actor, reason=reason)
        event.organizations.set(organization_ids)
        if participant_ids:
            event.participants.set(participant_ids)
        report.count("events", created)
    return report
