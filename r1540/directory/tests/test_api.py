import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_states_list_has_193_members(client, reference_data):
    response = client.get(reverse("state-list"), {"status": "member", "limit": 500})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 193
    china = next(row for row in body["results"] if row["iso3"] == "CHN")
    assert china["names"]["zh-hans"] == "中国"


@pytest.mark.django_db
def test_states_are_the_members_unless_asked_otherwise(client, reference_data):
    def count(**params):
        return client.get(reverse("state-list"), params).json()["count"]

    assert count() == 193
    assert count(status="observer") == 2
    assert count(status="all") == 195
    response = client.get(reverse("state-list"), {"status": "neither"})
    assert response.status_code == 400
    assert "status" in response.json()


@pytest.mark.django_db
def test_api_filters_are_the_list_page_filters(client, reference_data):
    response = client.get(reverse("state-list"), {"regional_group": "eastern_european", "status": "member"})
    assert response.json()["count"] == 23
    response = client.get(reverse("state-list"), {"council_year": 2020})
    assert response.json()["count"] == 15


@pytest.mark.django_db
def test_name_follows_the_request_language(client, reference_data):
    response = client.get(reverse("state-detail", kwargs={"iso3": "fra"}), HTTP_ACCEPT_LANGUAGE="ar")
    assert response.json()["name"] == "فرنسا"


@pytest.mark.django_db
def test_schema_is_valid_openapi_3(client):
    from openapi_spec_validator import validate

    response = client.get(reverse("api-schema"), {"format": "json"})
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    validate(schema)
    assert "/api/v1/states/" in schema["paths"]


@pytest.mark.django_db
def test_a_state_poc_sees_only_its_own_pocs_through_the_api(client, world, cast):
    client.force_login(cast["state_poc"])
    ids = {row["id"] for row in client.get(reverse("pointofcontact-list")).json()["results"]}
    assert ids == {world["own_state_poc"].pk}
