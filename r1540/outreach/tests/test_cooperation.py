"""Cooperation with organizations and the Council's 1267 and 1373 committees: the real partners
and activities load from the files, all or nothing; a joint country visit needs the State's
invitation; what is unpublished, and every point of contact, stays away from the public."""

import csv
import datetime
import shutil

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.urls import reverse

from r1540.core.datafiles import DataFileInvalid
from r1540.core.roles import Role
from r1540.core.tests.factories import UserFactory
from r1540.outreach import reference, services
from r1540.outreach.models import Cooperation, CooperationActivity, Event, Question
from r1540.outreach.tests.factories import CooperationActivityFactory, CooperationFactory

pytestmark = pytest.mark.django_db

REAL_FILES = ("faq.csv", "training_courses.csv", "events.csv", "cooperation.csv", "cooperation_activities.csv")


@pytest.fixture
def directory(db):
    from r1540.directory import services as directory_services

    directory_services.reference_data_load()


def _rewrite(path, change):
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_the_real_partners_and_activities_load_with_their_sources_and_reload_unchanged(directory):
    report = services.outreach_load()
    assert Cooperation.objects.count() == 12
    assert set(Cooperation.objects.council_committees().values_list("organization__slug", flat=True)) == {
        "1267-committee",
        "ctc",
    }
    assert not Cooperation.objects.filter(is_demo=True).exists()
    assert not Cooperation.objects.exclude(confidence="verified").exists()
    statement = CooperationActivity.objects.get(code="coop-2011-joint-statement-ctc")
    assert statement.activity_date == datetime.date(2011, 11, 14)
    assert statement.event.code == "ev-2011-joint-statement-1267-1373-1540"
    assert "14 Nov 2011" in statement.source
    assert CooperationActivity.objects.filter(is_demo=False).count() == 7
    assert report.created["partners"] == 12 and report.created["partner activities"] == 7
    again = services.outreach_load()
    assert not again.created and not again.updated


def test_the_demo_activities_are_labelled_and_every_demo_visit_names_the_inviting_state(directory):
    services.outreach_load()
    services.outreach_load(demo=True)
    demo = CooperationActivity.objects.filter(code__startswith="demo-")
    assert demo.count() == 12
    assert set(demo.values_list("is_demo", "confidence")) == {(True, "synthetic")}
    visits = CooperationActivity.objects.joint_visits()
    assert visits.count() == 2
    assert all(visit.invited_by_state and visit.state is not None for visit in visits)


def test_a_bad_cooperation_file_names_every_bad_row_and_writes_nothing(directory, tmp_path):
    for name in REAL_FILES:
        shutil.copy(reference.DATA_DIR / name, tmp_path / name)

    def break_partners(rows):
        rows[0]["organization"] = "no-such-organization"
        rows[1]["modalities_en"] = ""

    def break_activities(rows):
        rows[0].update(kind="joint_visit", state="", invited_by_state="false")  # neither State nor invitation
        rows[1].update(kind="joint_visit", state="FRA", invited_by_state="false")  # no invitation
        rows[2]["partner"] = "wco"  # in the directory, but not a partner
        rows[3]["event"] = "ev-never-held"
        rows[4]["state"] = "ZZZ"

    _rewrite(tmp_path / "cooperation.csv", break_partners)
    _rewrite(tmp_path / "cooperation_activities.csv", break_activities)
    with pytest.raises(DataFileInvalid) as error:
        services.outreach_load(data_dir=tmp_path)
    problems = {(e.file, e.line, e.column) for e in error.value.errors}
    assert ("cooperation.csv", 2, "organization") in problems
    assert ("cooperation.csv", 3, "modalities_en") in problems
    assert {
        ("cooperation_activities.csv", 2, "state"),
        ("cooperation_activities.csv", 2, "invited_by_state"),
        ("cooperation_activities.csv", 3, "invited_by_state"),
        ("cooperation_activities.csv", 4, "partner"),
        ("cooperation_activities.csv", 5, "event"),
        ("cooperation_activities.csv", 6, "state"),
    } <= problems
    assert ("cooperation_activities.csv", 3, "state") not in problems  # France is named
    message = str(error.value)
    assert "“no-such-organization” is not in the directory" in message
    assert "only at the invitation of the State concerned" in message
    assert "“wco” is not a cooperation partner" in message
    assert "No event has the code “ev-never-held”" in message
    for model in (Cooperation, CooperationActivity, Event, Question):
        assert not model.objects.exists(), model


