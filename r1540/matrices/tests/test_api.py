import pytest
from django.urls import reverse

from r1540.core.roles import Role

pytestmark = pytest.mark.django_db


def versions(client, **params):
    return {
        (row["state"], row["number"]) for row in client.get(reverse("matrixversion-list"), params).json()["results"]
    }


def test_the_public_sees_published_versions_only(client, world):
    assert versions(client) == {("IDN", 1)}


def test_a_state_poc_also_sees_its_own_versions_under_review(client, world, cast):
    client.force_login(cast[Role.STATE_POC])
    assert versions(client) == {("IDN", 1), ("IDN", 2)}


def test_the_committee_sees_every_version_and_filters_them(client, world, cast):
    client.force_login(cast[Role.DELEGATION])
    assert versions(client) == {("IDN", 1), ("IDN", 2), ("FRA", 1)}
    assert versions(client, state="fra") == {("FRA", 1)}
    assert versions(client, stage="sent") == {("IDN", 2)}
    assert versions(client, template=world["matrix_template"].code, regional_group="asia_pacific") == {
        ("IDN", 1),
        ("IDN", 2),
    }


def test_the_public_sees_only_the_fields_the_state_agreed_to_publish(client, world, cast):
    url = reverse("matrixversion-entries", kwargs={"pk": world["own_published_matrix"].pk})
    public = client.get(url).json()
    assert [(row["row"], row["value"]) for row in public] == [("op1.01", "X")]

    client.force_login(cast[Role.STATE_POC])
    own = client.get(url).json()
    assert {(row["row"], row["weapon"], row["publishable"]) for row in own} == {
        ("op1.01", "", True),
        ("op2.01", "nuclear", False),
    }


def test_entries_filter_by_section_and_value(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    url = reverse("matrixversion-entries", kwargs={"pk": world["own_sent_matrix"].pk})
    assert [row["row"] for row in client.get(url, {"section": "op2"}).json()] == ["op2.01"]
    assert [row["row"] for row in client.get(url, {"value": "?"}).json()] == ["op2.01"]


def test_the_diff_between_two_versions_field_by_field(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    url = reverse("matrixversion-diff", kwargs={"pk": world["own_sent_matrix"].pk})
    changes = client.get(url, {"against": world["own_published_matrix"].pk}).json()
    assert changes == [
        {
            "row": "op2.01",
            "weapon": "nuclear",
            "column": "legal_framework",
            "kind": "changed",
            "changes": [
                {"attribute": "value", "old": "X", "new": "?"},
                {"attribute": "remarks", "old": "Not for the public", "new": ""},
                {"attribute": "publishable", "old": "False", "new": "True"},
            ],
        }
    ]


def test_the_diff_needs_a_version_of_the_same_state(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    url = reverse("matrixversion-diff", kwargs={"pk": world["own_sent_matrix"].pk})
    assert client.get(url).status_code == 400
    assert client.get(url, {"against": world["other_draft_matrix"].pk}).status_code == 404


def test_a_template_lists_its_sections_rows_and_fields(client, world):
    body = client.get(reverse("matrixtemplate-detail", kwargs={"code": world["matrix_template"].code})).json()
    assert [section["code"] for section in body["sections"]] == ["op1", "op2"]
    delivery = body["sections"][1]["rows"][1]
    assert delivery["weapons"] == ["delivery"]
    assert delivery["columns"] == ["legal_framework", "enforcement"]


def test_the_version_page_lays_out_the_matrix_and_the_diff_page_shows_the_change(client, world, cast):
    client.force_login(cast[Role.STATE_POC])
    version = world["own_sent_matrix"]
    page = client.get(version.get_absolute_url()).content.decode()
    assert "Draft 1540 Committee matrix" in page
    assert 'class="cell cell-partial">?</span>' in page
    assert "It is not a measure of compliance" in page

    diff = client.get(reverse("matrices:version_diff", kwargs={"code": "idn", "number": 2}), {"against": 1})
    assert "0 fields added, 0 removed, 1 changed." in diff.content.decode()


def test_the_public_page_of_a_published_version_hides_unpublishable_fields(client, world):
    page = client.get(world["own_published_matrix"].get_absolute_url()).content.decode()
    assert "Deposit 1979" in page
    assert "Not for the public" not in page


def test_who_moved_a_version_and_why_is_not_public(client, world, cast):
    from r1540.matrices.models import MatrixEvent

    published = world["own_published_matrix"]
    MatrixEvent.objects.create(
        version=published, stage="published", actor=cast[Role.SECRETARIAT], at=published.created_at, reason="Posted"
    )
    public = client.get(published.get_absolute_url()).content.decode()
    assert "Review cycle" in public and "Posted" not in public
    client.force_login(cast[Role.EXPERT])
    assert "Posted" in client.get(published.get_absolute_url()).content.decode()


def test_the_state_profile_does_not_query_per_version(client, world, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from r1540.matrices.tests.factories import MatrixVersionFactory

    url = world["own_state"].get_absolute_url()
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    for number in range(3, 9):
        MatrixVersionFactory(
            state=world["own_state"],
            template=world["matrix_template"],
            number=number,
            stage="superseded",
            approved_date="2021-01-01",
            published_date="2021-01-02",
        )
    with django_assert_max_num_queries(len(before)):
        client.get(url)
