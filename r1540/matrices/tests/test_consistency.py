import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from r1540.core.roles import Role
from r1540.matrices import consistency, selectors
from r1540.matrices.tests.factories import MatrixEntryFactory
from r1540.reporting.tests.factories import AdherenceFactory, InstrumentFactory


def test_a_party_without_an_x_and_an_x_without_a_party_are_found():
    adherence = [
        (1, "npt", "NPT", "party"),
        (2, "pelindaba", "Pelindaba", "signatory"),
        (6, "ctbt", "CTBT", "signatory"),
        (7, "cwc", "CWC", "non_party"),
        (9, "geneva_1925", "Geneva Protocol", "party"),
    ]
    findings = consistency.check({1: "", 6: "X", 7: "X", 9: "X", 15: "X"}, adherence)
    assert [(finding.row, finding.kind) for finding in findings] == [(1, "missing"), (7, "unsupported")]


def test_one_zone_treaty_is_enough_for_the_row():
    adherence = [(2, "tlatelolco", "Tlatelolco", "party"), (2, "rarotonga", "Rarotonga", "non_party")]
    assert consistency.check({2: "X"}, adherence) == []
    assert consistency.check({2: "?"}, adherence)[0].kind == "missing"


def test_row_numbers_come_from_op1_codes_only():
    assert consistency.op1_row_number("op1.07") == 7
    assert consistency.op1_row_number("op2.07") is None


@pytest.mark.django_db
def test_the_check_of_a_version_and_of_every_state(client, world, cast):
    # France is a party to the NPT but its draft has no X for it; Indonesia's matrix agrees.
    assert selectors.adherence_findings(world["own_sent_matrix"], cast[Role.EXPERT]) == []
    findings = selectors.adherence_findings(world["other_draft_matrix"], cast[Role.EXPERT])
    assert [(finding.row, finding.kind) for finding in findings] == [(1, "missing")]
    client.force_login(cast[Role.EXPERT])
    page = client.get(reverse("matrices:adherence_check")).content.decode()
    assert "France" in page and "a party, no X" in page and "Indonesia" not in page
    version = world["other_draft_matrix"]
    detail = client.get(version.get_absolute_url()).content.decode()
    assert "the State is a party, but the field has no X" in detail
    api = client.get(reverse("matrixversion-adherence-check", kwargs={"pk": version.pk})).json()
    assert api == [{"row": 1, "kind": "missing", "value": "", "instruments": [{"code": "npt", "status": "party"}]}]


@pytest.mark.django_db
def test_an_x_for_a_treaty_the_state_left_is_found(world, cast):
    cwc = InstrumentFactory(code="cwc", name_en="Chemical Weapons Convention", matrix_row=7)
    AdherenceFactory(state=world["own_state"], instrument=cwc, status="non_party")
    cwc_row = world["own_sent_matrix"].template.rows.get(code="op1.07")
    MatrixEntryFactory(version=world["own_sent_matrix"], row=cwc_row, weapon="", column="", value="X")
    findings = selectors.adherence_findings(world["own_sent_matrix"], cast[Role.EXPERT])
    assert [(finding.row, finding.kind) for finding in findings] == [(7, "unsupported")]


@pytest.mark.django_db
def test_the_header_cites_the_reports_before_approval(client, world):
    page = client.get(world["own_published_matrix"].get_absolute_url()).content.decode()
    assert "Reports considered" in page
    assert world["own_report"].get_absolute_url() in page


def _csv(content: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.mark.django_db
def test_a_version_as_csv_and_excel_for_the_public_holds_only_publishable_fields(client, world):
    version = world["own_published_matrix"]
    url = reverse("matrices:version_document", kwargs={"code": "idn", "number": version.number, "kind": "csv"})
    lines = _csv(client.get(url).getvalue())
    recorded = [line for line in lines if line["Value"]]
    assert [(line["Row"], line["Value"], line["Legal instrument"]) for line in recorded] == [
        ("op1.01", "X", "Deposit 1979")
    ]
    assert len(lines) == len(selectors.template_order(version))  # blank fields too, in template order
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(url.replace(".csv", ".xlsx")).getvalue()))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][:3] == ("State (ISO code)", "Version", "Stage")
    assert sum(1 for row in rows[1:] if row[9] == "X") == 1
    api = client.get(reverse("matrixversion-document", kwargs={"pk": version.pk}), {"kind": "csv"})
    assert _csv(api.getvalue()) == lines
    assert client.get(reverse("matrixversion-document", kwargs={"pk": version.pk}), {"kind": "odt"}).status_code == 400


@pytest.mark.django_db
def test_all_published_matrices_in_one_table(client, world, cast):
    public = _csv(client.get(reverse("matrices:published_export", kwargs={"kind": "csv"})).getvalue())
    assert [(line["State (ISO code)"], line["Row"]) for line in public] == [("IDN", "op1.01")]
    client.force_login(cast[Role.EXPERT])
    committee = _csv(client.get(reverse("matrixversion-published"), {"kind": "csv"}).getvalue())
    assert len(committee) == 2  # the field Indonesia did not agree to publish, too
    french = client.get(reverse("matrixversion-published"), {"kind": "csv", "language": "fr"}).getvalue()
    assert french.decode("utf-8-sig").splitlines()[0].startswith("État (code ISO)")
