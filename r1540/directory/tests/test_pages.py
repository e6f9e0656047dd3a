"""The directory's pages: their cost in SQL queries does not grow with the rows they show;
the CSV and Excel exports hold the filtered rows; htmx gets the table alone; search."""

import csv
import datetime
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from r1540.directory.models import CommitteeOffice, PointOfContact, State
from r1540.directory.tests.factories import (
    CouncilMembershipFactory,
    OrganizationFactory,
    PersonFactory,
    PointOfContactFactory,
    StateFactory,
)

PAST_YEAR = 2010
GROUPS = [
    ("african", "Africa", "Western Africa"),
    ("asia_pacific", "Asia", "South-eastern Asia"),
    ("eastern_european", "Europe", "Eastern Europe"),
    ("latin_american_caribbean", "Americas", "South America"),
]


def this_year() -> int:
    return timezone.localdate().year


def add_rows(world, start: int, stop: int) -> None:
    """States ``start``…``stop - 1``, each with everything a page could look up row by row:
    POCs (with their person), seats on the Council this year and in PAST_YEAR, a Committee
    office in both years, an organization that is part of another, with its own POC."""
    for i in range(start, stop):
        group, region, subregion = GROUPS[i % len(GROUPS)]
        state = StateFactory(
            # Explicit codes: the factory's own sequences can collide in a long run.
            iso3="Q{}{}".format(chr(65 + i // 26), chr(65 + i % 26)),
            iso2="Q{}".format(chr(65 + i)),
            m49="{:03d}".format(600 + i),
            name_en="Testland {}".format(i),
            regional_group=group,
            m49_region=region,
            m49_subregion=subregion,
        )
        for year in (this_year(), PAST_YEAR):
            CouncilMembershipFactory(state=state, year=year, seat="elected")
            CommitteeOffice.objects.create(
                office="wg_coordinator",
                working_group="monitoring",
                state=state,
                holder_name="Coordinator {}".format(i),
                start_date=datetime.date(year, 1, 1),
                end_date=datetime.date(year, 12, 31),
                confidence="recalled-low",
            )
        PointOfContactFactory(state=state, location="capital", institution="Ministry {}".format(i))
        PointOfContactFactory(state=state, location="mission")
        PointOfContactFactory(state=world["own_state"], location="mission")
        organization = OrganizationFactory(
            slug="test-org-{}".format(i),
            name_en="Test Organization {}".format(i),
            parent=world["own_organization"],
            kind="regional",
            region="africa",
        )
        PointOfContactFactory(state=None, organization=organization, location="headquarters")
        PointOfContactFactory(state=None, organization=world["own_organization"], location="headquarters")


def get_counted(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return len(queries.captured_queries), response


# Page, its URL arguments, who looks, and what each added row shows on it.
PAGES = [
    ("directory:state_list", {}, None, "Testland {}"),
    ("directory:organization_list", {}, None, "TEST-ORG-{}"),
    ("directory:pointofcontact_list", {}, "expert", "Ministry {}"),
    ("directory:pointofcontact_list", {}, "state_poc", None),
    ("directory:council_current", {}, None, "Testland {}"),
    ("directory:council", {"year": PAST_YEAR}, None, "Coordinator {}"),
    ("public:home", {}, None, None),
]
#: Measured with 2 and with 6 added rows (equal). Every list page counts its rows twice: the
#: table's paginator and FilterView's own (``paginate_by``); the signed-in pages read the
#: session and the user, and a State POC's menu shows its State.
MAX_QUERIES = {
    ("directory:state_list", None): 3,
    ("directory:organization_list", None): 3,
    ("directory:pointofcontact_list", "expert"): 7,
    ("directory:pointofcontact_list", "state_poc"): 8,
    ("directory:council_current", None): 4,
    ("directory:council", None): 3,
    ("public:home", None): 16,  # figures, events and news: a fixed number of queries
}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url_name", "kwargs", "role", "row_text"),
    PAGES,
    ids=["{}-{}".format(page[0].split(":")[1], page[2] or "public") for page in PAGES],
)
def test_queries_do_not_grow_with_the_rows(
    client, world, cast, django_assert_max_num_queries, url_name, kwargs, role, row_text
):
    if role is not None:
        client.force_login(cast[role])
    url = reverse(url_name, kwargs=kwargs)
    add_rows(world, 0, 2)
    client.get(url)  # warm-up: first-request caches are not what is measured
    few, before = get_counted(client, url)

    add_rows(world, 2, 6)
    many, response = get_counted(client, url)

    page = response.content.decode()
    if row_text:
        assert all(row_text.format(i) in page for i in range(6)), "the added rows are on the page"
    if "table" in response.context:
        assert len(response.context["table"].rows) > len(before.context["table"].rows)
    assert many == few, "{}: {} queries with few rows, {} with three times as many".format(url_name, few, many)
    with django_assert_max_num_queries(MAX_QUERIES[(url_name, role)]):
        client.get(url)


@pytest.mark.django_db
def test_the_state_poc_page_lists_its_own_states_pocs_only(client, world, cast):
    add_rows(world, 0, 3)
    client.force_login(cast["state_poc"])
    response = client.get(reverse("directory:pointofcontact_list"))
    shown = {row.record.pk for row in response.context["table"].rows}
    assert shown == set(PointOfContact.objects.filter(state=world["own_state"]).values_list("pk", flat=True))
    assert len(shown) == 4


# --- Exports ----------------------------------------------------------------------------------


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # the byte-order mark Excel needs for non-Latin text
    return list(csv.reader(io.StringIO(text[1:])))


def xlsx_rows(response) -> list[list]:
    workbook = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


@pytest.mark.django_db
def test_state_csv_export_holds_the_filtered_rows(client, world):
    add_rows(world, 0, 8)
    response = client.get(reverse("directory:state_list"), {"regional_group": "asia_pacific", "_export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="states.csv"' in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert header == ["Name", "ISO code", "Regional group", "Sub-region (M49)", "Status", "UN member since"]
    expected = State.objects.filter(regional_group="asia_pacific", status="member").order_by("name_en")
    assert [row[0] for row in rows] == [state.name_en for state in expected]
    assert [row[0] for row in rows] == ["Indonesia", "Testland 1", "Testland 5"]
    assert {row[2] for row in rows} == {"Asia-Pacific States"}


@pytest.mark.django_db
def test_state_xlsx_export_follows_the_search(client, world):
    add_rows(world, 0, 4)
    response = client.get(reverse("directory:state_list"), {"q": "testland 2", "_export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="states.xlsx"' in response["Content-Disposition"]
    header, *rows = xlsx_rows(response)
    assert header[:2] == ["Name", "ISO code"]
    # The page shows the year of admission; the export keeps the whole date.
    assert rows == [["Testland 2", "QAC", "Eastern European States", "Eastern Europe", "Member State", "1945-10-24"]]


@pytest.mark.django_db
def test_the_export_is_the_whole_filtered_list_not_one_page(client, world):
    add_rows(world, 0, 20)  # with the world's two: 22 States
    response = client.get(reverse("directory:state_list"), {"_export": "csv"})
    assert len(csv_rows(response)) == 1 + State.objects.count() == 23
    page = client.get(reverse("directory:state_list"), {"per_page": 10})
    assert len(page.context["table"].page.object_list) == 10
    response = client.get(reverse("directory:state_list"), {"per_page": 10, "_export": "csv"})
    assert len(csv_rows(response)) == 23


@pytest.mark.django_db
def test_every_page_of_a_shorter_table_answers(client, world):
    add_rows(world, 0, 20)
    response = client.get(reverse("directory:state_list"), {"per_page": 10, "page": 2})
    assert response.status_code == 200
    assert [row.record.name_en for row in response.context["table"].page.object_list][0] == "Testland 16"


@pytest.mark.django_db
def test_organization_xlsx_export_respects_the_filters(client, world):
    add_rows(world, 0, 3)
    response = client.get(reverse("directory:organization_list"), {"kind": "regional", "_export": "xlsx"})
    header, *rows = xlsx_rows(response)
    assert header == ["Acronym", "Name", "Kind", "Region"]
    assert sorted(row[0] for row in rows) == ["TEST-ORG-0", "TEST-ORG-1", "TEST-ORG-2"]
    assert {(row[2], row[3]) for row in rows} == {("Regional organization", "Africa")}


@pytest.mark.django_db
def test_poc_export_keeps_to_what_the_user_may_see(client, world, cast):
    add_rows(world, 0, 3)
    url = reverse("directory:pointofcontact_list")

    response = client.get(url, {"_export": "csv"})
    assert response.status_code == 302, "the public exports no personal data"
    assert response["Location"].startswith(reverse("core:login"))

    client.force_login(cast["expert"])
    header, *rows = csv_rows(client.get(url, {"state": "QAB", "_export": "csv"}))
    assert header[:3] == ["Name", "For", "Location"]
    expected = PointOfContact.objects.filter(state__iso3="QAB").select_related("person")
    assert sorted(row[4] for row in rows) == sorted(poc.person.email for poc in expected)
    assert {row[1] for row in rows} == {"Testland 1"}

    client.force_login(cast["state_poc"])
    header, *rows = csv_rows(client.get(url, {"_export": "csv"}))
    assert {row[1] for row in rows} == {"Indonesia"}
    assert len(rows) == PointOfContact.objects.filter(state=world["own_state"]).count() == 4
    _header, *rows = csv_rows(client.get(url, {"state": "QAB", "_export": "csv"}))
    assert rows == [], "a State POC cannot export another State's POCs by filtering for it"


# --- htmx ---------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["directory:state_list", "directory:organization_list"])
def test_an_htmx_request_gets_the_table_alone(client, world, url_name):
    url = reverse(url_name)
    full = client.get(url).content.decode()
    assert "<html" in full
    assert 'id="results"' in full

    partial = client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in partial
    assert "<form" not in partial
    assert 'id="results-summary"' in partial
    assert "<table" in partial


@pytest.mark.django_db
def test_the_htmx_table_is_filtered(client, world):
    add_rows(world, 0, 4)
    response = client.get(reverse("directory:state_list"), {"q": "testland"}, headers={"HX-Request": "true"})
    page = response.content.decode()
    assert "4 results" in page
    assert "Indonesia" not in page
    assert "Testland 3" in page


@pytest.mark.django_db
def test_a_boosted_htmx_request_gets_the_whole_page(client, world):
    response = client.get(reverse("directory:state_list"), headers={"HX-Request": "true", "HX-Boosted": "true"})
    assert "<html" in response.content.decode()


# --- Search ----------------------------------------------------------------------------------------


def names_found(client, **params) -> list[str]:
    response = client.get(reverse("directory:state_list"), params)
    assert response.status_code == 200
    return [row.record.name_en for row in response.context["table"].rows]


@pytest.mark.django_db
def test_state_search_finds_a_state_by_its_name_in_any_language(client, world):
    State.objects.filter(pk=world["own_state"].pk).update(
        name_zh_hans="印度尼西亚", name_fr="Indonésie", name_ar="إندونيسيا", name_ru="Индонезия"
    )
    assert names_found(client, q="印度尼西亚") == ["Indonesia"]
    assert names_found(client, q="印度") == ["Indonesia"]
    assert names_found(client, q="Indonésie") == ["Indonesia"]
    assert names_found(client, q="إندونيسيا") == ["Indonesia"]
    assert names_found(client, q="Индонезия") == ["Indonesia"]
    assert names_found(client, q="indon") == ["Indonesia"]
    assert names_found(client, q="法国") == []


@pytest.mark.django_db
def test_state_search_ignores_case_in_every_script(client, world):
    State.objects.filter(pk=world["own_state"].pk).update(name_fr="Indonésie", name_ru="Индонезия")
    assert names_found(client, q="индонезия") == ["Indonesia"]
    assert names_found(client, q="INDONÉSIE") == ["Indonesia"]


@pytest.mark.django_db
def test_state_search_finds_a_state_by_its_codes(client, world):
    assert names_found(client, q="idn") == ["Indonesia"]
    assert names_found(client, q="ID") == ["Indonesia"]
    assert names_found(client, q="360") == ["Indonesia"]
    assert names_found(client, q="  FRA ") == ["France"]


def add_an_observer():
    StateFactory(iso3="VAT", iso2="VA", m49="336", name_en="Holy See", status="observer", admission_date=None)


@pytest.mark.django_db
def test_the_state_list_shows_members_unless_asked_for_observers(client, world):
    add_an_observer()
    assert names_found(client, q="") == ["France", "Indonesia"]
    assert names_found(client, regional_group="") == ["France", "Indonesia"]
    assert names_found(client, status="member") == ["France", "Indonesia"]
    assert names_found(client, status="observer") == ["Holy See"]
    assert names_found(client, status="all") == ["France", "Holy See", "Indonesia"]


@pytest.mark.django_db
def test_the_bare_state_list_shows_the_members_only(client, world):
    add_an_observer()
    assert names_found(client) == ["France", "Indonesia"]


@pytest.mark.django_db
def test_poc_search_finds_by_person_and_institution(client, world, cast):
    poc = PointOfContactFactory(
        state=world["other_state"],
        person=PersonFactory(given_name="Zofia", family_name="Nowak"),
        institution="National Authority",
    )
    client.force_login(cast["expert"])
    url = reverse("directory:pointofcontact_list")
    for text in ("zofia", "NOWAK", "national auth", "nowak@example.org"):
        response = client.get(url, {"q": text})
        assert [row.record for row in response.context["table"].rows] == [poc], text
