"""The review cycle in the browser: an expert sends a draft, the State's POC answers a field
online and the rest with the workbook, the expert approves and publishes, the public reads it."""

import datetime
import io

import pytest
from openpyxl import load_workbook

from r1540.core.roles import Role
from r1540.core.testing.browser import shot, sign_in
from r1540.core.tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_review_cycle_from_draft_to_the_public(page, world, cast, tmp_path):
    draft = world["other_draft_matrix"]  # France's draft
    UserFactory(username="france-poc", role=Role.STATE_POC, state=world["other_state"])
    version_url = "/matrices/fra/{}/".format(draft.number)

    sign_in(page, "expert")
    page.goto(version_url)
    page.get_by_role("link", name="Send to the State").click()
    deadline = datetime.date.today() + datetime.timedelta(days=60)
    page.get_by_label("Comments due").fill(deadline.isoformat())
    page.get_by_label("Reason").fill("Annex II: updated matrices sent for comments")
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**" + version_url)
    assert "Sent to the State for comments" in page.locator("main header").inner_text()
    shot(page, "10-matrix-sent")

    sign_in(page, "france-poc")
    page.goto(version_url)
    page.get_by_role("link", name="Answer for op1.01").first.click()
    page.get_by_label("Response").select_option("supplement")
    page.get_by_label("Comment").fill("France deposited its instrument of accession on 2 August 1992.")
    page.get_by_label("Proposed value").select_option("X")
    page.get_by_label("Legal instrument").fill("Accession to the NPT")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**" + version_url)
    assert "Accession to the NPT" in page.locator("#responses-heading").locator("xpath=..").inner_text()

    with page.expect_download() as download:
        page.get_by_role("link", name="Download as Excel").click()
    path = tmp_path / "matrix.xlsx"
    download.value.save_as(path)
    book = load_workbook(path)
    sheet = book["Matrix"]
    for cells in sheet.iter_rows(min_row=2):
        if (cells[0].value, cells[1].value, cells[2].value) == ("op2.01", "chemical", "legal_framework"):
            cells[4].value = "X"
            cells[5].value = "Code de la défense, article L2342-3"
            cells[12].value = "supplement"
            cells[13].value = "Chemical weapons are prohibited by the Defence Code."
    answered = io.BytesIO()
    book.save(answered)
    page.get_by_role("link", name="Upload your answers").click()
    page.get_by_label("Workbook (.xlsx)").set_input_files(
        files=[{"name": "matrix.xlsx", "mimeType": "application/octet-stream", "buffer": answered.getvalue()}]
    )
    page.get_by_role("button", name="Check the workbook").click()
    page.wait_for_url("**/upload/confirm/")
    assert "Code de la défense, article L2342-3" in page.content()
    shot(page, "11-matrix-upload-diff")
    page.get_by_role("button", name="Record these answers").click()
    page.wait_for_url("**" + version_url)
    page.get_by_role("link", name="Return to the Committee").click()
    page.get_by_label("Reason").fill("Comments of the Ministry for Europe and Foreign Affairs")
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**" + version_url)

    sign_in(page, "expert")
    page.goto(version_url)
    page.get_by_role("link", name="Record the Committee's approval").click()
    page.get_by_label("Date of Committee approval").fill(datetime.date.today().isoformat())
    page.get_by_label("Approving meeting").fill("Committee meeting (demo)")
    page.get_by_label("Reason").fill("Agreed with the State")
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**" + version_url)
    page.get_by_role("link", name="Publish").click()
    page.get_by_label("Reason").fill("Posted on the website")
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url("**" + version_url)

    page.context.clear_cookies()
    page.goto(version_url)
    assert "approved 1540 committee matrix" in page.locator("main header").inner_text().lower()
    assert "It is not a measure of compliance" in page.content()
    shot(page, "12-matrix-published")
