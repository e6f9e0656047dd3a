"""The Excel round trip of the review: download, answer in Excel, upload, see the changes, confirm."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from r1540.core.roles import Role
from r1540.matrices.models import FieldResponse

pytestmark = pytest.mark.django_db


def urls(version):
    kwargs = {"code": version.state.iso3.lower(), "number": version.number}
    return {
        name: reverse("matrices:{}".format(name), kwargs=kwargs)
        for name in ("version_workbook", "version_upload", "version_upload_confirm")
    }


def download(client, version):
    response = client.get(urls(version)["version_workbook"])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    return load_workbook(io.BytesIO(response.content))


def line_of(sheet, row, weapon="", column=""):
    for cells in sheet.iter_rows(min_row=2):
        if (cells[0].value or "", cells[1].value or "", cells[2].value or "") == (row, weapon, column):
            return cells
    raise AssertionError("no line for {}".format((row, weapon, column)))


def upload(client, version, book):
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    data.name = "answers.xlsx"
    return client.post(urls(version)["version_upload"], {"workbook": data})


def test_the_round_trip_shows_the_changes_and_records_them_on_confirmation(client, world, cast):
    version = world["own_sent_matrix"]
    client.force_login(cast[Role.STATE_POC])
    book = download(client, version)
    sheet = book["Matrix"]
    assert sheet.max_row - 1 == 2 + 3 * 2 + 1 * 2  # every field of the template: 2 OP 1 rows, 2 grid rows
    make = line_of(sheet, "op2.01", "nuclear", "legal_framework")
    assert make[4].value == "?"
    make[4].value = "X"
    make[5].value = "Act No. 10 of 1997"
    make[12].value = "contest"
    make[13].value = "The Act covers production; see article 4."
    npt = line_of(sheet, "op1.01")
    npt[11].value = "no"  # not to be published

    response = upload(client, version, book)
    assert response.status_code == 302
    preview = client.get(urls(version)["version_upload_confirm"])
    page = preview.content.decode()
    assert "0 fields added, 0 removed, 2 changed." in page
    assert "Act No. 10 of 1997" in page
    assert not FieldResponse.objects.exists()  # nothing before the confirmation

    response = client.post(urls(version)["version_upload_confirm"], {"reason": "Answers of the Ministry"})
    assert response.status_code == 302
    answers = {(item.row.code, item.weapon): item for item in FieldResponse.objects.select_related("row")}
    assert answers[("op2.01", "nuclear")].kind == "contest"
    assert answers[("op2.01", "nuclear")].proposed["instrument"] == "Act No. 10 of 1997"
    assert answers[("op1.01", "")].publishable is False
    assert answers[("op1.01", "")].kind == "accept"
    assert answers[("op1.01", "")].history.first().history_change_reason == "Answers of the Ministry"


def test_a_workbook_with_bad_cells_names_each_and_writes_nothing(client, world, cast):
    version = world["own_sent_matrix"]
    client.force_login(cast[Role.STATE_POC])
    book = download(client, version)
    sheet = book["Matrix"]
    make = line_of(sheet, "op2.01", "nuclear", "legal_framework")
    make[4].value = "Yes"  # not X, ?, NA
    line_of(sheet, "op1.07")[7].value = "sometime"  # not a date
    line_of(sheet, "op1.01")[5].value = "Changed without saying so"

    response = upload(client, version, book)
    assert response.status_code == 200
    page = response.content.decode()
    row_of_make = make[0].row
    assert "Matrix!E{}".format(row_of_make) in page
    assert "Matrix!H{}".format(line_of(sheet, "op1.07")[0].row) in page
    assert "Matrix!M{}".format(line_of(sheet, "op1.01")[0].row) in page
    assert "Matrix!M{}".format(row_of_make) in page  # a changed value needs a response
    assert "4 problems; nothing was recorded" in page
    assert not FieldResponse.objects.exists()
    assert client.get(urls(version)["version_upload_confirm"]).status_code == 302  # nothing pending


def test_a_workbook_made_for_another_version_is_refused(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    published = download(client, world["own_published_matrix"])
    response = upload(client, world["own_sent_matrix"], published)
    assert "made for another version" in response.content.decode()


def test_a_file_that_is_not_a_workbook_is_explained(client, world, cast):
    client.force_login(cast[Role.STATE_POC])
    data = io.BytesIO(b"name,value\n")
    data.name = "answers.xlsx"
    response = client.post(urls(world["own_sent_matrix"])["version_upload"], {"workbook": data})
    assert "not an Excel workbook" in response.content.decode()


def test_answering_one_field_online(client, world, cast):
    version = world["own_sent_matrix"]
    client.force_login(cast[Role.STATE_POC])
    url = reverse("matrices:field_respond", kwargs={"code": "idn", "number": version.number})
    query = "?row=op2.01&weapon=nuclear&column=legal_framework"
    answer = {"lock_version": 0, "publishable": "on"}
    refused = client.post(url + query, {**answer, "kind": "contest", "comment": "", "value": "?"})
    assert "Say why" in refused.content.decode()
    response = client.post(url + query, {**answer, "kind": "supplement", "comment": "Decree 5/2019", "value": "X"})
    assert response.status_code == 302
    answer = FieldResponse.objects.get()
    assert (answer.kind, answer.proposed["value"]) == ("supplement", "X")
