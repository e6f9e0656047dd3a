"""Implementation trends are computed by the database and agree with a direct SQL count."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse

from r1540.matrices import selectors
from r1540.matrices.tests.factories import MatrixEntryFactory, MatrixVersionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(world):
    """Three published matrices (Indonesia's from the world, France's and one more)."""
    template = world["matrix_template"]
    rows = {row.code: row for row in template.rows.all()}
    france = MatrixVersionFactory(
        state=world["other_state"],
        template=template,
        number=2,
        stage="published",
        approved_date="2021-06-01",
        published_date="2021-06-02",
    )
    for weapon in ("nuclear", "chemical", "biological"):
        MatrixEntryFactory(version=france, row=rows["op2.01"], weapon=weapon, column="enforcement", value="X")
    MatrixEntryFactory(version=france, row=rows["op1.07"], weapon="", column="", value="?")
    return world


def sql_count(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def test_trend_figures_agree_with_a_direct_sql_count(published):
    figures = selectors.trends(publishable_only=False)
    direct_total = sql_count(
        "SELECT COUNT(*) FROM matrices_matrixentry e JOIN matrices_matrixversion v ON v.id = e.version_id "
        "WHERE v.stage = 'published' AND e.value = 'X'"
    )[0][0]
    assert sum(item["fields"] for item in figures["by_section"]) == direct_total == 5
    direct_by_weapon = dict(
        sql_count(
            "SELECT e.weapon, COUNT(*) FROM matrices_matrixentry e JOIN matrices_matrixversion v "
            "ON v.id = e.version_id WHERE v.stage = 'published' AND e.value = 'X' AND e.weapon <> '' "
            "GROUP BY e.weapon"
        )
    )
    assert {item["weapon"]: item["fields"] for item in figures["by_weapon"]} == direct_by_weapon
    assert figures["states"] == 2
    assert figures["average"] == pytest.approx(5 / 2)
    assert {item["bucket"]: item["states"] for item in figures["distribution"]} == {0: 2}
    by_group = {item["version__state__regional_group"]: item["fields"] for item in figures["by_group"]}
    assert by_group == {"asia_pacific": 2, "western_european_others": 3}
    direct_by_row = dict(
        sql_count(
            "SELECT r.code, COUNT(*) FROM matrices_matrixentry e JOIN matrices_matrixversion v "
            "ON v.id = e.version_id JOIN matrices_matrixrow r ON r.id = e.row_id "
            "WHERE v.stage = 'published' AND e.value = 'X' GROUP BY r.code"
        )
    )
    assert {item["row__code"]: item["fields"] for item in figures["by_row"]} == direct_by_row
    direct_by_state = dict(
        sql_count(
            "SELECT s.iso3, COUNT(e.id) FROM matrices_matrixversion v JOIN directory_state s ON s.id = v.state_id "
            "LEFT JOIN matrices_matrixentry e ON e.version_id = v.id AND e.value = 'X' "
            "WHERE v.stage = 'published' GROUP BY s.iso3"
        )
    )
    assert {item["state__iso3"]: item["measures"] for item in figures["by_state"]} == direct_by_state


def test_the_public_trends_count_only_the_fields_states_agreed_to_publish(published):
    direct = sql_count(
        "SELECT COUNT(*) FROM matrices_matrixentry e JOIN matrices_matrixversion v ON v.id = e.version_id "
        "WHERE v.stage = 'published' AND e.value = 'X' AND e.publishable = %s",
        [True],
    )[0][0]
    figures = selectors.trends()
    assert sum(item["fields"] for item in figures["by_section"]) == direct == 4
    assert figures["average"] == pytest.approx(4 / 2)


def test_the_trends_page_and_api_and_csv(client, published):
    page = client.get(reverse("matrices:trends"))
    assert page.status_code == 200
    assert 'data-chart-table="weapons-table"' in page.content.decode()
    api = client.get(reverse("matrixversion-trends")).json()
    assert api["states"] == 2
    csv = client.get(reverse("matrices:trends"), {"format": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
    assert "nuclear" in csv.content.decode()


def test_review_progress_counts_each_states_latest_version_and_lists_the_overdue_first(client, world, cast):
    from r1540.matrices.selectors import review_progress

    progress = review_progress(cast["expert"], today=datetime.date(2026, 6, 1))
    assert progress["table"] == {"asia_pacific": {"sent": 1}, "western_european_others": {"draft": 1}}
    assert [version.state.iso3 for version in progress["pending"]] == ["IDN", "FRA"]
    page = client.get(reverse("matrices:review")).content.decode()
    assert 'data-chart-table="stages-table"' in page
