from r1540.core.roles import Role
from r1540.core.testing.permissions import EDITORS, Case, only

COMMITTEE = only((Role.DELEGATION, *EDITORS))

CASES = [
    Case("translations:coverage", COMMITTEE),
    Case(
        "translations:coverage_detail",
        COMMITTEE,
        kwargs=lambda w: {"app_label": "outreach", "model_name": "question"},
    ),
]
