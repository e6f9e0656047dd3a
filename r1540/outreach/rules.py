"""Rules of cooperation that the model, the file reader and the forms all apply (pure: no ORM)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from r1540.outreach.choices import ActivityKind

VISIT_NEEDS_STATE = _("A joint country visit takes place in a State: name the State.")
VISIT_NEEDS_INVITATION = _("A joint country visit is made only at the invitation of the State concerned.")
INVITATION_NEEDS_STATE = _("Name the State that made the invitation.")


def activity_problems(*, kind: str, has_state: bool, invited_by_state: bool) -> dict[str, str]:
    """What is wrong with an activity's kind, State and invitation, by field; empty when nothing is."""
    problems = {}
    if kind == ActivityKind.JOINT_VISIT:
        if not has_state:
            problems["state"] = VISIT_NEEDS_STATE
        if not invited_by_state:
            problems["invited_by_state"] = VISIT_NEEDS_INVITATION
    elif invited_by_state and not has_state:
        problems["state"] = INVITATION_NEEDS_STATE
    return problems
