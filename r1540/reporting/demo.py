"""Demo national reports and dialogue, generated from the published totals; labelled demo.

Every Member State except the nine of ``data/non_reporting_2020.csv`` gets a first report whose
date follows the published cumulative figures (``data/REPORTING.md``); about two thirds also send
additional information later; the nine get the Committee's letters and a few contacts. Action
plans follow the Committee's published count (48 plans from 39 States); effective practices and
control lists are invented examples. The treaties and adherence are the real reference files.
"""

from __future__ import annotations

import bisect
import datetime
import random
from pathlib import Path

from django.db import transaction

from r1540.core.datafiles import read_csv
from r1540.directory.models import Organization, State
from r1540.reporting.choices import (
    ActionPlanStatus,
    Channel,
    ControlListCoverage,
    ControlListKind,
    DialogueKind,
    FollowUpKind,
    ReportKind,
)
from r1540.reporting.models import (
    ActionPlan,
    ActionPlanFile,
    ActionPlanFollowUp,
    ControlList,
    DialogueEntry,
    EffectivePractice,
    NationalReport,
)
from r1540.reporting.services import instruments_load

DATA = Path(__file__).resolve().parent / "data"

#: (date, States that had reported by then) — domain.md §3.2.
CUMULATIVE = [
    (datetime.date(2004, 4, 28), 0),
    (datetime.date(2004, 10, 28), 50),
    (datetime.date(2004, 12, 31), 97),
    (datetime.date(2005, 6, 1), 120),
    (datetime.date(2005, 12, 31), 124),
    (datetime.date(2006, 4, 30), 130),
    (datetime.date(2019, 3, 31), 182),
    (datetime.date(2020, 1, 31), 184),
]


def non_reporting_codes() -> list[str]:
    return [row["iso3"] for row in read_csv(DATA / "non_reporting_2020.csv")]


def _date_for(rank: int, rng: random.Random) -> datetime.date:
    """The date by which the ``rank``-th reporting State (from 1) reported, interpolated."""
    counts = [count for _date, count in CUMULATIVE]
    index = max(1, bisect.bisect_left(counts, rank))
    (start, low), (end, high) = CUMULATIVE[index - 1], CUMULATIVE[index]
    share = (rank - low - rng.random()) / max(high - low, 1)
    return start + datetime.timedelta(days=max(1, round((end - start).days * min(max(share, 0), 1))))


@transaction.atomic
def load(*, stdout=None) -> None:
    report = instruments_load()  # real reference data, kept up to date at every start
    if stdout is not None:
        stdout.write("Treaties: {}".format(report))
    if NationalReport.objects.filter(is_demo=True).exists():
        return
    rng = random.Random(2004)  # noqa: S311  (a reproducible demo, not a secret)
    missing = set(non_reporting_codes())
    reporters = [state for state in State.objects.members().order_by("iso3") if state.iso3 not in missing]
    rng.shuffle(reporters)
    reports = []
    for rank, state in enumerate(reporters, start=1):
        submitted = max(_date_for(rank, rng), state.admission_date + datetime.timedelta(days=90))
        reports.append(
            NationalReport(
                state=state,
                kind=ReportKind.FIRST,
                submitted_date=submitted,
                received_date=submitted + datetime.timedelta(days=rng.randint(1, 20)),
                channel=Channel.NOTE_VERBALE,
                symbol="S/AC.44/{}/{:02d}".format(submitted.year, rank % 100),
                published=True,
                is_demo=True,
            )
        )
        if rng.random() < 0.66:
            later = submitted + datetime.timedelta(days=rng.randint(300, 4000))
            if later < datetime.date(2026, 1, 1):
                reports.append(
                    NationalReport(
                        state=state,
                        kind=ReportKind.ADDITIONAL,
                        submitted_date=later,
                        channel=rng.choice([Channel.NOTE_VERBALE, Channel.EMAIL]),
                        published=True,
                        is_demo=True,
                    )
                )
    NationalReport.objects.bulk_create(reports)
    entries = []
    for state in State.objects.filter(iso3__in=missing):
        for year in (2018, 2019, 2020):
            entries.append(
                DialogueEntry(
                    state=state,
                    date=datetime.date(year, 3, rng.randint(2, 27)),
                    kind=DialogueKind.LETTER_SENT,
                    summary="Letter of the Chair recalling the first report requested by resolution 1540 (2004) "
                    "and offering assistance in preparing it. (demo)",
                    symbol="SCA/5/{}({:02d})".format(str(year)[2:], rng.randint(1, 40)),
                    is_demo=True,
                )
            )
        if rng.random() < 0.5:
            entries.append(
                DialogueEntry(
                    state=state,
                    date=datetime.date(2020, rng.randint(4, 11), rng.randint(1, 28)),
                    kind=DialogueKind.MEETING,
                    summary="Meeting with the Permanent Mission on the preparation of a first report. (demo)",
                    is_demo=True,
                )
            )
    DialogueEntry.objects.bulk_create(entries)
    plans = _action_plans(rng)
    practices = _practices(rng)
    lists = _control_lists(rng)
    if stdout is not None:
        stdout.write(
            "Demo reporting: {} reports, {} contacts, {} action plans, {} practices, {} control lists.".format(
                len(reports), len(entries), plans, practices, lists
            )
        )


