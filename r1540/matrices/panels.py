"""The matrices' panel on a State's profile."""

from r1540.core import panels
from r1540.core.permissions import policy_for
from r1540.matrices.models import MatrixVersion


@panels.register("directory.State", "matrices/panels/state_matrices.html", order=30, shows=("matrices.MatrixVersion",))
def state_matrices(request, state) -> dict:
    versions = policy_for(MatrixVersion).visible(
        request.user, MatrixVersion.objects.filter(state=state).select_related("state", "template").order_by("-number")
    )
    return {"versions": list(versions), "state": state}
