"""A POC acts only for its own State or organization, even when a service is called directly
(``core.permissions.acts_for``): requests, offers and feedback."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from r1540.assistance import services
from r1540.assistance.models import AssistanceOffer, AssistanceRequest
from r1540.assistance.tests.factories import AssistanceOfferFactory, AssistanceRequestFactory
from r1540.core.roles import Role
from r1540.core.tests.factories import UserFactory
from r1540.directory.tests.factories import CouncilMembershipFactory, OrganizationFactory, StateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def parties():
    own, other = StateFactory(iso3="IDN", iso2="ID", m49="360"), StateFactory(iso3="FRA", iso2="FR", m49="250")
    own_organization = OrganizationFactory(slug="iaea", acronym="IAEA")
    other_organization = OrganizationFactory(slug="opcw", acronym="OPCW")
    return {
        "own": own,
        "other": other,
        "own_organization": own_organization,
        "other_organization": other_organization,
        "state_poc": UserFactory(username="state-poc", role=Role.STATE_POC, state=own),
        "organization_poc": UserFactory(username="org-poc", role=Role.ORGANIZATION_POC, organization=own_organization),
        "delegation": UserFactory(  # this year's Council member: the Committee, yet no editor
            username="delegation",
            role=Role.DELEGATION,
            council_seat=CouncilMembershipFactory(state=other, year=timezone.localdate().year, seat="permanent"),
        ),
        "expert": UserFactory(username="expert", role=Role.EXPERT),
    }


def _request(state, **values) -> AssistanceRequest:
    return AssistanceRequestFactory.build(state=state, status="received", published=False, **values)


def test_a_state_poc_cannot_submit_a_request_for_another_state(parties):
    with pytest.raises(PermissionDenied):
        services.request_save(request=_request(parties["other"]), actor=parties["state_poc"])
    for outsider in ("organization_poc", "delegation"):
        with pytest.raises(PermissionDenied):
            services.request_save(request=_request(parties["own"]), actor=parties[outsider])
    assert not AssistanceRequest.objects.exists()

    mine = services.request_save(request=_request(parties["own"]), actor=parties["state_poc"])
    theirs = services.request_save(request=_request(parties["other"]), actor=parties["expert"])
    system = services.request_save(request=_request(parties["other"]), actor=None)
    assert AssistanceRequest.objects.count() == 3 and mine.submitted_by == parties["state_poc"]
    assert theirs.pk and system.pk


def test_a_state_poc_can_neither_give_away_nor_take_a_request(parties):
    mine = AssistanceRequestFactory(state=parties["own"], status="received", published=False)
    theirs = AssistanceRequestFactory(state=parties["other"], status="received", published=False)

    mine.state = parties["other"]
    with pytest.raises(PermissionDenied):
        services.request_save(request=mine, actor=parties["state_poc"], reason="moved")
    theirs.state = parties["own"]
    with pytest.raises(PermissionDenied):
        services.request_save(request=theirs, actor=parties["state_poc"], reason="taken")
    assert set(AssistanceRequest.objects.values_list("pk", "state__iso3")) == {(mine.pk, "IDN"), (theirs.pk, "FRA")}

    mine.state, mine.title = parties["own"], "Corrected title"
    services.request_save(request=mine, actor=parties["state_poc"], reason="typo")
    assert AssistanceRequest.objects.get(pk=mine.pk).title == "Corrected title"


@pytest.mark.parametrize(
    "actor, provider, allowed",
    [
        ("state_poc", {"provider_state": "own"}, True),
        ("state_poc", {"provider_state": "other"}, False),
        ("state_poc", {"provider_organization": "own_organization"}, False),
        ("organization_poc", {"provider_organization": "own_organization"}, True),
        ("organization_poc", {"provider_organization": "other_organization"}, False),
        ("organization_poc", {"provider_state": "own"}, False),
        ("delegation", {"provider_state": "own"}, False),
        ("expert", {"provider_organization": "other_organization"}, True),
    ],
)
def test_a_poc_offers_only_for_its_own_state_or_organization(parties, actor, provider, allowed):
    values = {"provider_state": None, "provider_organization": None}
    values.update({field: parties[key] for field, key in provider.items()})
    offer = AssistanceOfferFactory.build(status="pledged", **values)
    if allowed:
        services.offer_save(offer=offer, actor=parties[actor])
        assert AssistanceOffer.objects.count() == 1
    else:
        with pytest.raises(PermissionDenied):
            services.offer_save(offer=offer, actor=parties[actor])
        assert not AssistanceOffer.objects.exists()


def test_a_poc_cannot_take_another_providers_offer(parties):
    theirs = AssistanceOfferFactory(provider_state=None, provider_organization=parties["other_organization"])
    theirs.provider_organization = parties["own_organization"]
    with pytest.raises(PermissionDenied):
        services.offer_save(offer=theirs, actor=parties["organization_poc"], reason="taken")
    assert AssistanceOffer.objects.get(pk=theirs.pk).provider_organization == parties["other_organization"]


def test_only_the_requesting_state_gives_its_feedback(parties):
    theirs = AssistanceRequestFactory(state=parties["other"], status="completed")
    with pytest.raises(PermissionDenied):
        services.feedback_record(request=theirs, feedback="Very useful.", actor=parties["state_poc"])
    theirs.refresh_from_db()
    assert theirs.status == "completed" and not theirs.feedback

    mine = AssistanceRequestFactory(state=parties["own"], status="completed")
    services.feedback_record(request=mine, feedback="Very useful.", actor=parties["state_poc"])
    mine.refresh_from_db()
    assert mine.status == "feedback"
