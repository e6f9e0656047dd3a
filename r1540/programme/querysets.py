"""Reads of the programme, meetings and letters, and who may see what."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

from r1540.core import roles


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The Committee (this year's delegations, experts, secretariat) sees every meeting;
        everyone else the public ones."""
        return self if roles.is_committee(user) else self.filter(public=True)

    def between(self, start, end):
        return self.filter(starts_at__date__gte=start, starts_at__date__lte=end)


class MeetingDocumentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Delegations and the secretariat see every document, restricted ones included; the
        public sees the unrestricted documents of public meetings once circulated."""
        if roles.is_committee(user):
            return self
        return self.filter(restricted=False, meeting__public=True, circulated_at__isnull=False)

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(symbol__icontains=text) | Q(title__icontains=text) | Q(meeting__title__icontains=text))


class LetterQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Letters are the Committee's; a POC sees those addressed to its State or organization."""
        if roles.is_committee(user):
            return self
        state_id, organization_id = roles.bound_state_id(user), roles.bound_organization_id(user)
        if state_id is not None:
            return self.filter(state_id=state_id)
        if organization_id is not None:
            return self.filter(organization_id=organization_id)
        return self.none()

    def reminders_due(self, on):
        return self.filter(status="sent", reminder_date__lte=on)

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(symbol__icontains=text) | Q(state__iso3__iexact=text) | Q(content__icontains=text))
