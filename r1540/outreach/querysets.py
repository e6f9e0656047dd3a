"""Reads of outreach: what the public may see, what is coming and what has been."""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from r1540.core.i18n import contains_in_any_language
from r1540.directory.choices import OrganizationKind
from r1540.outreach.choices import ActivityKind


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def upcoming(self):
        return self.filter(start_date__gte=timezone.localdate())

    def past(self):
        return self.filter(start_date__lt=timezone.localdate())

    def search(self, text: str):
        """Events whose title, description or place holds ``text``, in any language."""
        text = text.strip()
        if not text:
            return self
        return self.filter(
            contains_in_any_language("title", text)
            | contains_in_any_language("description", text)
            | Q(place__icontains=text)
        )


class CooperationQuerySet(models.QuerySet):
    """Cooperation partners."""

    def published(self):
        return self.filter(published=True)

    def council_committees(self):
        return self.filter(organization__kind=OrganizationKind.UN_COMMITTEE)

    def organizations(self):
        return self.exclude(organization__kind=OrganizationKind.UN_COMMITTEE)

    def with_activity_counts(self, *, published_only: bool):
        """Each partner with the number of its activities (only the published ones, or all)."""
        shown = Q(activities__published=True) if published_only else Q()
        return self.annotate(activity_count=models.Count("activities", filter=shown))

    def search(self, text: str):
        """Partners whose name, acronym, modalities or exchanges hold ``text``, in any language."""
        text = text.strip()
        if not text:
            return self
        return self.filter(
            contains_in_any_language("organization__name", text)
            | Q(organization__acronym__icontains=text)
            | contains_in_any_language("modalities", text)
            | contains_in_any_language("information_exchanged", text)
        )


class CooperationActivityQuerySet(models.QuerySet):
    """Activities with a partner."""

    def public(self):
        """An activity is public only when it and its partner are published."""
        return self.filter(published=True, cooperation__published=True)

    def joint_visits(self):
        return self.filter(kind=ActivityKind.JOINT_VISIT)

    def for_state(self, state):
        return self.filter(state=state)

    def search(self, text: str):
        text = text.strip()
        if not text:
            return self
        return self.filter(contains_in_any_language("title", text) | contains_in_any_language("description", text))
