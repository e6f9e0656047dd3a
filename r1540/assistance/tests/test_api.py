"""The API contract other tools rely on: create requests and offers, ask for matches."""

import pytest
from django.urls import reverse

from r1540.assistance import demo, evaluation, services
from r1540.assistance.models import AssistanceOffer, AssistanceRequest
from r1540.core.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(world):
    """The labelled set's 60 offers, as providers would have posted them (the States' offers
    under France and the organizations' under the IAEA: who provides does not change the text)."""
    states = {row["provider"]: world["other_state"] for row in evaluation.load().offers}
    organizations = {row["provider"].upper(): world["own_organization"] for row in evaluation.load().offers}
    for number, row in enumerate(evaluation.load().offers):
        demo._offer(row, states, organizations, number).save()
    services.embeddings_refresh(AssistanceOffer.objects.all())  # what the background task does on save


SPANISH = {
    "title": "Tipificación penal de actos de agentes no estatales",
    "description": (
        "Nuestro código penal no castiga la fabricación, adquisición, posesión, transporte ni el uso de armas "
        "nucleares, químicas o biológicas por agentes no estatales. Pedimos apoyo de juristas para redactar los "
        "nuevos tipos penales, las penas y las reglas de complicidad y financiación, y para revisar el proyecto "
        "de ley antes de enviarlo al Congreso."
    ),
    "language": "es",
}


def test_a_posted_spanish_request_has_its_matches_when_the_post_returns(
    client, world, cast, catalogue, django_capture_on_commit_callbacks
):
    client.force_login(cast[Role.STATE_POC])
    with django_capture_on_commit_callbacks(execute=True):
        created = client.post(reverse("assistancerequest-list"), SPANISH, content_type="application/json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["state"] == "IDN" and body["status"] == "received" and body["areas"] == []
    request = AssistanceRequest.objects.get(pk=body["id"])
    assert request.channel == "online" and request.embedding is not None  # the task ran on commit
    matches = client.get(reverse("assistancerequest-matches", kwargs={"pk": body["id"]}), {"limit": 3}).json()
    assert len(matches) == 3
    assert [m["score"] for m in matches] == sorted((m["score"] for m in matches), reverse=True)
    offers = AssistanceOffer.objects.in_bulk([m["offer"] for m in matches])
    legislative = [
        m for m in matches if offers[m["offer"]].language in ("en", "fr") and "legislative" in offers[m["offer"]].types
    ]
    assert legislative, [offers[m["offer"]].title for m in matches]
    assert any("Similar need described" in reason for reason in legislative[0]["reasons"])
    assert {"code", "values"} == set(legislative[0]["reason_codes"][0])


def test_reasons_come_in_the_callers_language(client, world, cast, catalogue):
    client.force_login(cast[Role.EXPERT])
    created = client.post(
        reverse("assistancerequest-list"),
        {**SPANISH, "state": "FRA", "areas": ["legal_framework"]},
        content_type="application/json",
    ).json()
    french = client.get(
        reverse("assistancerequest-matches", kwargs={"pk": created["id"]}), HTTP_ACCEPT_LANGUAGE="fr"
    ).json()
    assert any(reason.startswith("Domaines communs") for reason in french[0]["reasons"]), french[0]["reasons"]


def test_offers_are_posted_by_providers_and_rank_requests(client, world, cast):
    client.force_login(cast[Role.ORGANIZATION_POC])
    created = client.post(
        reverse("assistanceoffer-list"),
        {
            "title": "Assistance législative pour le droit pénal",
            "description": "Des juristes aident les États à rédiger les infractions pénales visant les acteurs "
            "non étatiques.",
            "language": "fr",
            "types": ["legislative"],
        },
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["provider_organization"] == "IAEA" and created.json()["regions"] == ["global"]
    matches = client.get(reverse("assistanceoffer-matches", kwargs={"pk": created.json()["id"]})).json()
    # The organization's POC sees published requests and never another State's unpublished one.
    titles = {m["title"] for m in matches}
    assert "Published request of France" in titles and "Private request of France" not in titles


def test_bad_input_is_explained_field_by_field(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    response = client.post(
        reverse("assistancerequest-list"),
        {"title": "", "description": "x", "language": "xx", "areas": ["nonsense"]},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert {"title", "language", "areas"} <= set(response.json())
    own = client.get(reverse("assistancerequest-matches", kwargs={"pk": world["own_draft_request"].pk}), {"limit": 0})
    assert own.status_code == 400 and "limit" in own.json()


def test_a_state_poc_cannot_ask_for_another_state(client, world, cast):
    client.force_login(cast[Role.STATE_POC])
    response = client.post(
        reverse("assistancerequest-list"), {**SPANISH, "state": "FRA"}, content_type="application/json"
    )
    assert response.status_code == 400 and "state" in response.json()


def test_the_public_sees_published_requests_only(client, world, cast):
    titles = {item["title"] for item in client.get(reverse("assistancerequest-list")).json()["results"]}
    assert titles == {"Published request of France"}
    client.force_login(cast[Role.STATE_POC])
    titles = {item["title"] for item in client.get(reverse("assistancerequest-list")).json()["results"]}
    assert titles == {"Published request of France", "Draft request of Indonesia"}
