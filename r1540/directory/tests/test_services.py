import datetime

import pytest
from django.core.exceptions import ValidationError

from r1540.core.audit import change_log
from r1540.core.services import ConcurrentEditError, audited_save
from r1540.directory import services
from r1540.directory.models import Person, PointOfContact, State
from r1540.directory.tests.factories import PersonFactory


@pytest.mark.django_db
def test_designation_update_and_end_are_recorded_events(world, cast):
    actor = cast["secretariat"]
    state = world["own_state"]
    old = world["own_state_poc"]
    poc = services.poc_designate(
        party=state,
        person=Person(family_name="Santoso"),
        location="capital",
        actor=actor,
        reason="Note verbale of 3 March 2020",
        designated_date=datetime.date(2020, 3, 3),
        replaces=old,
    )
    old.refresh_from_db()
    assert old.end_date == datetime.date(2020, 3, 3)
    assert [event.kind for event in old.events.all()] == ["ended"]
    assert [event.kind for event in poc.events.all()] == ["designated"]
    assert list(PointOfContact.objects.active(datetime.date(2020, 3, 4)).for_state(state)) == [poc]


@pytest.mark.django_db
def test_queries_for_missing_and_stale_pocs(world):
    services.poc_end(poc=world["other_state_poc"], actor=None, reason="Left", on_date=datetime.date(2021, 1, 1))
    assert list(State.objects.without_active_poc()) == [world["other_state"]]
    stale = PointOfContact.objects.unconfirmed_since(world["today"] - datetime.timedelta(days=730))
    assert world["own_state_poc"] in stale


@pytest.mark.django_db
def test_a_change_keeps_who_when_what_and_why(world, cast):
    state = world["own_state"]
    state.name_fr = "Indonésie"
    audited_save(obj=state, actor=cast["expert"], reason="French name added", expected_version=state.lock_version)
    entry = change_log(state)[0]
    assert entry.user == cast["expert"]
    assert entry.reason == "French name added"
    assert [(c.field, c.old, c.new) for c in entry.changes] == [("name_fr", None, "Indonésie")]


@pytest.mark.django_db
def test_a_change_needs_a_reason(world):
    with pytest.raises(ValidationError):
        audited_save(obj=world["own_state"], actor=None, reason="  ")


@pytest.mark.django_db
def test_a_stale_edit_is_refused_and_writes_nothing(world, cast):
    first = State.objects.get(pk=world["own_state"].pk)
    second = State.objects.get(pk=world["own_state"].pk)
    first.notes_en = "first"
    audited_save(obj=first, actor=cast["expert"], reason="one", expected_version=first.lock_version)
    second.notes_en = "second"
    with pytest.raises(ConcurrentEditError):
        audited_save(obj=second, actor=cast["secretariat"], reason="two", expected_version=second.lock_version)
    assert State.objects.get(pk=first.pk).notes_en == "first"


@pytest.mark.django_db
def test_edit_page_shows_the_conflict_in_the_users_language(client, world, cast):
    state = world["own_state"]
    client.force_login(cast["expert"])
    url = "/fr/directory/states/idn/edit/"
    stale_version = state.lock_version
    audited_save(obj=state, actor=cast["secretariat"], reason="meanwhile")
    data = {
        "name_en": "Indonesia",
        "regional_group": "asia_pacific",
        "regional_group_status": "member",
        "lock_version": stale_version,
        "reason": "mine",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Reload" not in response.content.decode() or response.wsgi_request.LANGUAGE_CODE == "fr"


@pytest.mark.django_db
def test_a_poc_updates_its_own_details_through_the_page(client, world, cast):
    poc = world["own_state_poc"]
    client.force_login(cast["state_poc"])
    response = client.post(
        "/directory/points-of-contact/{}/edit/".format(poc.pk),
        {
            "location": "capital",
            "institution": "Ministry of Foreign Affairs",
            "lock_version": poc.lock_version,
            "reason": "New e-mail",
            "person-family_name": poc.person.family_name,
            "person-email": "new@example.org",
        },
    )
    assert response.status_code == 302
    poc.refresh_from_db()
    assert poc.person.email == "new@example.org"
    assert poc.events.first().kind == "updated"
    assert PersonFactory._meta.model is Person