def _action_plans(rng: random.Random) -> int:
    """48 plans from 39 States, as the Committee's page counted about 2024 (domain.md §3.2);
    which States and when is invented."""
    states = rng.sample(list(State.objects.members().exclude(iso3__in=non_reporting_codes())), 39)
    count = 0
    for index, state in enumerate(states):
        shared = datetime.date(rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28))
        areas = " ".join(sorted(rng.sample(AREA_CODES, rng.randint(2, 4))))
        plan = ActionPlan.objects.create(
            state=state,
            title="National action plan for the implementation of resolution 1540 (2004) (demo)",
            language=rng.choice(["en", "en", "fr", "es", "ar", "ru", "zh-hans"]),
            status=ActionPlanStatus.SHARED,
            adopted_date=shared - datetime.timedelta(days=rng.randint(20, 200)),
            shared_date=shared,
            period_start_date=datetime.date(shared.year, 1, 1),
            period_end_date=datetime.date(shared.year + rng.choice([2, 3, 5]), 12, 31),
            areas=areas,
            summary="Priorities, responsible agencies and timelines for the State's measures under resolution "
            "1540 (2004); assistance needs are listed where the State wishes. (demo)",
            published=rng.random() < 0.8,
            is_demo=True,
        )
        ActionPlanFile.objects.create(
            plan=plan,
            language=plan.language,
            original=True,
            link="https://example.org/demo/nap-{}.pdf".format(state.iso3.lower()),
        )
        count += 1
        follow_due = shared + datetime.timedelta(days=rng.randint(180, 900))
        ActionPlanFollowUp.objects.create(
            plan=plan,
            kind=rng.choice([FollowUpKind.PROGRESS_REPORT, FollowUpKind.MEETING, FollowUpKind.REVIEW]),
            summary="Progress on the plan's first milestones. (demo)",
            due_date=follow_due,
            done_date=follow_due if follow_due < datetime.date(2025, 1, 1) and rng.random() < 0.7 else None,
        )
        if index < 9:  # nine States have shared an updated plan
            plan.status = ActionPlanStatus.SUPERSEDED
            plan.save(update_fields=["status"])
            later = shared + datetime.timedelta(days=rng.randint(700, 1500))
            ActionPlan.objects.create(
                state=state,
                revision=2,
                previous=plan,
                title=plan.title,
                language=plan.language,
                status=ActionPlanStatus.SHARED,
                shared_date=later,
                adopted_date=later - datetime.timedelta(days=30),
                period_start_date=datetime.date(later.year, 1, 1),
                period_end_date=datetime.date(later.year + 4, 12, 31),
                areas=areas,
                summary=plan.summary,
                published=plan.published,
                is_demo=True,
            )
            count += 1
    return count


AREA_CODES = [
    "legal_framework",
    "accounting_security",
    "border_law_enforcement",
    "export_controls",
    "reporting_action_plans",
]

PRACTICES = [
    (
        "state",
        "Inter-agency committee coordinating resolution 1540 measures",
        "legal_framework reporting_action_plans",
        "",
    ),
    (
        "state",
        "Outreach to universities on the control of intangible technology transfers",
        "export_controls",
        "biological chemical",
    ),
    (
        "state",
        "Risk-based targeting of strategic goods at the border",
        "border_law_enforcement",
        "nuclear chemical delivery",
    ),
    ("state", "Licensing guidance for brokers and transit operators", "export_controls", ""),
    ("state", "National inventory of high-consequence pathogens", "accounting_security", "biological"),
    ("state", "Peer review of export controls with a neighbouring State", "export_controls", ""),
    ("organization", "Model legislative provisions for national implementation", "legal_framework", "chemical"),
    ("organization", "Training curriculum for customs officers on dual-use goods", "border_law_enforcement", ""),
    ("organization", "Self-assessment tool for nuclear security regulators", "accounting_security", "nuclear"),
    (
        "state",
        "Industry compliance programme for chemical producers",
        "accounting_security export_controls",
        "chemical",
    ),
]


def _practices(rng: random.Random) -> int:
    states = rng.sample(list(State.objects.members()), 7)
    organizations = list(Organization.objects.filter(acronym__in=["IAEA", "OPCW", "WCO", "UNODC", "INTERPOL"]))
    practices = []
    for index, (kind, title, areas, weapons) in enumerate(PRACTICES):
        consent = rng.random() < 0.8
        practices.append(
            EffectivePractice(
                state=states[index % len(states)] if kind == "state" or not organizations else None,
                organization=rng.choice(organizations) if kind == "organization" and organizations else None,
                title="{} (demo)".format(title),
                summary="How the practice works, what it needed and what it achieved, as shared with the Committee. "
                "(demo)",
                language="en",
                areas=areas,
                weapons=weapons,
                shared_date=datetime.date(rng.randint(2014, 2025), rng.randint(1, 12), rng.randint(1, 28)),
                about_assistance=kind == "organization" or "Peer review" in title,
                consent_to_publish=consent,
                published=consent,
                is_demo=True,
            )
        )
    EffectivePractice.objects.bulk_create(practices)
    return len(practices)


def _control_lists(rng: random.Random) -> int:
    lists = []
    for state in rng.sample(list(State.objects.members()), 60):
        adopted = datetime.date(rng.randint(2004, 2018), rng.randint(1, 12), rng.randint(1, 28))
        kind = rng.choice(list(ControlListKind))
        lists.append(
            ControlList(
                state=state,
                title="National control list of dual-use goods and technologies (demo)",
                kind=kind,
                coverage=""
                if kind == ControlListKind.CATCH_ALL
                else " ".join(sorted(rng.sample(list(ControlListCoverage.values), rng.randint(2, 6)))),
                legal_basis="Strategic goods control act (demo)",
                adopted_date=adopted,
                updated_date=adopted + datetime.timedelta(days=rng.randint(0, 2500)),
                published=rng.random() < 0.85,
                is_demo=True,
            )
        )
    ControlList.objects.bulk_create(lists)
    return len(lists)
