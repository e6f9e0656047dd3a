"""Who may see and change directory data (see ``core.permissions``)."""

from r1540.core import roles
from r1540.core.permissions import Policy, RestrictedPolicy, acts_for, is_bound, own_rows, register
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

    def owner(self, obj) -> dict:
        return {"state": obj.state_id, "organization": obj.organization_id}

    def can_list(self, user) -> bool:
        return roles.is_committee(user) or is_bound(user)

    def visible(self, user, queryset):
        """Least privilege: the Committee sees every POC; a POC sees its own State's or
        organization's; the public sees none."""
        if roles.is_committee(user):
            return queryset
        return own_rows(user, queryset, organization_field="organization")

    def active_for(self, user, party):
        """The active POCs of a State or organization that ``user`` may see on its page, or
        ``None`` when the user may see no POC at all (the public)."""
        if not self.can_list(user):
            return None
        return self.visible(user, party.points_of_contact.active().select_related("person"))

    def can_add(self, user) -> bool:
        return roles.is_editor(user) or is_bound(user)

    def can_change(self, user, obj) -> bool:
        return acts_for(user, **self.owner(obj))
