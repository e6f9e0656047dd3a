"""Ranking assistance offers for a request, and requests for an offer. A pure engine: numpy
and plain data in, ranked suggestions with their reasons out; no ORM, no model loading.

A suggestion's score blends two signals:

* the **meaning** of the texts: the cosine of their multilingual sentence embeddings, so a
  Spanish request finds an English offer that says the same thing in other words;
* the **structured fields** of the assistance template: how much of what the request asks for
  (areas of the resolution, weapon categories, kinds of help) the offer covers.

Then it is discounted where the offer cannot serve the request: outside the regions the provider
works in, or not in the request's language. Every suggestion carries the reasons, as codes with
their values, for the interface to put in words.

The candidates are packed once into an ``Index`` (a matrix of vectors and bit masks of the
coded fields), so ranking thousands of them is a handful of vector operations.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

AREAS = (
    "legal_framework",
    "accounting_security",
    "border_law_enforcement",
    "export_controls",
    "reporting_action_plans",
    "other",
)
WEAPONS = ("nuclear", "chemical", "biological", "delivery")
TYPES = ("legislative", "training", "equipment", "expert_visit", "awareness")
REGIONS = ("african", "asia_pacific", "eastern_european", "latin_american_caribbean", "western_european_others")
LANGUAGES = ("ar", "zh-hans", "en", "fr", "ru", "es")

#: How much each signal weighs when the request states it. A field the request leaves empty
#: gives its weight to the others, so a request with text alone is matched on its text.
WEIGHTS = {"text": 0.55, "areas": 0.2, "weapons": 0.1, "types": 0.15}
#: What is left of the score when the provider does not work in the region or the language.
REGION_PENALTY = 0.6
LANGUAGE_PENALTY = 0.75
#: Below this cosine the texts are not said to be similar.
SIMILAR_TEXT = 0.3


def mask(codes: Iterable[str], vocabulary: Sequence[str]) -> int:
    """Codes as a bit mask over ``vocabulary``; unknown codes are ignored."""
    bits = 0
    for code in codes:
        if code in vocabulary:
            bits |= 1 << vocabulary.index(code)
    return bits


def codes(bits: int, vocabulary: Sequence[str]) -> tuple[str, ...]:
    return tuple(code for index, code in enumerate(vocabulary) if bits & (1 << index))


@dataclass(frozen=True)
class Need:
    """What a request asks for, in the template's coded fields."""

    areas: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    region: str = ""  # the requesting State's regional group
    language: str = ""


@dataclass(frozen=True)
class Provision:
    """What an offer provides, and where and in which languages."""

    areas: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset({"global"})
    languages: frozenset[str] = frozenset()  # empty: any language


@dataclass(frozen=True)
class Reason:
    """Why a suggestion ranks where it does: ``code`` and its values (codes or a number)."""

    # areas | weapons | types | text | text_pending | region | worldwide | language | region_outside |
    # language_outside
    code: str
    values: tuple = ()


@dataclass(frozen=True)
class Suggestion:
    id: int
    score: float
    reasons: tuple[Reason, ...]


