"""Reads of the assistance mechanism (who may see what is the policies' ``visible``)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from r1540.core.i18n import contains_in_any_language
from r1540.core.querysets import OwnedQuerySet


def _search(queryset, text: str, *owner_fields: str):
    text = text.strip()
    if not text:
        return queryset
    condition = Q(title__icontains=text) | Q(description__icontains=text)
    for field in owner_fields:
        condition |= contains_in_any_language("{}__name".format(field), text)
    return queryset.filter(condition)


class AssistanceRequestQuerySet(OwnedQuerySet):
    """Published requests are public (the State decides); a State's POC also sees its own,
    drafts included; the Committee sees all."""

    def open(self):
        return self.exclude(status__in=["completed", "feedback", "declined", "withdrawn"])

    def search(self, text: str):
        return _search(self, text, "state")


class AssistanceOfferQuerySet(OwnedQuerySet):
    """Published offers are public; a provider's POC also sees its own."""

    state_field = "provider_state"
    organization_field = "provider_organization"

    def available(self):
        return self.exclude(status="withdrawn")

    def search(self, text: str):
        return _search(self, text, "provider_state", "provider_organization")


class MatchQuerySet(models.QuerySet):
    def between(self, requests, offers):
        """The matches of these requests with these offers."""
        return self.filter(request__in=requests, offer__in=offers)


class CommunicationQuerySet(models.QuerySet):
    def for_state(self, state_id: int):
        """Correspondence about the requests of this State."""
        return self.filter(request__state_id=state_id)

    def follow_ups_pending(self):
        return self.filter(follow_up_date__isnull=False, follow_up_done=False)
