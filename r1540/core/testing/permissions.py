"""The permission harness: every URL and API endpoint, the answer each role gets, declared once.

Each app lists ``CASES`` in ``<app>/tests/permission_cases.py``. ``core/tests/test_permissions.py``
runs every case for every role and fails if any named URL of the project has no case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from r1540.core.roles import ALL_ROLES, PUBLIC, Role

EDITORS = (Role.EXPERT, Role.SECRETARIAT, Role.ADMINISTRATOR)
SIGNED_IN = tuple(role for role in ALL_ROLES if role != PUBLIC)


def expect(default: int, **overrides: int) -> dict[str, int]:
    """``expect(200, public=302)``: the status for each role, with exceptions by role name."""
    table = dict.fromkeys(ALL_ROLES, default)
    for role, status in overrides.items():
        if role not in table:
            raise KeyError(role)
        table[role] = status
    return table


def only(allowed: tuple[str, ...], ok: int = 200, public: int = 302, other: int = 403) -> dict[str, int]:
    """``ok`` for the roles allowed, ``public`` for the anonymous, ``other`` for the rest."""
    return {role: ok if role in allowed else (public if role == PUBLIC else other) for role in ALL_ROLES}


@dataclass(frozen=True)
class Case:
    url_name: str
    expected: dict[str, int]
    kwargs: Callable[[dict], dict] = field(default=lambda world: {})
    method: str = "get"
    data: Callable[[dict], dict] = field(default=lambda world: {})
    label: str = ""

    @property
    def id(self) -> str:
        return "{} {}{}".format(self.method.upper(), self.url_name, " ({})".format(self.label) if self.label else "")
