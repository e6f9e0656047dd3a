"""Assistance on the directory's pages: a State's requests and the offers it makes, and an
organization's offers."""

from r1540.assistance.models import AssistanceOffer, AssistanceRequest
from r1540.core import panels
from r1540.core.permissions import policy_for


@panels.register(
    "directory.State",
    "assistance/panels/state_assistance.html",
    order=40,
    shows=("assistance.AssistanceRequest", "assistance.AssistanceOffer"),
)
def state_assistance(request, state) -> dict | None:
    user = request.user
    requests = policy_for(AssistanceRequest).visible(user, state.assistance_requests.all())
    offers = policy_for(AssistanceOffer).visible(user, state.assistance_offers.all())
    if not requests.exists() and not offers.exists():
        return None
    return {"requests": list(requests[:10]), "offers": list(offers[:10])}


@panels.register(
    "directory.Organization", "assistance/panels/state_assistance.html", order=40, shows=("assistance.AssistanceOffer",)
)
def organization_assistance(request, organization) -> dict | None:
    offers = policy_for(AssistanceOffer).visible(request.user, organization.assistance_offers.all())
    if not offers.exists():
        return None
    return {"requests": [], "offers": list(offers[:10])}
