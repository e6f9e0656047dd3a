"""Reads of the search index: what matches a query, ranked, and what a user may see of it."""

from __future__ import annotations

from django.db import connection, models
from django.db.models import BooleanField, FloatField, Q, Value
from django.db.models.expressions import RawSQL

from r1540.search import text

# The full-text index of migration 0002; ``rank`` is lower for better matches on both.
PG_MATCH = "search_searchentry.search_vector @@ to_tsquery('simple', %s)"
PG_RANK = "-ts_rank(search_searchentry.search_vector, to_tsquery('simple', %s))"


class SearchEntryQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Entries of items the user may open, as each item's policy decides."""
        from r1540.search.sources import SOURCES

        allowed = Q(pk__in=[])
        for source in SOURCES:
            visible = source.visible(user)
            if visible.query.is_empty():
                continue
            if not visible.query.where:  # every item: no need to ask which
                allowed |= Q(kind=source.kind)
            else:
                allowed |= Q(kind=source.kind, object_id__in=visible.order_by().values("pk"))
        return self.filter(allowed)

    def no_match(self):
        return self.annotate(rank=Value(0.0, output_field=FloatField())).none()

    def matching(self, query: str):
        """Entries holding every word of ``query`` (each as a prefix), with ``rank`` (lower is
        better); none when the query has no words (still with ``rank``, so that it is ordered
        like any other)."""
        terms = text.query_terms(query)
        if connection.vendor != "postgresql":
            expression = text.fts5_match(terms)
            if not expression:
                return self.no_match()
            # The FTS5 table joined, so that bm25 is computed once per match in the same scan (a
            # subquery per row would run the MATCH again for every matching row). The SQL is
            # constant; the user's words are a bound parameter.
            return self.extra(  # noqa: S610
                tables=["search_searchentry_fts"],
                where=["search_searchentry_fts.rowid = search_searchentry.id", "search_searchentry_fts MATCH %s"],
                params=[expression],
                select={"rank": "bm25(search_searchentry_fts)"},
            )
        expression = text.tsquery(terms)
        if not expression:
            return self.no_match()
        return (
            self.alias(hit=RawSQL(PG_MATCH, [expression], output_field=BooleanField()))  # noqa: S611
            .filter(hit=True)
            .annotate(rank=RawSQL(PG_RANK, [expression], output_field=FloatField()))  # noqa: S611
        )
