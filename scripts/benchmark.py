"""How fast r1540 answers at ten times the real scale (a benchmark, not a test).

    .venv/bin/python scripts/benchmark.py              # SQLite in a temporary file, scale 10
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/r1540_bench .venv/bin/python scripts/benchmark.py

It builds a database with the real directory and, per Member State, ten times the matrix
versions, reports and contacts the Committee has (real scale: about 3 matrix versions of about
250 filled fields, 3 reports and a few contacts per State), then times pages and API calls
through the full Django stack and compares each with

- the time the database needs for the very SQL the page ran (replayed raw), and
- the page's budget (``LIMIT_MS``).

Ratios: ``page / SQL`` says how much the Python side adds; ``page / limit`` must stay below 1.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LIMIT_MS = 500  # the answer time a reader should never wait past, per page
REAL_VERSIONS, REAL_FIELDS, REAL_REPORTS, REAL_CONTACTS = 3, 250, 3, 3
REAL_OFFERS, REAL_REQUESTS = 300, 40


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per page (the median is reported)")
    return parser.parse_args()


def setup(args) -> None:
    # Production settings (no DEBUG), on a database of its own that is kept for the next run.
    (ROOT / "data").mkdir(exist_ok=True)
    os.environ.setdefault(
        "DATABASE_URL", "sqlite:///{}".format(ROOT / "data" / "benchmark-x{}.sqlite3".format(args.scale))
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "r1540.settings")
    os.environ.setdefault("R1540_TASKS", "immediate")
    os.environ["DJANGO_DEBUG"] = "false"
    os.environ.setdefault("DJANGO_SECRET_KEY", secrets.token_urlsafe(50))
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)  # the hashed names production serves


def build(scale: int) -> dict:
    """The data at ``scale`` times the real amount (built once per database); returns what the
    pages will ask for."""
    from django.db import transaction

    from r1540.core.roles import Role
    from r1540.directory.models import State
    from r1540.directory.services import reference_data_load
    from r1540.matrices.models import MatrixEntry, MatrixRow, MatrixSection, MatrixTemplate, MatrixVersion
    from r1540.reporting.models import DialogueEntry, NationalReport

    rng = random.Random(1540)  # noqa: S311  (reproducible synthetic data)
    reference_data_load()
    with transaction.atomic():
        template, _ = MatrixTemplate.objects.get_or_create(code="bench", defaults={"year": 2017, "title_en": "Bench"})
        if not template.rows.exists():
            for number, (layout, rows) in enumerate((("instruments", 17), ("grid", 14), ("grid", 40), ("grid", 35))):
                section = MatrixSection.objects.create(
                    template=template, code="s{}".format(number), order=number, title_en="Section", layout=layout
                )
                MatrixRow.objects.bulk_create(
                    MatrixRow(
                        template=template,
                        section=section,
                        code="s{}.{:02d}".format(number, index),
                        order=index,
                        title_en="Row {}".format(index),
                        weapons="" if layout == "instruments" else "nuclear chemical biological",
                        columns="" if layout == "instruments" else "legal_framework enforcement",
                    )
                    for index in range(rows)
                )
        cells = [(row, pair) for row in template.rows.all() for pair in row.cells()]
        states = list(State.objects.members())
        if not MatrixVersion.objects.exists():
            for state in states:
                versions = [
                    MatrixVersion(
                        state=state,
                        template=template,
                        number=number,
                        stage="superseded" if number < REAL_VERSIONS * scale else "published",
                        approved_date="2020-06-01",
                        published_date="2020-06-15",
                    )
                    for number in range(1, REAL_VERSIONS * scale + 1)
                ]
                MatrixVersion.objects.bulk_create(versions)
                entries = []
                for version in MatrixVersion.objects.filter(state=state):
                    for row, (weapon, column) in rng.sample(cells, min(REAL_FIELDS, len(cells))):
                        entries.append(
                            MatrixEntry(
                                version=version,
                                row=row,
                                weapon=weapon,
                                column=column,
                                value=rng.choice(["X", "X", "X", "?", "NA"]),
                                instrument="Act {}".format(rng.randint(1, 999)),
                            )
                        )
                MatrixEntry.objects.bulk_create(entries, batch_size=5000)
                NationalReport.objects.bulk_create(
                    NationalReport(
                        state=state,
                        kind="first" if index == 0 else "additional",
                        submitted_date="{}-06-01".format(2004 + index % 20),
                        channel="note_verbale",
                        published=True,
                    )
                    for index in range(REAL_REPORTS * scale)
                )
                DialogueEntry.objects.bulk_create(
                    DialogueEntry(state=state, date="2020-03-01", kind="letter_sent", summary="Letter")
                    for _index in range(REAL_CONTACTS * scale)
                )
    request = build_assistance(scale, states, rng)
    from r1540.core.models import User

    expert, _ = User.objects.get_or_create(username="bench-expert", defaults={"role": Role.EXPERT})
    version = MatrixVersion.objects.filter(state__iso3="IDN").order_by("-number").first()
    return {"expert": expert, "version": version, "request": request}


def build_assistance(scale: int, states, rng):
    """Offers and requests at ``scale`` times the real number (about 300 offers and 40 requests a
    year's list holds), with stored embeddings: random unit vectors stand in for the texts', which
    costs the ranking the same."""
    import numpy as np

    from r1540.assistance import embedding, services
    from r1540.assistance.models import AssistanceOffer, AssistanceRequest

    if not AssistanceOffer.objects.exists():
        vectors = np.random.default_rng(1540).normal(size=(REAL_OFFERS * scale, embedding.DIMENSIONS))
        areas = ["legal_framework", "accounting_security", "border_law_enforcement", "export_controls"]
        AssistanceOffer.objects.bulk_create(
            AssistanceOffer(
                provider_state=rng.choice(states),
                title="Programme {}".format(number),
                description="Assistance programme {}".format(number),
                language="en",
                areas=rng.choice(areas),
                types=rng.choice(["legislative", "training", "equipment"]),
                regions="global",
                status="committed",
                embedding=embedding.to_bytes(vector / np.linalg.norm(vector)),
                embedding_key="bench",
            )
            for number, vector in enumerate(vectors)
        )
        AssistanceRequest.objects.bulk_create(
            AssistanceRequest(
                state=rng.choice(states),
                title="Request {}".format(number),
                description="We ask for help drafting legislation on export controls ({})".format(number),
                language="en",
                areas=rng.choice(areas),
                channel="note_verbale",
                received_date="2024-01-15",
                status="acknowledged",
                published=True,
            )
            for number in range(REAL_REQUESTS * scale)
        )
        services.embeddings_refresh(AssistanceRequest.objects.all())
    return AssistanceRequest.objects.order_by("pk").first()


def review_section():
    """The programme of work, and a draft section of the review citing every figure there is."""
    from r1540.programme import figures, services
    from r1540.programme.models import ReviewSection

    services.programme_load()
    body = " ".join("[[{}]]".format(code) for code in figures.FIGURES)
    return ReviewSection.objects.filter(review=4, position=1).first() or services.section_save(
        section=ReviewSection(review=4, position=1, title="Every figure", body=body), actor=None
    )


def index_for_search() -> None:
    """Index everything once per database (the index is kept with it). Saving the directory
    indexes the States as it goes; the matrix versions and reports are bulk-created."""
    from r1540.search.models import SearchEntry
    from r1540.search.services import search_rebuild

    if not SearchEntry.objects.filter(kind="matrix").exists():
        started = time.perf_counter()
        written = search_rebuild()
        print("Search index: {} entries in {:.0f} s".format(written, time.perf_counter() - started))


def replay(queries) -> float:
    """Seconds the database needs for the page's own SQL, run raw."""
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        for query in queries:
            cursor.execute(query["sql"])
            cursor.fetchall()
    return time.perf_counter() - started


def measure(client, url: str, repeat: int) -> tuple[float, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url, secure=True)  # warm caches and connections
    page_times, sql_times, count = [], [], 0
    for _run in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, secure=True)
            page_times.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        count = len(captured.captured_queries)
        sql_times.append(replay(captured.captured_queries))
    return statistics.median(page_times), statistics.median(sql_times), count


