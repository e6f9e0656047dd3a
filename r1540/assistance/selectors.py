"""Reads of the assistance mechanism: suggested matches with their reasons in words, and the
figures of the quarterly report to the Committee (programme of work, para 9 (h)).

A read never writes and never loads the text encoder: matching uses the embeddings stored by the
background task (``tasks.embed_text``, enqueued when a request or offer is saved). A text not
embedded yet, or changed since, is left out of the text similarity and its matching is shown as
pending until the task has run."""

from __future__ import annotations

import datetime
import statistics
import threading
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.db.models import Count, Max, Min, Q
from django.utils.translation import gettext as _

from r1540.assistance import choices, embedding, matching
from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Match
from r1540.core.permissions import policy_for


def need_of(request: AssistanceRequest) -> matching.Need:
    return matching.Need(
        areas=frozenset(request.areas),
        weapons=frozenset(request.weapons),
        types=frozenset(request.types),
        region=request.state.regional_group if request.state.regional_group != "none" else "",
        language=request.language,
    )


def provision_of(offer: AssistanceOffer) -> matching.Provision:
    return matching.Provision(
        areas=frozenset(offer.areas),
        weapons=frozenset(offer.weapons),
        types=frozenset(offer.types),
        regions=frozenset(offer.regions) or frozenset({choices.Region.GLOBAL.value}),
        languages=frozenset(offer.languages_served),
    )


class _IndexCache:
    """The packed candidates, rebuilt only when a row of the table has changed since (one small
    aggregate query tells). Each process keeps its own; workers need no shared state."""

    def __init__(self):
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[tuple, matching.Index]] = {}

    def get(self, kind: str, queryset, profile) -> matching.Index:
        stamp = tuple(queryset.aggregate(n=Count("pk"), last=Max("updated_at"), top=Max("pk")).values())
        with self._lock:
            cached = self._entries.get(kind)
            if cached is not None and cached[0] == stamp:
                return cached[1]
        rows = list(queryset)
        stored = [embedding.stored_vector(row) for row in rows]
        vectors = np.zeros((len(rows), embedding.DIMENSIONS), dtype=np.float32)
        for position, vector in enumerate(stored):
            if vector is not None:
                vectors[position] = vector
        index = matching.Index.build(
            [row.pk for row in rows],
            vectors,
            [profile(row) for row in rows],
            pending=[vector is None for vector in stored],
        )
        with self._lock:
            self._entries[kind] = (stamp, index)
        return index


INDEXES = _IndexCache()


def offer_index() -> matching.Index:
    return INDEXES.get(
        "offers",
        AssistanceOffer.objects.available().select_related("provider_state", "provider_organization"),
        provision_of,
    )


def request_index() -> matching.Index:
    return INDEXES.get("requests", AssistanceRequest.objects.open().select_related("state"), need_of)


@dataclass
class Suggested:
    """A suggestion ready to show: the other side, the score and the reasons in words."""

    item: AssistanceOffer | AssistanceRequest
    score: float
    reasons: list[str]
    codes: list[dict]


def matching_pending(obj: AssistanceOffer | AssistanceRequest) -> bool:
    """Whether the text of ``obj`` still waits for the background task to embed it: until then
    its suggestions rest on the coded fields alone."""
    return embedding.stored_vector(obj) is None


def offers_for_request(request: AssistanceRequest, user, k: int = 10) -> list[Suggested]:
    """The offers the user may see that best serve ``request``, best first."""
    ranked = matching.offers_for(
        embedding.stored_vector(request),
        need_of(request),
        offer_index(),
        k=k,
        exclude=_hidden_ids(AssistanceOffer, user),
    )
    return _suggested(ranked, AssistanceOffer.objects.select_related("provider_state", "provider_organization"))


def requests_for_offer(offer: AssistanceOffer, user, k: int = 10) -> list[Suggested]:
    """The open requests the user may see that ``offer`` serves best, best first."""
    ranked = matching.requests_for(
        embedding.stored_vector(offer),
        provision_of(offer),
        request_index(),
        k=k,
        exclude=_hidden_ids(AssistanceRequest, user),
    )
    return _suggested(ranked, AssistanceRequest.objects.select_related("state"))


def _hidden_ids(model, user) -> list[int]:
    """The rows the user may not see (usually few: the unpublished), left out of the ranking."""
    everything = model.objects.all()
    visible = policy_for(model).visible(user, everything)
    if visible.query.where == everything.query.where:  # sees everything
        return []
    return list(model.objects.exclude(pk__in=visible.values("pk")).values_list("pk", flat=True))


