"""Demo assistance: the requests, offers and matches of ``data/demo/`` (synthetic texts written
for r1540 in the six languages, labelled demo), plus the labelled evaluation set's offers so that
the engine has a realistic catalogue to rank. Their embeddings are computed here once, in
batches, as the background task would."""

from __future__ import annotations

import datetime
from pathlib import Path

from django.db import transaction

from r1540.assistance import services
from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Communication, Match
from r1540.core.datafiles import read_csv
from r1540.directory.models import Organization, State

DATA = Path(__file__).resolve().parent / "data"


def _offer(row: dict, states: dict, organizations: dict, number: int) -> AssistanceOffer:
    provider = row["provider"]
    return AssistanceOffer(
        # Spread over 2016-2026 so that every quarter's report has offers to count.
        received_date=datetime.date(2016, 1, 15) + datetime.timedelta(days=41 * number),
        provider_state=states.get(provider) if row["provider_kind"] == "state" else None,
        provider_organization=organizations.get(provider.upper()) if row["provider_kind"] == "organization" else None,
        title=row["title"],
        description=row["description"],
        language=row["language"],
        areas=row["areas"],
        weapons=row["weapons"],
        types=row["types"],
        regions=row["regions"] or "global",
        languages_served=row["languages_served"],
        standing=row["standing"] == "true",
        status=row.get("status") or "committed",
        published=True,
        is_demo=True,
    )


@transaction.atomic
def load(*, stdout=None) -> None:
    if AssistanceRequest.objects.filter(is_demo=True).exists():
        return
    states = {state.iso3: state for state in State.objects.all()}
    organizations = {org.acronym.upper(): org for org in Organization.objects.exclude(acronym="")}
    offers = {}
    rows = [row for name in ("labelled/offers.csv", "demo/offers.csv") for row in read_csv(DATA / name)]
    for number, row in enumerate(rows):
        offer = _offer(row, states, organizations, number)
        if offer.provider_state is None and offer.provider_organization is None:
            continue  # a provider the directory does not know
        offer.save()
        offers[row["key"]] = offer
    requests = {}
    for row in read_csv(DATA / "demo" / "requests.csv"):
        state = states.get(row["state"])
        if state is None:
            continue
        received = datetime.date.fromisoformat(row["received_on"])
        requests[row["key"]] = AssistanceRequest.objects.create(
            state=state,
            title=row["title"],
            description=row["description"],
            language=row["language"],
            areas=row["areas"],
            weapons=row["weapons"],
            types=row["types"],
            assistance_received=row["assistance_received"],
            channel=row["channel"],
            received_date=received,
            status=row["status"],
            status_date=received + datetime.timedelta(days=30),
            published=row["publish"] == "true",
            is_demo=True,
        )
    matches = 0
    for row in read_csv(DATA / "demo" / "matches.csv"):
        request, offer = requests.get(row["request"]), offers.get(row["offer"])
        if request is None or offer is None:
            continue
        matched = datetime.date.fromisoformat(row["matched_on"])
        status = {"none": "agreed", "partial": "in_implementation", "complete": "completed"}[row["fulfilment"]]
        match = Match.objects.create(
            request=request,
            offer=offer,
            status=status,
            matched_date=matched,
            completed_date=matched + datetime.timedelta(days=200) if status == "completed" else None,
            fulfilment=row["fulfilment"],
            note=row["note"],
            is_demo=True,
        )
        Communication.objects.create(
            request=request,
            match=match,
            date=matched,
            kind="letter",
            summary="Letter of the Chair informing the State of the provider's offer. (demo)",
            follow_up_date=matched + datetime.timedelta(days=60),
            follow_up_done=status != "agreed",
            is_demo=True,
        )
        matches += 1
    computed = services.embeddings_refresh(AssistanceOffer.objects.all())
    computed += services.embeddings_refresh(AssistanceRequest.objects.all())
    if stdout is not None:
        stdout.write(
            "Demo assistance: {} requests, {} offers, {} matches; {} texts embedded.".format(
                len(requests), len(offers), matches, computed
            )
        )
