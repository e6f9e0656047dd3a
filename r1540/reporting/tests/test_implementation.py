"""Action plans, effective practices and control lists."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from r1540.core.permissions import policy_for
from r1540.core.roles import Role
from r1540.reporting import services
from r1540.reporting.models import ActionPlan, ControlList, EffectivePractice
from r1540.reporting.tests.factories import ActionPlanFollowUpFactory

pytestmark = pytest.mark.django_db


def test_a_second_plan_is_a_revision_of_the_first(world, cast):
    duplicate = ActionPlan(state=world["own_state"], title="Another plan", shared_date=datetime.date(2021, 1, 1))
    with pytest.raises(ValidationError) as error:
        services.action_plan_save(plan=duplicate, actor=cast[Role.EXPERT], reason="received")
    assert "next revision" in str(error.value)

    first = world["own_draft_plan"]
    second = services.action_plan_revise(plan=first, actor=cast[Role.EXPERT], reason="Updated plan of 2021")
    first.refresh_from_db()
    assert (second.revision, second.previous, second.status) == (2, first, "shared")
    assert first.status == "superseded"
    assert first.history.first().history_change_reason == "Updated plan of 2021"
    with pytest.raises(ValidationError):
        services.action_plan_revise(plan=first, actor=cast[Role.EXPERT], reason="again")


def test_follow_ups_are_due_overdue_and_done(client, world, cast):
    plan = world["other_published_plan"]
    overdue = ActionPlanFollowUpFactory(plan=plan, due_date=datetime.date.today() - datetime.timedelta(days=1))
    assert overdue.overdue
    client.force_login(cast[Role.SECRETARIAT])
    url = reverse("reporting:actionplan_follow_up", kwargs={"pk": plan.pk})
    client.post(url, {"kind": "meeting", "summary": "Video call with the mission", "due_date": "2031-01-15"})
    assert plan.follow_ups.filter(summary="Video call with the mission", due_date="2031-01-15").exists()
    client.post(url, {"done": overdue.pk})
    overdue.refresh_from_db()
    assert overdue.done_date == datetime.date.today() and not overdue.overdue
    page = client.get(plan.get_absolute_url()).content.decode()
    assert "Video call with the mission" in page


def test_a_state_poc_sees_its_own_unpublished_plan_and_no_one_else_outside_the_committee(client, world, cast):
    draft = world["own_draft_plan"]
    assert client.get(reverse("actionplan-detail", kwargs={"pk": draft.pk})).status_code == 404
    public_titles = [item["title"] for item in client.get(reverse("actionplan-list")).json()["results"]]
    assert "Draft plan of Indonesia" not in public_titles
    client.force_login(cast[Role.STATE_POC])
    own = client.get(reverse("actionplan-list")).json()["results"]
    assert "Draft plan of Indonesia" in [item["title"] for item in own]
    page = client.get(reverse("reporting:actionplan", kwargs={"pk": draft.pk}))
    assert page.status_code == 200 and "Draft plan of Indonesia" in page.content.decode()


def test_a_practice_is_published_only_with_consent(world, cast):
    practice = world["other_private_practice"]
    practice.published = True
    with pytest.raises(ValidationError) as error:
        services.effective_practice_save(practice=practice, actor=cast[Role.EXPERT], reason="publish")
    assert "published" in error.value.error_dict
    practice.consent_to_publish = True
    services.effective_practice_save(practice=practice, actor=cast[Role.EXPERT], reason="consent by letter")
    assert practice.consent_date == datetime.date.today()
    assert policy_for(EffectivePractice).visible(None, EffectivePractice.objects.all()).filter(pk=practice.pk).exists()


def test_an_organization_poc_sees_its_own_practice_history(client, world, cast):
    practice = world["own_organization_practice"]
    client.force_login(cast[Role.ORGANIZATION_POC])
    assert client.get(reverse("effectivepractice-history", kwargs={"pk": practice.pk})).status_code == 200


def test_a_control_list_is_recorded_with_the_lists_it_takes_in(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    response = client.post(
        reverse("reporting:controllist_add"),
        {
            "state": world["other_state"].pk,
            "title": "Liste des biens à double usage",
            "kind": "regional",
            "coverage": ["nsg", "wassenaar", "australia_group"],
            "adopted_date": "2009-05-05",
            "updated_date": "2008-01-01",
            "reason": "From the national report",
        },
    )
    assert response.status_code == 200  # updated before adopted: the form says so
    assert "cannot be updated before it was adopted" in response.content.decode()
    response = client.post(
        reverse("reporting:controllist_add"),
        {
            "state": world["other_state"].pk,
            "title": "Liste des biens à double usage",
            "kind": "regional",
            "coverage": ["nsg", "wassenaar", "australia_group"],
            "adopted_date": "2009-05-05",
            "updated_date": "2021-09-09",
            "published": "on",
            "reason": "From the national report",
        },
    )
    assert response.status_code == 302
    saved = ControlList.objects.get(title="Liste des biens à double usage")
    assert saved.coverage == ["nsg", "wassenaar", "australia_group"]
    page = client.get(saved.get_absolute_url()).content.decode()
    assert "Australia Group lists" in page and "Wassenaar dual-use list" in page
    edit = client.get(reverse("reporting:controllist_edit", kwargs={"pk": saved.pk})).content.decode()
    assert (
        'value="wassenaar" class="form-check-input" id="id_coverage_' in edit.replace("checked ", "")
        or "checked" in edit
    )


def test_the_state_profile_shows_treaties_plans_and_lists(client, world, cast):
    client.force_login(cast[Role.STATE_POC])
    page = client.get(world["own_state"].get_absolute_url()).content.decode()
    assert "Treaties, plans and control lists" in page
    assert reverse("reporting:actionplan", kwargs={"pk": world["own_draft_plan"].pk}) in page
