"""Who may see and change the matrices (see ``core.permissions``)."""

from r1540.core import roles
from r1540.core.permissions import Policy, acts_for, own_rows, register
from r1540.matrices.choices import Stage
from r1540.matrices.models import MatrixEntry, MatrixTemplate, MatrixVersion


@register(MatrixTemplate)
class MatrixTemplatePolicy(Policy):
    """Templates are public; experts and the secretariat correct their wording."""


@register(MatrixVersion)
class MatrixVersionPolicy(Policy):
    """Anyone may ask for the list; what it holds depends on who asks: the Committee sees every
    version; a State's POC also its own State's versions once sent to it; everyone sees what
    is published. Only a draft can change, and only the experts and the secretariat change it."""

    def owner(self, obj) -> dict:
        return {"state": obj.state_id}

    def visible(self, user, queryset):
        if roles.is_committee(user):
            return queryset
        state_id = roles.bound_state_id(user)
        return queryset.published_or_sent_to(state_id) if state_id is not None else queryset.published()

    def followed(self, user, queryset):
        """The versions ``user`` answers for or follows: every one for the Committee, its own
        State's for a State's POC, none for anyone else."""
        return queryset if roles.is_committee(user) else own_rows(user, queryset)

    def audience(self, user) -> str:
        """Whose eyes ``user`` reads the versions with: every reader of one audience sees the same
        fields, so a kept download serves them all ("committee", "state-<id>" or "public")."""
        if roles.is_committee(user):
            return "committee"
        state_id = roles.bound_state_id(user)
        return "state-{}".format(state_id) if state_id is not None else "public"

    def sees_pending(self, user) -> bool:
        """The review's pending list: the Committee's and States' POCs' (``visible`` narrows it)."""
        return roles.is_committee(user) or roles.bound_state_id(user) is not None

    def can_change(self, user, obj) -> bool:
        return roles.is_editor(user) and not obj.is_frozen

    def can_respond(self, user, obj) -> bool:
        """A version sent to a State takes that State's answers (its POC's, or the experts' and
        the secretariat's when the answer came by note verbale)."""
        return obj.stage == Stage.SENT and acts_for(user, state=obj.state_id)

    def can_move(self, user, obj, to: str) -> bool:
        """The State returns the version it has answered; the other steps are the Committee's."""
        if to == Stage.RETURNED:
            return self.can_respond(user, obj)
        return self.can_act(user, obj)


@register(MatrixEntry)
class MatrixEntryPolicy(MatrixVersionPolicy):
    """As the versions, and where a version is seen only because it is published, only the
    fields its State agreed to publish."""

    def owner(self, obj) -> dict:
        return super().owner(obj.version)

    def visible(self, user, queryset):
        if roles.is_committee(user):
            return queryset
        state_id = roles.bound_state_id(user)
        return queryset.public_or_sent_to(state_id) if state_id is not None else queryset.public()

    def can_change(self, user, obj) -> bool:
        return super().can_change(user, obj.version)
