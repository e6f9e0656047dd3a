"""Who may see and change outreach data."""

from r1540.core import roles
from r1540.core.permissions import Policy, register
from r1540.outreach.models import Cooperation, CooperationActivity, Event, Question


@register(Event)
class EventPolicy(Policy):
    """Published events are public; editors prepare the others."""

    def visible(self, user, queryset):
        """Editors see drafts; everyone else the published events."""
        return queryset if roles.is_editor(user) else queryset.published()


@register(Question)
class QuestionPolicy(Policy):
    """The FAQ is public once published."""

    def visible(self, user, queryset):
        return queryset if self.can_add(user) else queryset.filter(published=True)


@register(Cooperation)
class CooperationPolicy(Policy):
    """Published partners are public; the Committee sees the others; editors record them."""

    def visible(self, user, queryset):
        return queryset if roles.is_committee(user) else queryset.published()


@register(CooperationActivity)
class CooperationActivityPolicy(Policy):
    """An activity is public when it and its partner are published; editors record activities."""

    def visible(self, user, queryset):
        return queryset if roles.is_committee(user) else queryset.public()
