"""Who may see and change the programme, meetings, documents and letters."""

from r1540.core import roles
from r1540.core.permissions import Policy, RestrictedPolicy, register
from r1540.programme.models import Letter, Meeting, MeetingDocument, MeetingDocumentFile, Programme, ProgrammeItem


@register(Programme)
class ProgrammePolicy(Policy):
    """The programme of work is a public Security Council document."""


@register(ProgrammeItem)
class ProgrammeItemPolicy(Policy):
    """Public; experts and the secretariat record progress."""


@register(Meeting)
class MeetingPolicy(Policy):
    """The Committee sees every meeting; the public sees open meetings and briefings."""

    def visible(self, user, queryset):
        return queryset.visible_to(user)

    def can_add(self, user) -> bool:
        return roles.role_of(user) in (roles.Role.SECRETARIAT, roles.Role.ADMINISTRATOR, roles.Role.EXPERT)


@register(MeetingDocument)
class MeetingDocumentPolicy(MeetingPolicy):
    """Restricted documents are for Council delegations and the secretariat only."""


@register(MeetingDocumentFile)
class MeetingDocumentFilePolicy(MeetingDocumentPolicy):
    def visible(self, user, queryset):
        return queryset.filter(document__in=MeetingDocument.objects.visible_to(user))


@register(Letter)
class LetterPolicy(RestrictedPolicy):
    """Letters are the Committee's; a POC sees the letters to its State or organization."""

    def can_list(self, user) -> bool:
        return (
            roles.is_committee(user)
            or roles.bound_state_id(user) is not None
            or roles.bound_organization_id(user) is not None
        )

    def visible(self, user, queryset):
        return queryset.visible_to(user)
