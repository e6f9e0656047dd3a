"""Querysets shared by the apps: who may see rows that belong to a State or an organization.

The rule for reads, in every app: ``querysets.py`` holds chainable filters and annotations on
one model (a method returns a queryset of its own model: ``.published()``, ``.visible_to(user)``,
``.with_counts()``); ``selectors.py`` holds reads that combine models or shape data for a page or
the API (dicts, dataclasses, figures, rankings), built on those querysets. Neither ever writes:
writes are ``services.py``'s, and a GET makes none (``core/tests/test_reads_never_write.py``)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from r1540.core import roles


class OwnedQuerySet(models.QuerySet):
    """Rows a State (or an organization) owns and may publish.

    The public sees what is published; a State's or organization's POC also its own rows, drafts
    included; the Committee (delegations, experts, secretariat) sees everything."""

    #: The foreign keys to the owner; a model may have either.
    state_field: str | None = "state"
    organization_field: str | None = None
    published = Q(published=True)

    def owned_by(self, user) -> Q | None:
        state_id = roles.bound_state_id(user)
        if state_id is not None and self.state_field:
            return Q(**{"{}_id".format(self.state_field): state_id})
        organization_id = roles.bound_organization_id(user)
        if organization_id is not None and self.organization_field:
            return Q(**{"{}_id".format(self.organization_field): organization_id})
        return None

    def visible_to(self, user):
        if roles.is_committee(user):
            return self
        own = self.owned_by(user)
        return self.filter(self.published | own) if own is not None else self.filter(self.published)

    def published_only(self):
        return self.filter(self.published)
