"""The seven roles of r1540 and the questions every permission rule asks about a user.

The public is not a stored role: it is whoever is not signed in (or whose account grants
nothing more). Every other role is a value of ``User.role``; the roles bound to a State, an
organization or a Council seat carry that binding on the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from r1540.core.models import User


class Role(models.TextChoices):
    STATE_POC = "state_poc", _("State point of contact")
    ORGANIZATION_POC = "organization_poc", _("Organization point of contact")
    DELEGATION = "delegation", _("Committee delegation")
    EXPERT = "expert", _("Expert")
    SECRETARIAT = "secretariat", _("Secretariat")
    ADMINISTRATOR = "administrator", _("Administrator")


#: Used in permission tables for the anonymous visitor.
PUBLIC = "public"
ALL_ROLES: tuple[str, ...] = (PUBLIC, *Role.values)

EDITOR_ROLES = frozenset({Role.EXPERT, Role.SECRETARIAT, Role.ADMINISTRATOR})


def role_of(user: User | AnonymousUser | None) -> str:
    """The user's role for permission decisions; ``PUBLIC`` for anonymous or inactive users."""
    if user is None or not user.is_authenticated or not user.is_active:
        return PUBLIC
    return user.role


def is_editor(user: User | AnonymousUser | None) -> bool:
    """Experts, the secretariat and administrators edit reference and reported data."""
    return role_of(user) in EDITOR_ROLES


def is_administrator(user: User | AnonymousUser | None) -> bool:
    return role_of(user) == Role.ADMINISTRATOR


def has_current_seat(user: User | AnonymousUser | None) -> bool:
    """A delegation acts for its Council member only in the year of that seat."""
    if role_of(user) != Role.DELEGATION or user.council_seat is None:
        return False
    return user.council_seat.year == timezone.localdate().year


def is_committee(user: User | AnonymousUser | None) -> bool:
    """Editors and the delegations sitting on the Committee this year."""
    return is_editor(user) or has_current_seat(user)


def bound_state_id(user: User | AnonymousUser | None) -> int | None:
    return user.state_id if role_of(user) == Role.STATE_POC else None


def bound_organization_id(user: User | AnonymousUser | None) -> int | None:
    return user.organization_id if role_of(user) == Role.ORGANIZATION_POC else None
