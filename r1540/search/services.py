"""Writes of the search index. Only these functions change ``SearchEntry`` rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db import models, transaction
from django.utils import translation

from r1540.search import text
from r1540.search.models import SearchEntry
from r1540.search.sources import SOURCES, Source, source_for

BATCH = 500
SUMMARY_LENGTH = 2000


def entries_for(source: Source, obj: models.Model) -> list[SearchEntry]:
    """The index rows of one item: one per language it has a document in."""
    with translation.override("en"):
        url = obj.get_absolute_url()
    state_id, year = source.state(obj), source.year(obj)
    return [
        SearchEntry(
            kind=source.kind,
            object_id=obj.pk,
            language=document.language,
            title=document.title[:500],
            summary=document.summary[:SUMMARY_LENGTH],
            url=url[:300],
            state_id=state_id,
            year=year,
            search_text=text.segment(document.title, document.summary, document.extra),
        )
        for document in source.documents(obj)
        if document.title or document.summary
    ]


def _replace(source: Source, objects: Iterable[models.Model]) -> int:
    objects = list(objects)
    SearchEntry.objects.filter(kind=source.kind, object_id__in=[obj.pk for obj in objects]).delete()
    rows = [entry for obj in objects for entry in entries_for(source, obj)]
    SearchEntry.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


@transaction.atomic
def search_index_object(obj: models.Model) -> int:
    """(Re-)index one item as it now is in the database; returns the rows written."""
    written = 0
    for source in source_for(type(obj)):
        fresh = source.queryset().filter(pk=obj.pk).first()
        if fresh is None:
            SearchEntry.objects.filter(kind=source.kind, object_id=obj.pk).delete()
        else:
            written += _replace(source, [fresh])
    return written


def search_remove(model: type[models.Model], pk: int) -> None:
    for source in source_for(model):
        SearchEntry.objects.filter(kind=source.kind, object_id=pk).delete()


@transaction.atomic
def search_rebuild(
    *, kinds: Iterable[str] | None = None, progress: Callable[[str, int, int], None] | None = None
) -> int:
    """Index every item again (all kinds, or ``kinds``); ``progress(kind, done, total)`` is
    called after each batch. One transaction: searches see the old index until it is done."""
    wanted = set(kinds) if kinds else None
    written = 0
    for source in SOURCES:
        if wanted is not None and source.kind not in wanted:
            continue
        SearchEntry.objects.filter(kind=source.kind).delete()
        queryset = source.queryset()
        total, done, batch = queryset.count(), 0, []
        for obj in queryset.iterator(chunk_size=BATCH):
            batch.append(obj)
            if len(batch) == BATCH:
                written += _replace(source, batch)
                done += len(batch)
                batch = []
                if progress:
                    progress(source.kind, done, total)
        written += _replace(source, batch)
        if progress:
            progress(source.kind, total, total)
    return written
