"""The secretariat schedules a meeting, attaches and circulates a document, a delegation opens
it; then a routine letter is mail-merged and downloaded."""

import datetime
import io
import re

import docx
import pytest
from django.utils import timezone

from r1540.core.testing.browser import shot, sign_in
from r1540.core.testing.files import PDF
from r1540.directory.tests.factories import StateFactory
from r1540.programme.models import Meeting, MeetingDocument

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_meeting_its_document_and_a_mail_merged_letter(page, world, cast, tmp_path):
    sign_in(page, "secretariat")
    page.goto("/programme/meetings/add/")
    page.get_by_label("Kind").select_option("working_group")
    page.get_by_label("Title").fill("Working group 1: matrices sent for comments")
    starts = timezone.localtime() + datetime.timedelta(days=10)
    page.get_by_label("Starts").fill(starts.strftime("%Y-%m-%dT10:00"))
    page.get_by_label("Place").fill("Conference room 7")
    page.get_by_label("Working group").select_option("monitoring")
    page.get_by_role("button", name="Save").click()
    shot(page, "29-meeting-saved")
    page.wait_for_url(re.compile(r"/programme/meetings/\d+/$"))
    meeting = Meeting.objects.get(title__startswith="Working group 1")
    page.get_by_role("button", name="Notify the delegations").click()
    page.wait_for_url("**" + meeting.get_absolute_url())

    page.locator("#id_title").fill("Draft letters to States, for comments")
    page.locator("#id_symbol").fill("S/AC.44/2026/WG1/1")
    page.locator("#id_language").select_option("en")
    page.locator("#id_file").set_input_files(
        files=[{"name": "draft.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="Attach").click()
    page.wait_for_url("**" + meeting.get_absolute_url())
    page.get_by_role("button", name="Circulate").click()
    page.wait_for_url("**" + meeting.get_absolute_url())
    document = MeetingDocument.objects.get(symbol="S/AC.44/2026/WG1/1")
    assert document.circulated_at is not None and not document.late
    shot(page, "30-meeting-with-document")

    sign_in(page, "delegation")
    page.goto(meeting.get_absolute_url())
    page.get_by_role("link", name="Draft letters to States, for comments").click()
    page.wait_for_url("**" + document.get_absolute_url())
    assert "restricted" in page.locator("main").inner_text()
    shot(page, "31-delegation-opens-document")
    page.context.clear_cookies()
    assert page.goto(document.get_absolute_url()).status == 404

    StateFactory(iso3="TUV", iso2="TV", m49="798", name_en="Tuvalu", name_es="Tuvalu")  # no point of contact
    sign_in(page, "secretariat")
    page.goto("/programme/letters/templates/designate_poc_state/")
    page.locator("#id_language").select_option("es")
    page.get_by_label("Reply requested by").fill((timezone.localdate() + datetime.timedelta(days=60)).isoformat())
    page.get_by_role("button", name="Prepare the letters").click()
    page.wait_for_url("**/programme/letters/?batch=*")
    shot(page, "32-letters-prepared")
    page.locator("tbody a").first.click()
    page.wait_for_url(re.compile(r"/programme/letters/\d+/$"))
    with page.expect_download() as download:
        page.get_by_role("link", name="Word").click()
    path = tmp_path / "letter.docx"
    download.value.save_as(path)
    text = "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(path.read_bytes())).paragraphs)
    assert "saluda atentamente" in text
