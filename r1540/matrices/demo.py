"""Demo matrices for every Member State, synthetic and labelled as demo.

The templates are the real reference files, and the OP 1 fields follow each State's real
treaty adherence (``reporting/data/adherence.csv``) with a few deliberate slips for the
consistency check to find. Each State gets a published matrix on the 2011
layout (later superseded) and one on the 2017 layout, and the 2020 review (Annex II of the
programme of work) is under way: some States have a draft, some have been sent theirs, some
have returned it. Fields are drawn at random around a per-State level of implementation so that
the average number of fields with measures is of the order the Committee reported (128 in
2011); none of it describes any real State.
"""

from __future__ import annotations

import datetime
import random

from django.db import transaction

from r1540.directory.models import State
from r1540.matrices import consistency
from r1540.matrices.models import MatrixEntry, MatrixTemplate, MatrixVersion
from r1540.matrices.services import matrix_templates_load
from r1540.reporting import selectors as reporting_selectors


def _op1(row, adherence: dict[int, list], roll: float, rng: random.Random) -> tuple[str, str]:
    """An OP 1 field follows the State's real treaty adherence where it is known, with a few
    deliberate disagreements for the consistency check to find; elsewhere it is drawn."""
    instruments = adherence.get(consistency.op1_row_number(row.code) or 0)
    if not instruments:
        return ("X" if roll < 0.75 else ("" if roll < 0.95 else "?")), ""
    parties = [name for _code, name, status in instruments if status == "party"]
    value = "X" if parties else ""
    if rng.random() < 0.02:
        value = "" if value else "X"
    return value, parties[0] if parties and value == "X" else ""


def _entries(version, cells, level: float, rng: random.Random, adherence: dict[int, list]) -> list[MatrixEntry]:
    entries = []
    for row, (weapon, column) in cells:
        roll = rng.random()
        instrument = ""
        if row.section.code == "op1":
            value, instrument = _op1(row, adherence, roll, rng)
            if not value:
                continue
        elif roll < level:
            value = "X"
        elif roll < level + 0.08:
            value = "?"
        elif roll < level + 0.1:
            value = "NA"
        else:
            continue
        entries.append(
            MatrixEntry(
                version=version,
                row=row,
                weapon=weapon,
                column=column,
                value=value,
                instrument=instrument or ("Demo act No. {}".format(rng.randint(1, 300)) if value == "X" else ""),
                source="National report, p. {} (demo)".format(rng.randint(1, 60)) if value else "",
                publishable=rng.random() > 0.02,
            )
        )
    return entries


@transaction.atomic
def load(*, stdout=None) -> None:
    matrix_templates_load()
    if MatrixVersion.objects.filter(is_demo=True).exists():
        return
    rng = random.Random(1540)  # noqa: S311  (a reproducible demo, not a secret)
    layouts = {}
    for code in ("2011", "2017"):
        template = MatrixTemplate.objects.get(code=code)
        layouts[code] = (
            template,
            [(row, pair) for row in template.rows.select_related("section") for pair in row.cells()],
        )
    versions, entries = [], []
    treaties = reporting_selectors.adherence_by_matrix_row()
    for state in State.objects.members().order_by("iso3"):
        adherence: dict[int, list] = {}
        for row, code, name, status in treaties.get(state.pk, []):
            adherence.setdefault(row, []).append((code, name, status))
        level = rng.uniform(0.15, 0.6)
        plan = [
            ("2011", "superseded", datetime.date(rng.randint(2012, 2016), rng.randint(1, 12), rng.randint(1, 28))),
            ("2017", "published", datetime.date(rng.randint(2017, 2019), rng.randint(1, 12), rng.randint(1, 28))),
        ]
        stage_2020 = rng.choices(["", "draft", "sent", "returned"], weights=[55, 15, 20, 10])[0]
        if stage_2020:
            plan.append(("2017", stage_2020, None))
        previous = None
        for number, (code, stage, approved) in enumerate(plan, start=1):
            template, cells = layouts[code]
            version = MatrixVersion(
                state=state,
                template=template,
                number=number,
                stage=stage,
                based_on=previous,
                approved_date=approved,
                approval_meeting="Committee meeting (demo)" if approved else "",
                published_date=approved + datetime.timedelta(days=14) if approved else None,
                sent_date=datetime.date(2020, 3, 16) if stage in ("sent", "returned") else None,
                comment_deadline_date=datetime.date(2020, 5, 29) if stage in ("sent", "returned") else None,
                returned_date=datetime.date(2020, rng.randint(6, 10), rng.randint(1, 28))
                if stage == "returned"
                else None,
                is_demo=True,
            )
            version.save()
            versions.append(version)
            entries.extend(_entries(version, cells, min(level + 0.05 * (number - 1), 0.9), rng, adherence))
            previous = version
    MatrixEntry.objects.bulk_create(entries, batch_size=2000)
    if stdout is not None:
        stdout.write("Demo matrices: {} versions, {} fields.".format(len(versions), len(entries)))