@dataclass
class Index:
    """Candidates packed for ranking: ids, unit vectors and the coded fields as bit masks."""

    ids: np.ndarray
    vectors: np.ndarray
    areas: np.ndarray
    weapons: np.ndarray
    types: np.ndarray
    regions: np.ndarray  # offers: regions served (all bits for "global"); requests: their region
    languages: np.ndarray  # offers: languages served (all bits when any); requests: their language
    worldwide: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: Candidates whose text is not embedded yet: their vector is zero, so their text weighs nothing.
    pending: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def empty(cls, dimensions: int) -> Index:
        return cls.build([], np.zeros((0, dimensions), dtype=np.float32), [])

    @classmethod
    def build(
        cls,
        ids: Sequence[int],
        vectors: np.ndarray,
        items: Sequence[Need | Provision],
        pending: Sequence[bool] | None = None,
    ) -> Index:
        """Pack the candidates; ``pending`` marks those whose text is not embedded yet (their
        row of ``vectors`` is ignored: they are ranked on the coded fields alone)."""
        all_regions = (1 << len(REGIONS)) - 1
        all_languages = (1 << len(LANGUAGES)) - 1
        regions, languages, worldwide = [], [], []
        for item in items:
            if isinstance(item, Provision):
                everywhere = "global" in item.regions
                regions.append(all_regions if everywhere else mask(item.regions, REGIONS))
                languages.append(mask(item.languages, LANGUAGES) if item.languages else all_languages)
                worldwide.append(everywhere)
            else:
                regions.append(mask([item.region], REGIONS))
                languages.append(mask([item.language], LANGUAGES))
                worldwide.append(False)
        as_int = np.array  # masks fit in a byte or two; int64 keeps bitwise_count simple
        pending = np.asarray(pending if pending is not None else [False] * len(items), dtype=bool)
        vectors = normalize(np.asarray(vectors, dtype=np.float32))
        if pending.any():
            vectors = np.where(pending[:, None], np.float32(0), vectors)
        return cls(
            ids=np.asarray(ids, dtype=np.int64),
            vectors=vectors,
            areas=as_int([mask(item.areas, AREAS) for item in items], dtype=np.int64),
            weapons=as_int([mask(item.weapons, WEAPONS) for item in items], dtype=np.int64),
            types=as_int([mask(item.types, TYPES) for item in items], dtype=np.int64),
            regions=as_int(regions, dtype=np.int64),
            languages=as_int(languages, dtype=np.int64),
            worldwide=np.asarray(worldwide, dtype=bool),
            pending=pending,
        )


def normalize(vectors: np.ndarray) -> np.ndarray:
    if vectors.size == 0:
        return vectors
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def _coverage(asked: np.ndarray | int, offered: np.ndarray | int) -> np.ndarray:
    """The share of what is asked that is offered (1 where nothing is asked)."""
    asked_count = np.bitwise_count(np.asarray(asked, dtype=np.int64))
    shared = np.bitwise_count(np.bitwise_and(asked, offered))
    return np.where(asked_count > 0, shared / np.maximum(asked_count, 1), 1.0)


def score(
    text: np.ndarray,
    need_masks: dict[str, np.ndarray | int],
    offer_masks: dict[str, np.ndarray | int],
    region_ok: np.ndarray,
    language_ok: np.ndarray,
) -> np.ndarray:
    """The blended score, vectorized over the pairs. A signal the request does not state
    (an empty mask) drops out and its weight goes to the others."""
    total = WEIGHTS["text"] * np.clip(text, 0, 1)
    weight = np.full(np.shape(text), WEIGHTS["text"], dtype=np.float64)
    for name in ("areas", "weapons", "types"):
        stated = np.bitwise_count(np.asarray(need_masks[name], dtype=np.int64)) > 0
        total = total + np.where(stated, WEIGHTS[name] * _coverage(need_masks[name], offer_masks[name]), 0.0)
        weight = weight + np.where(stated, WEIGHTS[name], 0.0)
    blended = total / weight
    return blended * np.where(region_ok, 1.0, REGION_PENALTY) * np.where(language_ok, 1.0, LANGUAGE_PENALTY)


def _reasons(text: float, need: dict[str, int], offer: dict[str, int], region: dict) -> tuple[Reason, ...]:
    reasons = []
    for name, vocabulary in (("areas", AREAS), ("weapons", WEAPONS), ("types", TYPES)):
        shared = codes(need[name] & offer[name], vocabulary)
        if shared:
            reasons.append(Reason(name, shared))
    if region["text_pending"]:
        reasons.append(Reason("text_pending"))
    elif text >= SIMILAR_TEXT:
        reasons.append(Reason("text", (round(float(text), 2),)))
    if not region["region_ok"]:
        reasons.append(Reason("region_outside", (region["region"],) if region["region"] else ()))
    elif region["worldwide"]:
        reasons.append(Reason("worldwide"))
    elif region["region"]:
        reasons.append(Reason("region", (region["region"],)))
    if not region["language_ok"]:
        reasons.append(Reason("language_outside", (region["language"],)))
    elif region["language"]:
        reasons.append(Reason("language", (region["language"],)))
    return tuple(reasons)


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    top = np.argpartition(-scores, k)[:k]
    return top[np.argsort(-scores[top], kind="stable")]


