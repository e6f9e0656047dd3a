"""Who may see and change national reporting data (see ``core.permissions``)."""

from r1540.core import roles
from r1540.core.permissions import Policy, RestrictedPolicy, register
from r1540.reporting.models import DialogueEntry, NationalReport, ReportFile


@register(NationalReport)
class NationalReportPolicy(Policy):
    """Published reports are public; the Committee records and publishes them."""

    def visible(self, user, queryset):
        return queryset.visible_to(user)

    def can_view_history(self, user, obj) -> bool:
        return roles.is_committee(user) or roles.bound_state_id(user) == obj.state_id


@register(ReportFile)
class ReportFilePolicy(NationalReportPolicy):
    def visible(self, user, queryset):
        return queryset.filter(report__in=NationalReport.objects.visible_to(user))

    def can_view_history(self, user, obj) -> bool:
        return super().can_view_history(user, obj.report)


@register(DialogueEntry)
class DialogueEntryPolicy(RestrictedPolicy):
    """The dialogue with a State is the Committee's and that State's; experts and the
    secretariat record it."""

    def can_list(self, user) -> bool:
        return roles.is_committee(user) or roles.bound_state_id(user) is not None

    def visible(self, user, queryset):
        return queryset.visible_to(user)

    def can_view_history(self, user, obj) -> bool:
        return roles.is_committee(user)
