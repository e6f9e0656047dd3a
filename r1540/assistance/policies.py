"""Who may see and change assistance data (see ``core.permissions``)."""

from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Communication, Match
from r1540.core import roles
from r1540.core.permissions import Policy, RestrictedPolicy, register


@register(AssistanceRequest)
class AssistanceRequestPolicy(Policy):
    """The public sees published requests; a State's POC submits requests for its State and sees
    them all; experts and the secretariat record, circulate and match."""

    def visible(self, user, queryset):
        return queryset.visible_to(user)

    def can_add(self, user) -> bool:
        return roles.is_editor(user) or roles.bound_state_id(user) is not None

    def can_change(self, user, obj) -> bool:
        if roles.is_editor(user):
            return True
        # The State may still correct its own request until the secretariat acknowledges it.
        return obj is not None and obj.status == "received" and roles.bound_state_id(user) == obj.state_id

    def can_view_history(self, user, obj) -> bool:
        return roles.is_committee(user) or roles.bound_state_id(user) == obj.state_id


@register(AssistanceOffer)
class AssistanceOfferPolicy(Policy):
    """Offers come from States' and organizations' POCs or are entered by the secretariat."""

    def visible(self, user, queryset):
        return queryset.visible_to(user)

    def can_add(self, user) -> bool:
        return (
            roles.is_editor(user)
            or roles.bound_state_id(user) is not None
            or roles.bound_organization_id(user) is not None
        )

    def _owns(self, user, obj) -> bool:
        return obj is not None and (
            (obj.provider_state_id is not None and roles.bound_state_id(user) == obj.provider_state_id)
            or (
                obj.provider_organization_id is not None
                and roles.bound_organization_id(user) == obj.provider_organization_id
            )
        )

    def can_change(self, user, obj) -> bool:
        return roles.is_editor(user) or (self._owns(user, obj) and obj.status == "pledged")

    def can_view_history(self, user, obj) -> bool:
        return roles.is_committee(user) or self._owns(user, obj)


@register(Match)
class MatchPolicy(Policy):
    def visible(self, user, queryset):
        return queryset.visible_to(user)

    def can_add(self, user) -> bool:
        return roles.is_editor(user)


@register(Communication)
class CommunicationPolicy(RestrictedPolicy):
    """Correspondence is the Committee's and the requesting State's; the experts and the
    secretariat record it."""

    def can_list(self, user) -> bool:
        return roles.is_committee(user) or roles.bound_state_id(user) is not None

    def visible(self, user, queryset):
        return queryset.visible_to(user)
