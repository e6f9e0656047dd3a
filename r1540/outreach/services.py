"""Writes of outreach: loading the FAQ, the courses, the events and the cooperation with partners
from the files, and saving what editors change."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from r1540.core.datafiles import DataFileInvalid
from r1540.core.models import User
from r1540.core.services import LoadReport, audited_save, upsert
from r1540.directory.models import Organization, State
from r1540.outreach import reference
from r1540.outreach.models import Cooperation, CooperationActivity, Event, Question


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
    """Load the FAQ, the POC training courses, the events, the cooperation partners and their
    activities (or, with ``demo``, the invented events and activities); nothing is written if
    any row is bad."""
    states = dict(State.objects.values_list("iso3", "pk"))
    organizations = _organization_tokens()
    data = reference.read(
        set(states),
        set(organizations),
        data_dir,
        demo=demo,
        organization_slugs=set(Organization.objects.values_list("slug", flat=True)),
        partners=set(Cooperation.objects.values_list("organization__slug", flat=True)),
        events=set(Event.objects.values_list("code", flat=True)),
    )
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
    for record in data.partners:
        values = dict(record)
        organization = Organization.objects.get(slug=values.pop("organization"))
        _partner, created = upsert(Cooperation, {"organization": organization}, values, actor=actor, reason=reason)
        report.count("partners", created)
    partner_ids = dict(Cooperation.objects.values_list("organization__slug", "pk"))
    event_ids = dict(Event.objects.values_list("code", "pk"))
    for record in data.activities:
        values = dict(record)
        values["cooperation_id"] = partner_ids[values.pop("partner")]
        state = values.pop("state")
        values["state_id"] = states[state] if state else None
        event = values.pop("event")
        values["event_id"] = event_ids[event] if event else None
        _activity, created = upsert(
            CooperationActivity, {"code": values.pop("code")}, values, actor=actor, reason=reason
        )
        report.count("partner activities", created)
    return report


def _activity_code(activity: CooperationActivity) -> str:
    """A new code from the partner, the date and the title, unique among the activities."""
    base = slugify(
        "{partner}-{date}-{title}".format(
            partner=activity.cooperation.organization.slug, date=activity.activity_date, title=activity.title_en
        )
    )[:72].strip("-")
    code, number = base, 1
    while CooperationActivity.objects.filter(code=code).exists():
        number += 1
        code = "{}-{}".format(base, number)
    return code


@transaction.atomic
def cooperation_activity_save(
    *, activity: CooperationActivity, actor: User | None, reason: str = "", expected_version: int | None = None
) -> CooperationActivity:
    """Record an activity with a partner, or change one (a change needs a reason). A joint
    country visit is refused unless it names the State that invited it."""
    if activity.pk is None and not activity.code:
        activity.code = _activity_code(activity)
    return audited_save(
        obj=activity,
        actor=actor,
        reason=reason,
        created_reason=_("Cooperation activity recorded"),
        expected_version=expected_version,
    )


@transaction.atomic
def cooperation_save(
    *, cooperation: Cooperation, actor: User | None, reason: str = "", expected_version: int | None = None
) -> Cooperation:
    """Record a partner's cooperation, or change it; a change says why."""
    return audited_save(
        obj=cooperation,
        actor=actor,
        reason=reason,
        created_reason=_("Cooperation recorded"),
        expected_version=expected_version,
    )
