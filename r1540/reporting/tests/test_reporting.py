import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from r1540.core.roles import Role
from r1540.reporting import demo, selectors, services
from r1540.reporting.models import DialogueEntry, NationalReport
from r1540.reporting.tests.factories import NationalReportFactory

pytestmark = pytest.mark.django_db


def test_a_second_first_report_is_refused_and_additional_information_needs_a_first(world, cast):
    duplicate = NationalReport(
        state=world["own_state"], kind="first", submitted_date=datetime.date(2005, 1, 1), channel="letter"
    )
    with pytest.raises(ValidationError) as error:
        services.national_report_save(report=duplicate, actor=cast[Role.EXPERT], reason="typo")
    assert "already has a first report" in str(error.value.error_dict["kind"])

    early = NationalReport(
        state=world["own_state"], kind="additional", submitted_date=datetime.date(2004, 5, 1), channel="letter"
    )
    with pytest.raises(ValidationError):
        services.national_report_save(report=early, actor=cast[Role.EXPERT], reason="addendum")


def test_a_report_from_the_future_is_refused(world, cast):
    future = NationalReport(
        state=world["other_state"],
        kind="additional",
        submitted_date=datetime.date.today() + datetime.timedelta(days=2),
        channel="email",
    )
    with pytest.raises(ValidationError) as error:
        services.national_report_save(report=future, actor=cast[Role.EXPERT], reason="x")
    assert "submitted_date" in error.value.error_dict


def test_non_reporting_states_on_a_date_with_their_last_contact(world):
    later = NationalReportFactory(state__iso3="QAT", state__name_en="Qatar", submitted_date=datetime.date(2010, 1, 1))
    on_2005 = {state.iso3: state for state in selectors.non_reporting_states(datetime.date(2005, 1, 1))}
    assert set(on_2005) == {"QAT"}
    assert {state.iso3 for state in selectors.non_reporting_states(datetime.date(2011, 1, 1))} == set()
    assert later.state.iso3 == "QAT"
    figures = selectors.reporting_figures(datetime.date(2011, 1, 1))
    assert figures == {"members": 3, "reported": 3, "not_reported": 0, "additional": 0}


def test_the_demo_follows_the_published_totals_and_leaves_the_nine_of_2020(reference_data):
    demo.load()
    nine = set(demo.non_reporting_codes())
    on_2020 = {state.iso3 for state in selectors.non_reporting_states(datetime.date(2020, 2, 1))}
    assert on_2020 == nine and len(nine) == 9
    # The published anchors (domain.md §3.2): 97 had reported by the end of 2004, 182 by March 2019.
    assert selectors.reporting_figures(datetime.date(2004, 12, 31))["reported"] == 97
    assert selectors.reporting_figures(datetime.date(2019, 3, 31))["reported"] == 182
    assert NationalReport.objects.filter(is_demo=False).count() == 0
    demo.load()  # idempotent
    assert NationalReport.objects.first_reports().count() == 184


def test_the_non_reporting_api_answers_for_a_date(client, world):
    response = client.get(reverse("nationalreport-non-reporting"), {"on": "2004-01-01"})
    assert {row["iso3"] for row in response.json()} == {"IDN", "FRA"}
    assert client.get(reverse("nationalreport-non-reporting"), {"on": "soon"}).status_code == 400


def test_the_public_sees_published_reports_only(client, world, cast):
    def states():
        return [row["state"] for row in client.get(reverse("nationalreport-list")).json()["results"]]

    assert states() == ["IDN"]
    client.force_login(cast[Role.EXPERT])
    assert sorted(states()) == ["FRA", "IDN"]


def test_the_profile_shows_the_reporting_timeline_and_the_matrices(client, world, cast):
    page = client.get(world["own_state"].get_absolute_url()).content.decode()
    assert "First national report" in page
    assert "Letter of the Chair" not in page  # the dialogue is not public
    client.force_login(cast[Role.STATE_POC])
    page = client.get(world["own_state"].get_absolute_url()).content.decode()
    assert "Letter of the Chair" in page
    assert world["own_sent_matrix"].get_absolute_url() in page


def test_an_expert_records_a_contact_and_a_bad_one_is_explained(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    url = reverse("reporting:dialogue", kwargs={"code": "fra"})
    response = client.post(url, {"date": "2020-03-20", "kind": "call", "summary": "Call with the mission"})
    assert response.status_code == 302
    entry = DialogueEntry.objects.get(state=world["other_state"])
    assert entry.recorded_by == cast[Role.EXPERT]

    response = client.post(url, {"date": "2999-01-01", "kind": "call", "summary": "x"})
    assert response.status_code == 200
    assert DialogueEntry.objects.filter(state=world["other_state"]).count() == 1


def test_a_report_is_added_through_the_page_with_a_reason(client, world, cast):
    client.force_login(cast[Role.SECRETARIAT])
    response = client.post(
        reverse("reporting:report_add"),
        {
            "state": world["other_state"].pk,
            "kind": "additional",
            "submitted_date": "2006-11-02",
            "channel": "note_verbale",
            "symbol": "S/AC.44/2004/(02)/60",
            "reason": "Received by note verbale",
        },
    )
    duplicate = client.post(
        reverse("reporting:report_add"),
        {
            "state": world["other_state"].pk,
            "kind": "first",
            "submitted_date": "2007-01-02",
            "channel": "email",
            "reason": "again",
        },
    )
    assert duplicate.status_code == 200
    assert "already has a first report" in str(duplicate.context["form"].errors)
    assert response.status_code == 302, response.context["form"].errors
    report = NationalReport.objects.get(state=world["other_state"], kind="additional", symbol__endswith="/60")
    assert report.history.first().history_change_reason == "Received by note verbale"
