"""Who may see and change outreach data."""

from r1540.core.permissions import Policy, register
from r1540.outreach.models import Event, Question


@register(Event)
class EventPolicy(Policy):
    """Published events are public; editors prepare the others."""

    def visible(self, user, queryset):
        return queryset.visible_to(user)


@register(Question)
class QuestionPolicy(Policy):
    """The FAQ is public once published."""

    def visible(self, user, queryset):
        return queryset if self.can_add(user) else queryset.filter(published=True)
