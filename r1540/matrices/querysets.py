"""Reads of the matrix, and who may see which version and which field."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from r1540.core import roles
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

    def visible_to(self, user):
        """The Committee sees every version; a State's POC also its own State's versions once
        sent to it; everyone sees what is published."""
        if roles.is_committee(user):
            return self
        state_id = roles.bound_state_id(user)
        if state_id is not None:
            return self.filter(Q(published_date__isnull=False) | (Q(state_id=state_id) & ~Q(stage="draft")))
        return self.published()

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(state__iso3__iexact=text) | contains_in_any_language("state__name", text))


class MatrixEntryQuerySet(models.QuerySet):
    def with_measures(self):
        """Fields where the Committee found measures (X)."""
        return self.filter(value="X")

    def visible_to(self, user):
        """As the versions, and where a version is seen only because it is published, only
        the fields its State agreed to publish."""
        public = Q(version__published_date__isnull=False, publishable=True)
        if roles.is_committee(user):
            return self
        state_id = roles.bound_state_id(user)
        if state_id is not None:
            return self.filter(public | (Q(version__state_id=state_id) & ~Q(version__stage="draft")))
        return self.filter(public)
