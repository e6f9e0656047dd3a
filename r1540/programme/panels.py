"""The letters a State or an organization received, on its page."""

from r1540.core import panels
from r1540.core.permissions import policy_for
from r1540.programme.models import Letter


@panels.register("directory.State", "programme/panels/state_letters.html", order=50, shows=("programme.Letter",))
def state_letters(request, state) -> dict | None:
    return _letters(request, state)


@panels.register("directory.Organization", "programme/panels/state_letters.html", order=50, shows=("programme.Letter",))
def organization_letters(request, organization) -> dict | None:
    return _letters(request, organization)


# The Committee's own working arrangements: who sat in a meeting or a working group is on the
# meeting's and the working groups' pages, not a fact about the State or the organization.
panels.not_shown("directory.State", "programme.MeetingParticipant", "on the meeting's page (its participants)")
panels.not_shown("directory.Organization", "programme.MeetingParticipant", "on the meeting's page (its participants)")
panels.not_shown("directory.State", "programme.WorkingGroupMember", "on the working groups' page, by year")


def _letters(request, recipient) -> dict | None:
    policy = policy_for(Letter)
    if not policy.can_list(request.user):
        return None
    letters = list(policy.visible(request.user, recipient.letters.select_related("template"))[:10])
    return {"letters": letters} if letters else None
