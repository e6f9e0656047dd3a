"""The one rule of who acts for a State or an organization (``core.permissions.acts_for``), and
the owner questions every policy derives from it. Users are unsaved: no database is needed."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied

from r1540.core.models import User
from r1540.core.permissions import Policy, acts_for, owns, require_acts_for
from r1540.core.roles import Role

OWN_STATE, OTHER_STATE, OWN_ORGANIZATION, OTHER_ORGANIZATION = 1, 2, 11, 12


def user(role: str) -> User:
    return User(
        role=role,
        is_active=True,
        state_id=OWN_STATE if role == Role.STATE_POC else None,
        organization_id=OWN_ORGANIZATION if role == Role.ORGANIZATION_POC else None,
    )


@pytest.mark.parametrize(
    "role, own_state, other_state, own_organization, other_organization",
    [
        (Role.STATE_POC, True, False, False, False),
        (Role.ORGANIZATION_POC, False, False, True, False),
        (Role.DELEGATION, False, False, False, False),
        (Role.EXPERT, True, True, True, True),
        (Role.SECRETARIAT, True, True, True, True),
        (Role.ADMINISTRATOR, True, True, True, True),
    ],
)
def test_a_poc_acts_only_for_its_own_state_or_organization(
    role, own_state, other_state, own_organization, other_organization
):
    someone = user(role)
    assert acts_for(someone, state=OWN_STATE) is own_state
    assert acts_for(someone, state=OTHER_STATE) is other_state
    assert acts_for(someone, organization=OWN_ORGANIZATION) is own_organization
    assert acts_for(someone, organization=OTHER_ORGANIZATION) is other_organization


def test_nobody_owns_a_row_without_an_owner_and_the_public_acts_for_none():
    state_poc = user(Role.STATE_POC)
    assert not owns(state_poc) and not owns(state_poc, state=None, organization=None)
    assert not acts_for(AnonymousUser(), state=OWN_STATE)
    inactive = user(Role.STATE_POC)
    inactive.is_active = False
    assert not acts_for(inactive, state=OWN_STATE)


def test_an_owner_may_be_given_as_an_object_or_an_id():
    state = type("StateLike", (), {"pk": OWN_STATE})()
    assert acts_for(user(Role.STATE_POC), state=state)


def test_services_refuse_whoever_does_not_act_for_the_owner_but_not_the_system():
    require_acts_for(None, state=OTHER_STATE)  # loaders, tasks and the demo act as the system
    require_acts_for(user(Role.STATE_POC), state=OWN_STATE)
    require_acts_for(user(Role.EXPERT), state=OTHER_STATE)
    with pytest.raises(PermissionDenied):
        require_acts_for(user(Role.STATE_POC), state=OTHER_STATE)
    with pytest.raises(PermissionDenied):
        require_acts_for(user(Role.ORGANIZATION_POC), state=OWN_STATE)


class OwnedByState(Policy):
    def owner(self, obj) -> dict:
        return {"state": obj.state_id}


def test_the_owner_questions_follow_from_the_policys_owner():
    policy = OwnedByState()
    own, other = User(state_id=OWN_STATE), User(state_id=OTHER_STATE)  # any row with a state_id
    state_poc, delegation, expert = user(Role.STATE_POC), user(Role.DELEGATION), user(Role.EXPERT)

    assert policy.sees_internal(state_poc, own) and not policy.sees_internal(state_poc, other)
    assert not policy.sees_internal(state_poc)  # the Committee's internal view is not a POC's
    assert policy.can_view_history(state_poc, own) and not policy.can_view_history(state_poc, other)
    assert policy.sees_internal(expert, other) and not policy.sees_internal(delegation, other)
    assert policy.can_add_for(expert, state=OTHER_STATE) and policy.can_add_for_any(expert)
    assert not policy.can_add_for(state_poc, state=OWN_STATE)  # reference data: editors add
    assert policy.can_act(expert, own) and not policy.can_act(state_poc, own)
    assert policy.can_move(expert, own, "any") and not policy.can_move(state_poc, own, "any")