def test_a_bad_demo_visit_leaves_the_real_data_and_writes_no_demo(directory, tmp_path):
    services.outreach_load()
    for name in ("demo_events.csv", "demo_cooperation_activities.csv"):
        shutil.copy(reference.DATA_DIR / name, tmp_path / name)

    def uninvited(rows):
        visit = next(row for row in rows if row["kind"] == "joint_visit")
        visit["invited_by_state"] = "false"

    _rewrite(tmp_path / "demo_cooperation_activities.csv", uninvited)
    with pytest.raises(DataFileInvalid):
        services.outreach_load(data_dir=tmp_path, demo=True)
    assert not Event.objects.filter(is_demo=True).exists()
    assert not CooperationActivity.objects.filter(is_demo=True).exists()
    assert CooperationActivity.objects.count() == 7


def test_a_joint_visit_without_the_states_invitation_is_refused(world):
    partner = world["published_partner"]
    visit = CooperationActivity(
        cooperation=partner,
        kind="joint_visit",
        activity_date=datetime.date(2025, 9, 1),
        title_en="Visit nobody asked for",
        state=world["other_state"],
        confidence="verified",
    )
    with pytest.raises(ValidationError) as error:
        services.cooperation_activity_save(activity=visit, actor=None)
    assert set(error.value.message_dict) == {"invited_by_state"}
    visit.state, visit.invited_by_state = None, True
    with pytest.raises(ValidationError) as error:
        services.cooperation_activity_save(activity=visit, actor=None)
    assert set(error.value.message_dict) == {"state"}
    assert not CooperationActivity.objects.filter(title_en="Visit nobody asked for").exists()
    with pytest.raises(IntegrityError):  # the database keeps the rule too
        CooperationActivity.objects.create(
            code="coop-raw", cooperation=partner, kind="joint_visit", activity_date=datetime.date(2025, 9, 1)
        )


def test_an_activity_is_saved_with_a_code_and_history_and_a_change_needs_a_reason(world):
    expert = UserFactory(role=Role.EXPERT)
    activity = CooperationActivity(
        cooperation=world["published_partner"],
        kind="joint_visit",
        activity_date=datetime.date(2025, 9, 1),
        title_en="Joint visit to France",
        state=world["other_state"],
        invited_by_state=True,
        confidence="verified",
    )
    services.cooperation_activity_save(activity=activity, actor=expert)
    assert activity.code == "iaea-2025-09-01-joint-visit-to-france"
    assert activity.history.get().history_user == expert
    activity.title_en = "Joint visit to France (Paris)"
    with pytest.raises(ValidationError):
        services.cooperation_activity_save(activity=activity, actor=expert, reason="")
    services.cooperation_activity_save(
        activity=activity, actor=expert, reason="Place added", expected_version=activity.lock_version
    )
    assert activity.history.first().history_change_reason == "Place added"


def test_editors_record_an_activity_and_see_why_a_visit_is_refused(client, world):
    client.force_login(UserFactory(role=Role.SECRETARIAT))
    url = reverse("outreach:cooperationactivity_add", kwargs={"slug": "iaea"})
    refused = client.post(
        url,
        {
            "kind": "joint_visit",
            "activity_date": "2025-10-01",
            "date_precision": "day",
            "title_en": "Uninvited visit",
            "state": world["other_state"].pk,
            "confidence": "verified",
        },
    )
    assert refused.status_code == 200
    assert "only at the invitation of the State concerned" in refused.content.decode()
    assert not CooperationActivity.objects.filter(title_en="Uninvited visit").exists()
    accepted = client.post(
        url,
        {
            "kind": "joint_visit",
            "activity_date": "2025-10-01",
            "date_precision": "day",
            "title_en": "Invited visit",
            "state": world["other_state"].pk,
            "invited_by_state": "on",
            "confidence": "verified",
            "published": "on",
        },
    )
    activity = CooperationActivity.objects.get(title_en="Invited visit")
    assert accepted.status_code == 302 and accepted["Location"] == activity.get_absolute_url()
    page = client.get(reverse("outreach:cooperation", kwargs={"slug": "iaea"})).content.decode()
    assert "Invited visit" in page and "At the invitation of France" in page


