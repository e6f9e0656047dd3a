"""Demo national reports and dialogue, generated from the published totals; labelled demo.

Every Member State except the nine of ``data/non_reporting_2020.csv`` gets a first report whose
date follows the published cumulative figures (``data/REPORTING.md``); about two thirds also send
additional information later; the nine get the Committee's letters and a few contacts.
"""

from __future__ import annotations

import bisect
import datetime
import random
from pathlib import Path

from django.db import transaction

from r1540.core.datafiles import read_csv
from r1540.directory.models import State
from r1540.reporting.choices import Channel, DialogueKind, ReportKind
from r1540.reporting.models import DialogueEntry, NationalReport

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
    if stdout is not None:
        stdout.write("Demo reporting: {} reports, {} contacts.".format(len(reports), len(entries)))
