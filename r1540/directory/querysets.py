"""Reusable reads of the directory."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from r1540.core.i18n import contains_in_any_language, text_contains


class StateQuerySet(models.QuerySet):
    def members(self):
        return self.filter(status="member")

    def in_group(self, group: str):
        return self.filter(regional_group=group)

    def on_council(self, year: int):
        return self.filter(council_memberships__year=year)

    def with_active_poc(self, on: datetime.date | None = None):
        from r1540.directory.models import PointOfContact

        active = PointOfContact.objects.active(on).filter(state=OuterRef("pk"))
        return self.annotate(has_active_poc=Exists(active))

    def without_active_poc(self, on: datetime.date | None = None):
        return self.with_active_poc(on).filter(has_active_poc=False)

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(
            Q(iso3__iexact=text) | Q(iso2__iexact=text) | Q(m49=text) | contains_in_any_language("name", text)
        )


class OrganizationQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(poc_count=Count("points_of_contact", filter=Q(points_of_contact__end_date__isnull=True)))

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(acronym__icontains=text) | contains_in_any_language("name", text))


class PointOfContactQuerySet(models.QuerySet):
    def active(self, on: datetime.date | None = None):
        on = on or timezone.localdate()
        return self.filter(designated_date__lte=on).filter(Q(end_date__isnull=True) | Q(end_date__gt=on))

    def for_state(self, state):
        return self.filter(state=state)

    def for_organization(self, organization):
        return self.filter(organization=organization)

    def unconfirmed_since(self, since: datetime.date):
        """Active POCs whose details nobody has confirmed since ``since``."""
        return self.active().filter(confirmed_date__lt=since)

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        query = (
            text_contains("person__given_name", text)
            | text_contains("person__family_name", text)
            | Q(person__email__icontains=text)
            | text_contains("institution", text)
            | contains_in_any_language("state__name", text)
            | Q(organization__acronym__icontains=text)
        )
        return self.filter(query)
