"""Reads of the matrix (who may see which version and which field is the policies' ``visible``)."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from r1540.core.i18n import contains_in_any_language


class MatrixVersionQuerySet(models.QuerySet):
    def published(self):
        """Versions the Committee has published (the current one and those it replaced)."""
        return self.filter(published_date__isnull=False)

    def current_published(self):
        return self.filter(stage="published")

    def latest(self):
        """Each State's most recent version."""
        newest = self.model.objects.filter(state=OuterRef("state")).order_by("-number").values("number")[:1]
        return self.filter(number=Subquery(newest))

    def open(self):
        """Versions still in the review cycle (not yet approved)."""
        return self.filter(stage__in=["draft", "sent", "returned"])

    def with_measure_count(self, *, publishable_only: bool = False):
        """Each version's number of fields with measures (X), as a subquery so that it can be
        grouped and averaged."""
        from r1540.matrices.models import MatrixEntry

        entries = MatrixEntry.objects.filter(publishable=True) if publishable_only else MatrixEntry.objects.all()
        count = (
            entries.filter(version=OuterRef("pk"), value="X")
            .order_by()
            .values("version")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return self.annotate(measures=Coalesce(Subquery(count), 0))

    def published_or_sent_to(self, state_id: int):
        """The published versions, and this State's versions once sent to it."""
        return self.filter(Q(published_date__isnull=False) | (Q(state_id=state_id) & ~Q(stage="draft")))

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(state__iso3__iexact=text) | contains_in_any_language("state__name", text))


class MatrixEntryQuerySet(models.QuerySet):
    def with_measures(self):
        """Fields where the Committee found measures (X)."""
        return self.filter(value="X")

    #: The fields of published versions that their State agreed to publish.
    PUBLIC = Q(version__published_date__isnull=False, publishable=True)

    def public(self):
        return self.filter(self.PUBLIC)

    def public_or_sent_to(self, state_id: int):
        """The public fields, and every field of this State's versions once sent to it."""
        return self.filter(self.PUBLIC | (Q(version__state_id=state_id) & ~Q(version__stage="draft")))
