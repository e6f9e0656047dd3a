"""Reads of the programme, meetings and letters (who may see what is the policies' ``visible``)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q


class MeetingQuerySet(models.QuerySet):
    def public(self):
        """Open meetings and briefings."""
        return self.filter(public=True)

    def between(self, start, end):
        return self.filter(starts_at__date__gte=start, starts_at__date__lte=end)


class MeetingDocumentQuerySet(models.QuerySet):
    def public(self):
        """The unrestricted documents of public meetings, once circulated."""
        return self.filter(restricted=False, meeting__public=True, circulated_at__isnull=False)

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(symbol__icontains=text) | Q(title__icontains=text) | Q(meeting__title__icontains=text))


class LetterQuerySet(models.QuerySet):
    def reminders_due(self, on):
        return self.filter(status="sent", reminder_date__lte=on)

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(symbol__icontains=text) | Q(state__iso3__iexact=text) | Q(content__icontains=text))
