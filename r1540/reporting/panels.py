"""The reporting timeline on a State's profile."""

from r1540.core import panels
from r1540.core.permissions import policy_for
from r1540.reporting import selectors
from r1540.reporting.models import ActionPlan, ControlList, EffectivePractice


@panels.register(
    "directory.State",
    "reporting/panels/state_timeline.html",
    order=20,
    shows=("reporting.NationalReport", "reporting.DialogueEntry"),
)
def state_timeline(request, state) -> dict | None:
    if state.status != "member":
        return None
    return {"state": state, "timeline": selectors.state_timeline(state, request.user)}


@panels.register(
    "directory.State",
    "reporting/panels/state_implementation.html",
    order=25,
    shows=("reporting.Adherence", "reporting.ActionPlan", "reporting.ControlList", "reporting.EffectivePractice"),
)
def state_implementation(request, state) -> dict | None:
    if state.status != "member":
        return None
    user = request.user
    return {
        "adherence": state.adherence.select_related("instrument", "state").order_by("instrument__position"),
        "plans": policy_for(ActionPlan).visible(user, state.action_plans.all()).order_by("revision"),
        "control_lists": policy_for(ControlList).visible(user, state.control_lists.all()),
        "practices": policy_for(EffectivePractice).visible(user, state.effective_practices.all()),
    }


@panels.register(
    "directory.Organization",
    "reporting/panels/organization_practices.html",
    order=45,
    shows=("reporting.EffectivePractice",),
)
def organization_practices(request, organization) -> dict | None:
    practices = policy_for(EffectivePractice).visible(request.user, organization.effective_practices.all())
    if not practices.exists():
        return None
    return {"practices": list(practices[:10])}
