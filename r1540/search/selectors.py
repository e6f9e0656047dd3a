"""The search itself: ranked results, one per item, in the reader's language where it has one."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.urls import translate_url
from django.utils import translation

from r1540.search import text
from r1540.search.models import SearchEntry
from r1540.search.sources import BY_KIND

#: How many matching entries are weighed; beyond this the query should be narrowed.
CANDIDATES = 600


@dataclass
class Hit:
    entry: SearchEntry
    label: str
    url: str
    snippet: list[tuple[str, bool]]
    other_languages: list[str] = field(default_factory=list)

    @property
    def bidi(self) -> bool:
        return translation.get_language_info(self.entry.language)["bidi"]


@dataclass
class Results:
    query: str
    hits: list[Hit]
    page: Page
    kinds: list[tuple[str, str, int]]  # kind, label, count over every kind
    truncated: bool


def localised(url: str, language: str) -> str:
    """An index address (stored without a prefix) in the reader's language."""
    path, _hash, anchor = url.partition("#")
    if language != settings.LANGUAGE_CODE:
        with translation.override(settings.LANGUAGE_CODE):  # the stored path resolves in English
            path = translate_url(path, language)
    return path + (_hash + anchor if anchor else "")


def search(
    query: str,
    user,
    *,
    kind: str = "",
    state_id: int | None = None,
    year: int | None = None,
    language: str = "",
    page: int | str = 1,
    per_page: int = 20,
) -> Results:
    """Items matching every word of ``query`` that ``user`` may open, best first. An item
    found in several languages appears once, in the reader's language if it matched there."""
    reader = translation.get_language()
    entries = SearchEntry.objects.matching(query).visible_to(user)
    if state_id:
        entries = entries.filter(state_id=state_id)
    if year:
        entries = entries.filter(year=year)
    if language:
        entries = entries.filter(language=language)
    rows = list(entries.order_by("rank", "pk").values_list("pk", "kind", "object_id", "language")[: CANDIDATES + 1])
    truncated = len(rows) > CANDIDATES
    best: dict[tuple[str, int], int] = {}
    languages: dict[tuple[str, int], list[str]] = {}
    for pk, entry_kind, object_id, entry_language in rows[:CANDIDATES]:
        key = (entry_kind, object_id)
        languages.setdefault(key, []).append(entry_language)
        if key not in best or entry_language == reader:
            best[key] = pk  # the first is the best ranked; the reader's language wins over it
    counts = Counter(entry_kind for entry_kind, _object_id in best)
    chosen = [pk for (entry_kind, _object_id), pk in best.items() if not kind or entry_kind == kind]
    shown = Paginator(chosen, per_page).get_page(page)
    by_pk = SearchEntry.objects.select_related("state").in_bulk(shown.object_list)
    terms = text.query_terms(query)
    hits = []
    for pk in shown.object_list:
        entry = by_pk[pk]
        key = (entry.kind, entry.object_id)
        hits.append(
            Hit(
                entry=entry,
                label=str(BY_KIND[entry.kind].label) if entry.kind in BY_KIND else entry.kind,
                url=localised(entry.url, reader),
                snippet=text.highlight(entry.summary, terms),
                other_languages=[code for code in languages[key] if code != entry.language],
            )
        )
    kinds = [(code, str(BY_KIND[code].label), counts[code]) for code in BY_KIND if counts.get(code)]
    return Results(query, hits, shown, kinds, truncated)
