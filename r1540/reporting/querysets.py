"""Reads of national reporting (who may see what is the policies' ``visible``)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from r1540.core.i18n import contains_in_any_language
from r1540.core.querysets import OwnedQuerySet


class NationalReportQuerySet(OwnedQuerySet):
    """The public sees published reports; a State's POC also its own State's; the Committee all."""

    def first_reports(self):
        return self.filter(kind="first")

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(state__iso3__iexact=text) | contains_in_any_language("state__name", text) | Q(symbol__icontains=text)
        )


class DialogueEntryQuerySet(models.QuerySet):
    def for_state(self, state_id: int):
        return self.filter(state_id=state_id)


def _search_title(queryset, text: str, *fields: str):
    text = text.strip()
    if not text:
        return queryset
    condition = Q(state__iso3__iexact=text) | contains_in_any_language("state__name", text)
    for field in fields:
        condition |= Q(**{"{}__icontains".format(field): text})
    return queryset.filter(condition)


class AdherenceQuerySet(models.QuerySet):
    def parties(self):
        return self.filter(status="party")

    def status_counts(self):
        """Per instrument, how many States are at each status (one grouped query)."""
        return self.values("instrument_id", "status").annotate(count=models.Count("pk")).order_by()


class ActionPlanQuerySet(OwnedQuerySet):
    """Plans the State agreed to publish are public; its POC sees its own drafts too."""

    def current(self):
        return self.exclude(status="superseded")

    def search(self, text: str):
        return _search_title(self, text, "title", "summary")


class EffectivePracticeQuerySet(OwnedQuerySet):
    """Published only with the contributor's consent; a contributor's POC sees its own."""

    organization_field = "organization"
    published = Q(published=True, consent_to_publish=True)

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(title__icontains=text)
            | Q(summary__icontains=text)
            | Q(state__iso3__iexact=text)
            | Q(organization__acronym__iexact=text)
            | contains_in_any_language("state__name", text)
            | contains_in_any_language("organization__name", text)
        )


class ControlListQuerySet(OwnedQuerySet):
    def search(self, text: str):
        return _search_title(self, text, "title", "legal_basis")
