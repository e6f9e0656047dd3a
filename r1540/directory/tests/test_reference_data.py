"""The shipped directory: 193 Member States and the UN regional groups' published totals."""

import pytest

from r1540.directory import reference
from r1540.directory.models import CouncilMembership, State
from r1540.directory.selectors import regional_group_totals


def test_files_are_valid():
    data = reference.read_reference_data()
    assert data.errors == []
    assert len(data.states) == 195


def test_a_bad_row_is_reported_with_its_place_and_nothing_else_is_lost():
    errors = []
    rows = [
        {
            "iso2": "ZZ",
            "iso3": "ZZZ",
            "m49": "12",
            "status": "member",
            "admission_date": "1945-13-01",
            "regional_group": "nowhere",
            "regional_group_status": "member",
            "m49_region": "Africa",
            "m49_subregion": "Western Africa",
            "name_en": "Z",
            "name_fr": "Z",
            "name_es": "Z",
            "name_ru": "Z",
            "name_zh_hans": "",
            "name_ar": "Z",
        },
    ]
    reference.parse_states(rows, errors)
    places = {(error.line, error.column) for error in errors}
    assert places == {(2, "m49"), (2, "admission_date"), (2, "regional_group"), (2, "name_zh_hans")}


@pytest.mark.django_db
def test_totals_after_loading(reference_data):
    assert State.objects.members().count() == 193
    assert State.objects.filter(status="observer").count() == 2
    assert regional_group_totals() == {
        "african": 54,
        "asia_pacific": 53,
        "eastern_european": 23,
        "latin_american_caribbean": 33,
        "western_european_others": 29,  # 28 members and the United States, counted for elections
        "none": 1,  # Kiribati
    }


@pytest.mark.django_db
def test_known_oddities_are_modelled(reference_data):
    assert State.objects.get(iso3="TUR").also_participates_in == "asia_pacific"
    assert State.objects.get(iso3="TUR").regional_group == "western_european_others"
    assert State.objects.get(iso3="USA").regional_group_status == "observer"
    assert State.objects.get(iso3="ISR").regional_group == "western_european_others"
    assert State.objects.get(iso3="KIR").regional_group == "none"
    china = State.objects.get(iso3="CHN")
    assert (china.name_zh_hans, china.name_ar) == ("中国", "الصين")


@pytest.mark.django_db
def test_the_2020_council_matches_the_seed(reference_data):
    elected = set(CouncilMembership.objects.filter(year=2020, seat="elected").values_list("state__iso3", flat=True))
    assert elected == {"BEL", "DOM", "EST", "DEU", "IDN", "NER", "VCT", "ZAF", "TUN", "VNM"}
    assert CouncilMembership.objects.filter(year=2020, seat="permanent").count() == 5
