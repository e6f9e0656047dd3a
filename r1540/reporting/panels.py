"""The reporting timeline on a State's profile."""

from r1540.core import panels
from r1540.reporting import selectors


@panels.register("directory.State", "reporting/panels/state_timeline.html", order=20)
def state_timeline(request, state) -> dict | None:
    if state.status != "member":
        return None
    return {"state": state, "timeline": selectors.state_timeline(state, request.user)}