def _at(masks: dict, index: int) -> dict[str, int]:
    """One pair's masks, from arrays (the candidates) or plain ints (the query)."""
    return {name: int(value[index]) if isinstance(value, np.ndarray) else int(value) for name, value in masks.items()}


def _rank(ids, text, need_masks, offer_masks, fit: dict, k: int, exclude) -> list[Suggestion]:
    """Score every pair, keep the best ``k`` and explain each."""
    scores = score(text, need_masks, offer_masks, fit["region_ok"], fit["language_ok"])
    if exclude:
        scores = np.where(np.isin(ids, list(exclude)), -1.0, scores)
    suggestions = []
    for index in _top(scores, k):
        if scores[index] < 0:
            continue
        context = {name: value[index] if isinstance(value, np.ndarray) else value for name, value in fit.items()}
        suggestions.append(
            Suggestion(
                id=int(ids[index]),
                score=round(float(scores[index]), 4),
                reasons=_reasons(float(text[index]), _at(need_masks, index), _at(offer_masks, index), context),
            )
        )
    return suggestions


def _masks(item) -> dict:
    return {"areas": item.areas, "weapons": item.weapons, "types": item.types}


def _query(vector: np.ndarray | None, item: Need | Provision, candidates: Index) -> Index:
    """The one-row index of the request or offer asked about; no ``vector``: its text is pending."""
    if vector is None:
        return Index.build([0], np.zeros((1, candidates.vectors.shape[1]), dtype=np.float32), [item], [True])
    return Index.build([0], np.asarray([vector], dtype=np.float32), [item])


def offers_for(vector: np.ndarray | None, need: Need, offers: Index, k: int = 10, exclude=()) -> list[Suggestion]:
    """The ``k`` offers of ``offers`` that best serve a request, best first. With no ``vector``
    (the request's text is not embedded yet), and for offers not embedded yet, the texts weigh
    nothing and each such suggestion says its matching is pending."""
    if not len(offers):
        return []
    query = _query(vector, need, offers)
    region_bit, language_bit = int(query.regions[0]), int(query.languages[0])
    fit = {
        "region_ok": (offers.regions & region_bit) > 0 if region_bit else np.ones(len(offers), dtype=bool),
        "language_ok": (offers.languages & language_bit) > 0 if language_bit else np.ones(len(offers), dtype=bool),
        "worldwide": offers.worldwide,
        "region": need.region,
        "language": need.language,
        "text_pending": offers.pending | query.pending[0],
    }
    text = offers.vectors @ query.vectors[0]
    return _rank(offers.ids, text, _at(_masks(query), 0), _masks(offers), fit, k, exclude)


def requests_for(
    vector: np.ndarray | None, provision: Provision, requests: Index, k: int = 10, exclude=()
) -> list[Suggestion]:
    """The ``k`` requests of ``requests`` that an offer serves best, best first. The same score
    as ``offers_for``: each request is measured by how much of its own need the offer covers."""
    if not len(requests):
        return []
    offer = _query(vector, provision, requests)
    fit = {
        "region_ok": np.where(requests.regions == 0, True, (requests.regions & int(offer.regions[0])) > 0),
        "language_ok": (requests.languages & int(offer.languages[0])) > 0,
        "worldwide": bool(offer.worldwide[0]),
        "region": np.array([(codes(int(bits), REGIONS) or ("",))[0] for bits in requests.regions]),
        "language": np.array([(codes(int(bits), LANGUAGES) or ("",))[0] for bits in requests.languages]),
        "text_pending": requests.pending | offer.pending[0],
    }
    text = requests.vectors @ offer.vectors[0]
    return _rank(requests.ids, text, _masks(requests), _at(_masks(offer), 0), fit, k, exclude)