def main() -> None:
    args = parse_args()
    setup(args)
    from django.test import Client

    from r1540.matrices.models import MatrixEntry, MatrixVersion
    from r1540.reporting.models import NationalReport

    started = time.perf_counter()
    world = build(args.scale)
    print(
        "Data at scale {}: {} matrix versions, {} matrix entries, {} reports (built in {:.0f} s)".format(
            args.scale,
            MatrixVersion.objects.count(),
            MatrixEntry.objects.count(),
            NationalReport.objects.count(),
            time.perf_counter() - started,
        )
    )
    version = world["version"]
    section = review_section()
    index_for_search()
    pages = [
        ("public", "/"),
        ("public", "/directory/states/"),
        ("public", "/directory/states/idn/"),
        ("public", "/reports/"),
        ("public", "/reports/not-yet-reported/"),
        ("public", "/matrices/"),
        ("public", "/matrices/?stage=published&regional_group=african"),
        ("public", version.get_absolute_url()),
        ("expert", "/matrices/idn/{}/diff/?against={}".format(version.number, version.number - 1)),
        ("public", "/api/v1/states/"),
        ("public", "/api/v1/matrix-versions/?state=idn"),
        ("public", "/api/v1/matrix-versions/{}/entries/".format(version.pk)),
        ("expert", "/api/v1/national-reports/?regional_group=african"),
        ("public", "/assistance/requests/"),
        ("expert", world["request"].get_absolute_url()),
        ("expert", "/api/v1/assistance/requests/{}/matches/?limit=10".format(world["request"].pk)),
        ("public", "/programme/review/"),
        ("expert", section.get_absolute_url()),
        ("public", "/programme/working-groups/"),
        ("public", "/search/?q=matrix"),
        ("public", "/zh-hans/search/?q=%E6%AD%A6%E5%99%A8"),
        ("expert", "/search/?q=report&kind=report"),
        ("public", "/api/v1/search/?q=indonesia"),
        ("public", "/reporting-status/"),
        ("public", "/reporting-status/?_export=csv"),
        ("public", "/api/v1/reporting-status/"),
        ("public", "/statistics/"),
        ("public", "/about/data/"),
        ("public", "/news/feed.rss"),
        ("public", "/sitemap-matrices.xml"),
        ("public", "/outreach/cooperation/"),
        ("expert", "/translations/"),
        ("expert", "/translations/matrices.matrixrow/"),
        ("expert", "/analytics/"),
    ]
    anonymous, expert = Client(), Client()
    expert.force_login(world["expert"])
    print()
    print(
        "{:<62} {:>7} {:>8} {:>8} {:>10} {:>11}".format(
            "page", "queries", "page ms", "SQL ms", "page/SQL", "page/limit"
        )
    )
    worst = 0.0
    for who, url in pages:
        client = expert if who == "expert" else anonymous
        page, sql, count = measure(client, url, args.repeat)
        worst = max(worst, page * 1000 / LIMIT_MS)
        print(
            "{:<62} {:>7} {:>8.1f} {:>8.1f} {:>10.1f} {:>11.2f}".format(
                "{} {}".format(who, url)[:62],
                count,
                page * 1000,
                sql * 1000,
                page / sql if sql else 0,
                page * 1000 / LIMIT_MS,
            )
        )
    print()
    print("Limit {} ms per page; the slowest page used {:.0%} of it.".format(LIMIT_MS, worst))
    sys.exit(0 if worst < 1 else 1)


if __name__ == "__main__":
    main()
