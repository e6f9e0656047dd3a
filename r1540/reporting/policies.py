"""Who may see and change national reporting data (see ``core.permissions``)."""

from r1540.core import roles
from r1540.core.permissions import Policy, RestrictedPolicy, own_rows, policy_for, register, visible_owned
from r1540.reporting.models import (
    ActionPlan,
    ActionPlanFile,
    ActionPlanFollowUp,
    Adherence,
    ControlList,
    DialogueEntry,
    EffectivePractice,
    Instrument,
    NationalReport,
    ReportFile,
)


class OwnedPolicy(Policy):
    """Data a State (or organization) owns: see ``core.querysets.OwnedQuerySet``; experts and the
    secretariat record it; the owner's history is open to its POC."""

    def owner(self, obj) -> dict:
        return {"state": obj.state_id}

    def visible(self, user, queryset):
        return visible_owned(user, queryset)


@register(NationalReport)
class NationalReportPolicy(OwnedPolicy):
    """Published reports are public; the Committee records and publishes them."""


@register(ReportFile)
class ReportFilePolicy(NationalReportPolicy):
    def visible(self, user, queryset):
        return queryset.filter(report__in=policy_for(NationalReport).visible(user, NationalReport.objects.all()))

    def owner(self, obj) -> dict:
        return super().owner(obj.report)


@register(DialogueEntry)
class DialogueEntryPolicy(RestrictedPolicy):
    """The dialogue with a State is the Committee's and that State's; experts and the
    secretariat record it."""

    def owner(self, obj) -> dict:
        return {"state": obj.state_id}

    def can_list(self, user) -> bool:
        return roles.is_committee(user) or roles.bound_state_id(user) is not None

    def visible(self, user, queryset):
        """Correspondence with a State is the Committee's and that State's."""
        return queryset if roles.is_committee(user) else own_rows(user, queryset)

    def can_view_history(self, user, obj) -> bool:
        return roles.is_committee(user)


@register(Instrument)
class InstrumentPolicy(Policy):
    """Reference data loaded from the repository's files: public, and changed by editing them."""

    def can_add(self, user) -> bool:
        return False

    def can_change(self, user, obj) -> bool:
        return False


@register(Adherence)
class AdherencePolicy(Policy):
    """Treaty adherence is public record; experts and the secretariat correct it."""


@register(ActionPlan)
class ActionPlanPolicy(OwnedPolicy):
    pass


@register(ActionPlanFile)
class ActionPlanFilePolicy(OwnedPolicy):
    def visible(self, user, queryset):
        return queryset.filter(plan__in=policy_for(ActionPlan).visible(user, ActionPlan.objects.all()))

    def owner(self, obj) -> dict:
        return super().owner(obj.plan)


@register(ActionPlanFollowUp)
class ActionPlanFollowUpPolicy(ActionPlanFilePolicy):
    pass


@register(EffectivePractice)
class EffectivePracticePolicy(OwnedPolicy):
    def owner(self, obj) -> dict:
        return {"state": obj.state_id, "organization": obj.organization_id}


@register(ControlList)
class ControlListPolicy(OwnedPolicy):
    pass
