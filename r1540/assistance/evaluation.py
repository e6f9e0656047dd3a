"""The labelled set of ``data/labelled/`` (requests and offers written for r1540 in six
languages, with the offers that really serve each request) and the measures the engine is judged
by: recall at 5 and mean reciprocal rank. Pure: no database; the encoder is passed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from r1540.assistance import embedding, matching
from r1540.core.datafiles import read_csv

DATA = Path(__file__).resolve().parent / "data" / "labelled"
STATES = Path(__file__).resolve().parents[1] / "directory" / "data" / "states.csv"


@dataclass
class LabelledSet:
    requests: list[dict]
    offers: list[dict]
    relevant: dict[str, set[str]]  # request key → keys of the offers that really serve it (grade 2)

    def need(self, request: dict, regions: dict[str, str]) -> matching.Need:
        return matching.Need(
            areas=frozenset(request["areas"].split()),
            weapons=frozenset(request["weapons"].split()),
            types=frozenset(request["types"].split()),
            region=regions.get(request["state"], ""),
            language=request["language"],
        )

    @staticmethod
    def provision(offer: dict) -> matching.Provision:
        return matching.Provision(
            areas=frozenset(offer["areas"].split()),
            weapons=frozenset(offer["weapons"].split()),
            types=frozenset(offer["types"].split()),
            regions=frozenset(offer["regions"].split()) or frozenset({"global"}),
            languages=frozenset(offer["languages_served"].split()),
        )


def load() -> LabelledSet:
    relevant: dict[str, set[str]] = {}
    for row in read_csv(DATA / "relevance.csv"):
        if row["grade"] == "2":
            relevant.setdefault(row["request"], set()).add(row["offer"])
    return LabelledSet(read_csv(DATA / "requests.csv"), read_csv(DATA / "offers.csv"), relevant)


def regional_groups() -> dict[str, str]:
    return {row["iso3"]: row["regional_group"] for row in read_csv(STATES) if row["regional_group"] != "none"}


def measure(labelled: LabelledSet, rank: Callable[[int], list[str]], k: int = 5) -> dict[str, float]:
    """Recall at ``k`` (of the relevant offers, or of ``k`` when there are more) and MRR over the
    requests, for ``rank(request index) -> offer keys best first``."""
    recalls, reciprocal = [], []
    for index, request in enumerate(labelled.requests):
        good = labelled.relevant.get(request["key"], set())
        if not good:
            continue
        ranked = rank(index)
        recalls.append(len(good & set(ranked[:k])) / min(len(good), k))
        reciprocal.append(next((1 / position for position, key in enumerate(ranked, 1) if key in good), 0.0))
    return {"recall@{}".format(k): float(np.mean(recalls)), "mrr": float(np.mean(reciprocal))}


@dataclass
class Embedded:
    labelled: LabelledSet
    request_vectors: np.ndarray
    offer_vectors: np.ndarray
    index: matching.Index
    regions: dict[str, str]

    def engine(self, index: int) -> list[str]:
        request = self.labelled.requests[index]
        ranked = matching.offers_for(
            self.request_vectors[index], self.labelled.need(request, self.regions), self.index, k=len(self.index)
        )
        return [self.labelled.offers[suggestion.id]["key"] for suggestion in ranked]

    def encoder_alone(self, index: int) -> list[str]:
        cosines = self.offer_vectors @ self.request_vectors[index]
        return [self.labelled.offers[position]["key"] for position in np.argsort(-cosines, kind="stable")]


def embed(labelled: LabelledSet, embedder: embedding.Embedder) -> Embedded:
    offers = embedder.embed([embedding.text_of(row["title"], row["description"]) for row in labelled.offers])
    requests = embedder.embed([embedding.text_of(row["title"], row["description"]) for row in labelled.requests])
    index = matching.Index.build(
        list(range(len(labelled.offers))), offers, [labelled.provision(row) for row in labelled.offers]
    )
    return Embedded(labelled, requests, offers, index, regional_groups())