def _suggested(ranked, queryset) -> list[Suggested]:
    objects = queryset.in_bulk([suggestion.id for suggestion in ranked])
    return [
        Suggested(
            item=objects[suggestion.id],
            score=suggestion.score,
            reasons=[reason_text(reason) for reason in suggestion.reasons],
            codes=[{"code": reason.code, "values": list(reason.values)} for reason in suggestion.reasons],
        )
        for suggestion in ranked
        if suggestion.id in objects
    ]


def _labels(values, field_name: str) -> str:
    return AssistanceOffer._meta.get_field(field_name).display(values)


def _language(code: str) -> str:
    return str(dict(settings.LANGUAGES).get(code, code))


def reason_text(reason: matching.Reason) -> str:
    """A reason of the engine in the reader's language."""
    values = reason.values
    if reason.code == "areas":
        return _("Shared areas: {areas}").format(areas=_labels(values, "areas"))
    if reason.code == "weapons":
        return _("Same weapon categories: {weapons}").format(weapons=_labels(values, "weapons"))
    if reason.code == "types":
        return _("Offers the kind of help asked for: {types}").format(types=_labels(values, "types"))
    if reason.code == "text":
        return _("Similar need described (similarity {value:.2f})").format(value=values[0])
    if reason.code == "text_pending":
        return _("Matching pending: the texts are not compared yet")
    if reason.code == "worldwide":
        return _("The provider works in every region")
    if reason.code == "region":
        return _("The provider serves the {region}").format(region=_labels(values, "regions"))
    if reason.code == "region_outside":
        return _("Outside the regions the provider serves")
    if reason.code == "language":
        return _("Works in {language}").format(language=_language(values[0]))
    if reason.code == "language_outside":
        return _("The provider does not work in {language}").format(language=_language(values[0]))
    return reason.code


# --- The quarterly report -----------------------------------------------------------------


def quarter_bounds(year: int, quarter: int) -> tuple[datetime.date, datetime.date]:
    start = datetime.date(year, 3 * quarter - 2, 1)
    end = datetime.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) - datetime.timedelta(days=1)
    return start, end


def _by_area(queryset) -> dict[str, int]:
    """Items per area of the resolution, counted by the database in one query."""
    counts = queryset.aggregate(
        **{code: Count("pk", filter=Q(areas__regex=r"(^|\s){}(\s|$)".format(code))) for code in choices.Area.values}
    )
    return {code: counts[code] for code in choices.Area.values}


def quarterly_figures(year: int, quarter: int) -> dict:
    """What the Committee is told each quarter: requests and offers received, matched,
    delivered and pending, by area and region, and how long matching took."""
    start, end = quarter_bounds(year, quarter)
    requests = AssistanceRequest.objects.filter(received_date__range=(start, end))
    offers = AssistanceOffer.objects.filter(received_date__range=(start, end))
    agreed = Match.objects.filter(matched_date__range=(start, end)).exclude(status__in=["proposed", "declined"])
    delivered = Match.objects.filter(completed_date__range=(start, end), status="completed")
    pending = AssistanceRequest.objects.filter(received_date__lte=end).exclude(
        status__in=["completed", "feedback", "declined", "withdrawn"]
    )
    first_match = (
        AssistanceRequest.objects.annotate(
            first=Min("matches__matched_date", filter=~Q(matches__status__in=["proposed", "declined"]))
        )
        .filter(first__range=(start, end))
        .values_list("received_date", "first")
    )
    days = [(first - received).days for received, first in first_match]
    by_region = dict(
        requests.values_list("state__regional_group").annotate(n=Count("pk")).values_list("state__regional_group", "n")
    )
    return {
        "year": year,
        "quarter": quarter,
        "start": start,
        "end": end,
        "requests_received": requests.count(),
        "offers_received": offers.count(),
        "matched": agreed.count(),
        "delivered": delivered.count(),
        "pending": pending.count(),
        "requests_by_area": _by_area(requests),
        "offers_by_area": _by_area(offers),
        "requests_by_region": by_region,
        "pending_by_status": dict(pending.values_list("status").annotate(n=Count("pk")).values_list("status", "n")),
        "days_to_match": {
            "matches": len(days),
            "median": statistics.median(days) if days else None,
            "mean": round(statistics.fmean(days), 1) if days else None,
        },
    }
