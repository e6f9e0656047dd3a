"""Reads of national reporting, and who may see what."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from r1540.core import roles
from r1540.core.i18n import contains_in_any_language


class NationalReportQuerySet(models.QuerySet):
    def first_reports(self):
        return self.filter(kind="first")

    def visible_to(self, user):
        """The public sees published reports; a State's POC also its own State's; the
        Committee all of them."""
        if roles.is_committee(user):
            return self
        state_id = roles.bound_state_id(user)
        if state_id is not None:
            return self.filter(Q(published=True) | Q(state_id=state_id))
        return self.filter(published=True)

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(state__iso3__iexact=text) | contains_in_any_language("state__name", text) | Q(symbol__icontains=text)
        )


class DialogueEntryQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Correspondence with a State is the Committee's and that State's."""
        if roles.is_committee(user):
            return self
        state_id = roles.bound_state_id(user)
        if state_id is not None:
            return self.filter(state_id=state_id)
        return self.none()
