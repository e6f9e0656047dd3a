"""The letters a State or an organization received, on its page."""

from r1540.core import panels
from r1540.core.permissions import policy_for
from r1540.programme.models import Letter


@panels.register("directory.State", "programme/panels/state_letters.html", order=50)
def state_letters(request, state) -> dict | None:
    return _letters(request, state)


@panels.register("directory.Organization", "programme/panels/state_letters.html", order=50)
def organization_letters(request, organization) -> dict | None:
    return _letters(request, organization)


def _letters(request, recipient) -> dict | None:
    policy = policy_for(Letter)
    if not policy.can_list(request.user):
        return None
    letters = list(policy.visible(request.user, recipient.letters.select_related("template"))[:10])
    return {"letters": letters} if letters else None