def test_the_public_sees_no_unpublished_partner_or_activity_anywhere(client, world):
    listing = client.get(reverse("outreach:cooperation_list")).content.decode()
    assert "International Atomic Energy Agency" in listing
    assert "Organisation for the Prohibition of Chemical Weapons" not in listing
    assert client.get(reverse("outreach:cooperation", kwargs={"slug": "opcw"})).status_code == 404
    page = client.get(reverse("outreach:cooperation", kwargs={"slug": "iaea"})).content.decode()
    assert "Joint visit to Indonesia" in page and "Exchange not yet public" not in page
    opcw_page = client.get(world["other_organization"].get_absolute_url()).content.decode()
    assert "Cooperation still being agreed" not in opcw_page and "cooperation-heading" not in opcw_page
    iaea_page = client.get(world["own_organization"].get_absolute_url()).content.decode()
    assert "Exchanges on nuclear security" in iaea_page and "Exchange not yet public" not in iaea_page
    api = client.get(reverse("cooperation-list")).json()
    assert [partner["organization"] for partner in api["results"]] == ["iaea"]
    activities = client.get(reverse("cooperationactivity-list")).json()
    assert [activity["code"] for activity in activities["results"]] == ["coop-test-visit"]
    assert activities["results"][0]["state"] == "IDN" and activities["results"][0]["invited_by_state"] is True
    hidden = world["unpublished_activity"].pk
    assert client.get(reverse("cooperationactivity-detail", kwargs={"pk": hidden})).status_code == 404


def test_an_activity_of_an_unpublished_partner_stays_hidden_even_if_published(client, world):
    CooperationActivityFactory(cooperation=world["unpublished_partner"], title_en="Published by mistake")
    assert "Published by mistake" not in str(client.get(reverse("cooperationactivity-list")).json())
    client.force_login(UserFactory(role=Role.EXPERT))
    assert "Published by mistake" in str(client.get(reverse("cooperationactivity-list")).json())
    page = client.get(reverse("outreach:cooperation", kwargs={"slug": "opcw"})).content.decode()
    assert "Published by mistake" in page and "not published" in page


def test_the_state_page_lists_its_joint_visits_and_outreach_events(client, world):
    CooperationActivityFactory(
        cooperation=world["published_partner"],
        kind="joint_visit",
        state=world["own_state"],
        invited_by_state=True,
        published=False,
        title_en="Visit still confidential",
    )
    page = client.get(world["own_state"].get_absolute_url()).content.decode()
    assert "Joint visit to Indonesia" in page and "Workshop on export controls" in page
    assert "Visit still confidential" not in page
    france = client.get(world["other_state"].get_absolute_url()).content.decode()
    assert "state-outreach-heading" not in france


def test_points_of_contact_are_never_shown_to_the_public(client, world):
    person = str(world["own_organization_poc"].person)
    url = reverse("outreach:cooperation", kwargs={"slug": "iaea"})
    assert person not in client.get(url).content.decode()
    assert "pocs-heading" not in client.get(url).content.decode()
    api = client.get(reverse("cooperation-detail", kwargs={"pk": world["published_partner"].pk})).json()
    assert "email" not in str(api) and person not in str(api)
    client.force_login(UserFactory(role=Role.EXPERT))
    assert person in client.get(url).content.decode()


def test_partners_are_filtered_by_kind_and_found_by_name(client, world):
    committee = CooperationFactory(
        organization__slug="ctc",
        organization__acronym="CTC",
        organization__name_en="Counter-Terrorism Committee",
        organization__kind="un_committee",
    )
    url = reverse("outreach:cooperation_list")
    committees = client.get(url + "?kind=council_committee").content.decode()
    assert str(committee.organization.name) in committees and "International Atomic Energy Agency" not in committees
    organizations = client.get(url + "?kind=organization").content.decode()
    assert "Counter-Terrorism Committee" not in organizations and "International Atomic Energy Agency" in organizations
    found = client.get(url + "?q=nuclear").content.decode()
    assert "International Atomic Energy Agency" in found and "Counter-Terrorism Committee" not in found
    api = client.get(reverse("cooperation-list") + "?kind=council_committee").json()
    assert [(row["organization"], row["partner_kind"]) for row in api["results"]] == [("ctc", "council_committee")]


def test_the_partner_list_makes_a_fixed_number_of_queries(client, world, django_assert_max_num_queries):
    for number in range(5):
        partner = CooperationFactory(organization__slug="partner-{}".format(number))
        CooperationActivityFactory.create_batch(2, cooperation=partner)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("outreach:cooperation_list"))
    assert response.status_code == 200


def test_the_menu_offers_cooperation(client, world):
    page = client.get(reverse("outreach:cooperation_list")).content.decode()
    assert 'href="{}"'.format(reverse("outreach:cooperation_list")) in page
