"""Querysets shared by the apps: rows that belong to a State or an organization.

The rule for reads, in every app: ``querysets.py`` holds chainable filters and annotations on
one model (a method returns a queryset of its own model: ``.published()``, ``.for_state(…)``,
``.with_counts()``); ``selectors.py`` holds reads that combine models or shape data for a page or
the API (dicts, dataclasses, figures, rankings), built on those querysets. Neither ever writes:
writes are ``services.py``'s, and a GET makes none (``core/tests/test_reads_never_write.py``).
Querysets hold pure filters; who may see which rows is the policy's ``visible``
(``core.permissions.visible_owned`` for these)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class OwnedQuerySet(models.QuerySet):
    """Rows a State (or an organization) owns and may publish."""

    #: The foreign keys to the owner; a model may have either.
    state_field: str | None = "state"
    organization_field: str | None = None
    published = Q(published=True)

    def _owned(self, *, state_id: int | None = None, organization_id: int | None = None) -> Q | None:
        if state_id is not None and self.state_field:
            return Q(**{"{}_id".format(self.state_field): state_id})
        if organization_id is not None and self.organization_field:
            return Q(**{"{}_id".format(self.organization_field): organization_id})
        return None

    def published_or_owned(self, *, state_id: int | None = None, organization_id: int | None = None):
        """The published rows, and every row of this State or organization, drafts included."""
        own = self._owned(state_id=state_id, organization_id=organization_id)
        return self.filter(self.published | own) if own is not None else self.filter(self.published)

    def published_only(self):
        return self.filter(self.published)
