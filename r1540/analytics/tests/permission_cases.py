from r1540.core.roles import Role
from r1540.core.testing.permissions import EDITORS, Case, only

COMMITTEE = (Role.DELEGATION, *EDITORS)

CASES = [
    Case("analytics:website_use", only(COMMITTEE)),
    Case("analytics:website_use", only(COMMITTEE), data=lambda w: {"days": "90", "format": "csv"}, label="CSV"),
]
