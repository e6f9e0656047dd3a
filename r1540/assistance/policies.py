"""Who may see and change assistance data (see ``core.permissions``)."""

from r1540.assistance.choices import RequestStatus
from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Communication, Match
from r1540.core import roles
from r1540.core.permissions import (
    Policy,
    RestrictedPolicy,
    acts_for,
    is_bound,
    own_rows,
    policy_for,
    register,
    visible_owned,
)


@register(AssistanceRequest)
class AssistanceRequestPolicy(Policy):
    """The public sees published requests; a State's POC submits requests for its State and sees
    them all; experts and the secretariat record, circulate and match."""

    def owner(self, obj) -> dict:
        return {"state": obj.state_id}

    def visible(self, user, queryset):
        return visible_owned(user, queryset)

    def can_add(self, user) -> bool:
        return roles.is_editor(user) or roles.bound_state_id(user) is not None

    def can_change(self, user, obj) -> bool:
        if roles.is_editor(user):
            return True
        # The State may still correct its own request until the secretariat acknowledges it.
        return obj is not None and obj.status == "received" and acts_for(user, state=obj.state_id)

    def can_move(self, user, obj, to: str) -> bool:
        """The State gives its feedback on completed assistance; the other steps are the
        secretariat's."""
        if to == RequestStatus.FEEDBACK:
            return acts_for(user, state=obj.state_id)
        return self.can_act(user, obj)


@register(AssistanceOffer)
class AssistanceOfferPolicy(Policy):
    """Offers come from States' and organizations' POCs or are entered by the secretariat."""

    def owner(self, obj) -> dict:
        return {"state": obj.provider_state_id, "organization": obj.provider_organization_id}

    def visible(self, user, queryset):
        return visible_owned(user, queryset)

    def can_add(self, user) -> bool:
        return roles.is_editor(user) or is_bound(user)

    def can_change(self, user, obj) -> bool:
        return roles.is_editor(user) or (
            obj is not None and acts_for(user, **self.owner(obj)) and obj.status == "pledged"
        )


@register(Match)
class MatchPolicy(Policy):
    def visible(self, user, queryset):
        """A match shows where both its request and its offer do."""
        if roles.is_committee(user):
            return queryset
        return queryset.between(
            policy_for(AssistanceRequest).visible(user, AssistanceRequest.objects.all()),
            policy_for(AssistanceOffer).visible(user, AssistanceOffer.objects.all()),
        )

    def can_add(self, user) -> bool:
        return roles.is_editor(user)


@register(Communication)
class CommunicationPolicy(RestrictedPolicy):
    """Correspondence is the Committee's and the requesting State's; the experts and the
    secretariat record it."""

    def can_list(self, user) -> bool:
        return roles.is_committee(user) or roles.bound_state_id(user) is not None

    def visible(self, user, queryset):
        if roles.is_committee(user):
            return queryset
        return own_rows(user, queryset, state_field="request__state")
