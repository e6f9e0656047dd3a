"""Who may see and change the matrices (see ``core.permissions``)."""

from r1540.core import roles
from r1540.core.permissions import Policy, register
from r1540.matrices.models import MatrixEntry, MatrixTemplate, MatrixVersion


@register(MatrixTemplate)
class MatrixTemplatePolicy(Policy):
    """Templates are public; experts and the secretariat correct their wording."""


@register(MatrixVersion)
class MatrixVersionPolicy(Policy):
    """Anyone may ask for the list; what it holds depends on who asks (``visible_to``).
    Only a draft can change, and only the experts and the secretariat change it."""

    def visible(self, user, queryset):
        return queryset.visible_to(user)

    def can_change(self, user, obj) -> bool:
        return roles.is_editor(user) and not obj.is_frozen

    def can_view_history(self, user, obj) -> bool:
        return roles.is_committee(user) or roles.bound_state_id(user) == obj.state_id


@register(MatrixEntry)
class MatrixEntryPolicy(MatrixVersionPolicy):
    def can_change(self, user, obj) -> bool:
        return super().can_change(user, obj.version)

    def can_view_history(self, user, obj) -> bool:
        return super().can_view_history(user, obj.version)


def can_respond(user, version: MatrixVersion) -> bool:
    """A version sent to a State takes that State's answers (its POC's, or the experts' and
    the secretariat's when the answer came by note verbale)."""
    return version.stage == "sent" and (roles.is_editor(user) or roles.bound_state_id(user) == version.state_id)
