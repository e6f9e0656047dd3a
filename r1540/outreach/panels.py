"""Cooperation on the directory's pages: an organization's cooperation with the Committee, and
the joint visits and outreach events in a State."""

from r1540.core import panels
from r1540.core.permissions import policy_for
from r1540.outreach.models import Cooperation, CooperationActivity, Event


@panels.register(
    "directory.Organization",
    "outreach/panels/organization_cooperation.html",
    order=30,
    shows=("outreach.Cooperation", "outreach.CooperationActivity"),
)
def organization_cooperation(request, organization) -> dict | None:
    user = request.user
    partner = policy_for(Cooperation).visible(user, Cooperation.objects.filter(organization=organization)).first()
    if partner is None:
        return None
    activities = policy_for(CooperationActivity).visible(user, partner.activities.select_related("state"))
    return {"partner": partner, "activities": list(activities[:5]), "activity_count": activities.count()}


@panels.register(
    "directory.State",
    "outreach/panels/state_outreach.html",
    order=60,
    shows=("outreach.CooperationActivity", "outreach.Event"),
)
def state_outreach(request, state) -> dict | None:
    user = request.user
    visits = policy_for(CooperationActivity).visible(
        user,
        CooperationActivity.objects.joint_visits().for_state(state).select_related("cooperation__organization"),
    )
    events = policy_for(Event).visible(user, state.events_hosted.all())
    if not visits.exists() and not events.exists():
        return None
    return {"visits": list(visits[:10]), "events": list(events[:10])}
