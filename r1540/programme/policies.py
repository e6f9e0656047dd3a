"""Who may see and change the programme, meetings, documents and letters."""

from r1540.core import roles
from r1540.core.permissions import Policy, RestrictedPolicy, is_bound, own_rows, policy_for, register
from r1540.programme.models import (
    Letter,
    Meeting,
    MeetingDocument,
    MeetingDocumentFile,
    MeetingParticipant,
    Programme,
    ProgrammeItem,
    ReviewDecision,
    ReviewSection,
    WorkingGroupMember,
)


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
        """The Committee (this year's delegations, experts, secretariat) sees every meeting;
        everyone else the public ones."""
        return queryset if roles.is_committee(user) else queryset.public()

    def can_add(self, user) -> bool:
        return roles.role_of(user) in (roles.Role.SECRETARIAT, roles.Role.ADMINISTRATOR, roles.Role.EXPERT)


@register(MeetingParticipant)
class MeetingParticipantPolicy(MeetingPolicy):
    """Who takes part is seen with the meeting: the Committee's for closed meetings."""

    def visible(self, user, queryset):
        return queryset.filter(meeting__in=policy_for(Meeting).visible(user, Meeting.objects.all()))

    def can_change(self, user, obj) -> bool:
        return self.can_add(user)

    def can_delete(self, user, obj) -> bool:
        return self.can_add(user)


@register(MeetingDocument)
class MeetingDocumentPolicy(MeetingPolicy):
    """Restricted documents are for Council delegations and the secretariat only."""

    def visible(self, user, queryset):
        """The Committee sees every document, restricted ones included; the public sees the
        unrestricted documents of public meetings once circulated."""
        return queryset if roles.is_committee(user) else queryset.public()


@register(MeetingDocumentFile)
class MeetingDocumentFilePolicy(MeetingDocumentPolicy):
    def visible(self, user, queryset):
        return queryset.filter(document__in=policy_for(MeetingDocument).visible(user, MeetingDocument.objects.all()))


@register(Letter)
class LetterPolicy(RestrictedPolicy):
    """Letters are the Committee's; a POC sees the letters to its State or organization."""

    def can_list(self, user) -> bool:
        return roles.is_committee(user) or is_bound(user)

    def visible(self, user, queryset):
        if roles.is_committee(user):
            return queryset
        return own_rows(user, queryset, organization_field="organization")


@register(WorkingGroupMember)
class WorkingGroupMemberPolicy(Policy):
    """Who sits in the working groups is public, like their coordinators; editors keep the lists."""

    def can_delete(self, user, obj) -> bool:
        return roles.is_editor(user)


@register(ReviewDecision)
class ReviewDecisionPolicy(Policy):
    """The Committee's decisions on a review are public once recorded."""


@register(ReviewSection)
class ReviewSectionPolicy(RestrictedPolicy):
    """The draft report is the Committee's until it is adopted: delegations read, experts and
    the secretariat draft."""

    def can_list(self, user) -> bool:
        return roles.is_committee(user)

    def visible(self, user, queryset):
        return queryset if roles.is_committee(user) else queryset.none()
