"""Reads of the search index: what matches a query, ranked, and what a user may see of it."""

from __future__ import annotations

from django.db import connection, models
from django.db.models import BooleanField, FloatField, Q
from django.db.models.expressions import RawSQL

from r1540.search import text

# The full-text index of migration 0002; ``rank`` is lower for better matches on both.
SQLITE_MATCH = (
    "search_searchentry.id IN (SELECT rowid FROM search_searchentry_fts WHERE search_searchentry_fts MATCH %s)"
)
SQLITE_RANK = (
    "(SELECT bm25(search_searchentry_fts) FROM search_searchentry_fts"
    " WHERE search_searchentry_fts MATCH %s AND rowid = search_searchentry.id)"
)
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

    def matching(self, query: str):
        """Entries holding every word of ``query`` (each as a prefix), with ``rank`` (lower is
        better); none when the query has no words."""
        terms = text.query_terms(query)
        if connection.vendor == "postgresql":
            expression, match, rank = text.tsquery(terms), PG_MATCH, PG_RANK
        else:
            expression, match, rank = text.fts5_match(terms), SQLITE_MATCH, SQLITE_RANK
        if not expression:
            return self.none()
        # The SQL is constant; the user's words are a bound parameter.
        return (
            self.alias(hit=RawSQL(match, [expression], output_field=BooleanField()))  # noqa: S611
            .filter(hit=True)
            .annotate(rank=RawSQL(rank, [expression], output_field=FloatField()))  # noqa: S611
        )
