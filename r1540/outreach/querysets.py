"""Reads of outreach: what the public may see, what is coming and what has been."""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from r1540.core import roles
from r1540.core.i18n import contains_in_any_language


class EventQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Editors see drafts; everyone else the published events."""
        return self if roles.is_editor(user) else self.filter(published=True)

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
