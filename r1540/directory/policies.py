"""Who may see and change directory data (see ``core.permissions``)."""

from r1540.core import roles
from r1540.core.permissions import Policy, RestrictedPolicy, register
from r1540.directory.models import CommitteeOffice, CouncilMembership, Organization, PointOfContact, State


@register(State)
class StatePolicy(Policy):
    """States are public reference data. Adding or removing one is an administrator's act."""

    def can_add(self, user) -> bool:
        return roles.is_administrator(user)


@register(Organization)
class OrganizationPolicy(Policy):
    pass


@register(CouncilMembership)
class CouncilMembershipPolicy(Policy):
    pass


@register(CommitteeOffice)
class CommitteeOfficePolicy(Policy):
    pass


@register(PointOfContact)
class PointOfContactPolicy(RestrictedPolicy):
    """The POC directory holds personal data: the Committee sees all of it, a State's or an
    organization's POC sees and keeps up to date its own, the public sees none."""

    def can_list(self, user) -> bool:
        return (
            roles.is_committee(user)
            or roles.bound_state_id(user) is not None
            or roles.bound_organization_id(user) is not None
        )

    def visible(self, user, queryset):
        return queryset.visible_to(user)

    def active_for(self, user, party):
        """The active POCs of a State or organization that ``user`` may see on its page, or
        ``None`` when the user may see no POC at all (the public)."""
        if not self.can_list(user):
            return None
        return self.visible(user, party.points_of_contact.active().select_related("person"))

    def _owns(self, user, obj) -> bool:
        state_id = roles.bound_state_id(user)
        organization_id = roles.bound_organization_id(user)
        return (state_id is not None and obj.state_id == state_id) or (
            organization_id is not None and obj.organization_id == organization_id
        )

    def can_add(self, user) -> bool:
        return (
            roles.is_editor(user)
            or roles.bound_state_id(user) is not None
            or roles.bound_organization_id(user) is not None
        )

    def can_add_for(self, user, party) -> bool:
        """May ``user`` designate a POC for this State or organization?"""
        if roles.is_editor(user):
            return True
        if isinstance(party, State):
            return roles.bound_state_id(user) == party.pk
        return roles.bound_organization_id(user) == party.pk

    def can_change(self, user, obj) -> bool:
        return roles.is_editor(user) or self._owns(user, obj)

    def can_view_history(self, user, obj) -> bool:
        return roles.is_committee(user) or self._owns(user, obj)
