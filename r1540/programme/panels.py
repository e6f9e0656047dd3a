"""The letters a State received, on its profile."""

from r1540.core import panels
from r1540.core.permissions import policy_for
from r1540.programme.models import Letter


@panels.register("directory.State", "programme/panels/state_letters.html", order=50)
def state_letters(request, state) -> dict | None:
    policy = policy_for(Letter)
    if not policy.can_list(request.user):
        return None
    letters = list(policy.visible(request.user, state.letters.select_related("template"))[:10])
    return {"letters": letters} if letters else None
