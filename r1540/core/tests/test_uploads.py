"""Hostile uploads, built in memory: each is refused quickly, with a message that says why."""

import io
import time
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import InMemoryUploadedFile, SimpleUploadedFile
from django.test import RequestFactory, override_settings
from django.urls import reverse
from openpyxl import Workbook

from r1540.core.roles import Role
from r1540.core.testing.files import HTML, PDF, ooxml
from r1540.core.uploads import OLE2, OversizeUpload, check_workbook, validate_document, validate_workbook
from r1540.matrices import workbook
from r1540.programme.forms import MeetingDocumentForm
from r1540.programme.models import MeetingDocumentFile
from r1540.reporting.forms import ControlListForm

MB = 1024 * 1024
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
BOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Matrix" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
SHEET_HEAD = b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_TAIL = b"</sheetData></worksheet>"
STRINGS_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def xlsx(*, rows=(), strings=()) -> bytes:
    """A real (openpyxl opens it) workbook written part by part: ``rows`` and ``strings`` are
    iterables of XML chunks, streamed into the zip so that a huge part never sits in memory."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("xl/workbook.xml", BOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", BOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(SHEET_HEAD)
            for chunk in rows:
                part.write(chunk)
            part.write(SHEET_TAIL)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            part.write(STRINGS_HEAD)
            for chunk in strings:
                part.write(chunk)
            part.write(b"</sst>")
    return output.getvalue()


def huge_string(size: int):
    yield b"<si><t>"
    for _ in range(size // MB):
        yield b"A" * MB
    yield b"</t></si>"


def many_strings(count: int):
    for start in range(0, count, 10_000):
        yield b"".join(b"<si><t>%d</t></si>" % number for number in range(start, min(start + 10_000, count)))


def many_rows(count: int):
    for start in range(1, count + 1, 10_000):
        yield b"".join(
            b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>bad</t></is></c></row>' % (number, number)
            for number in range(start, min(start + 10_000, count + 1))
        )


def refused(check, data: bytes, name: str = "answers.xlsx") -> str:
    started = time.perf_counter()
    with pytest.raises(ValidationError) as caught:
        check(SimpleUploadedFile(name, data))
    assert time.perf_counter() - started < 1.0
    return " ".join(caught.value.messages).replace("\xa0", " ")


def test_the_hand_built_workbooks_are_real_workbooks():
    """So the refusals below are of workbooks openpyxl would have read (at great cost)."""
    result = workbook.read(xlsx(rows=many_rows(3), strings=many_strings(3)), version_id=1, fields={})
    assert [error.message for error in result.errors] == ["This workbook was not made by r1540 for a matrix review."]


def test_a_small_workbook_with_one_huge_shared_string_is_refused_before_parsing():
    data = xlsx(strings=huge_string(64 * MB))
    assert len(data) < 1 * MB  # a zip bomb: small on the wire, 64 MB unpacked
    assert refused(validate_workbook, data) == "This file unpacks to 64.0 MB; at most 40.0 MB is accepted."
    one_part = refused(validate_workbook, xlsx(strings=huge_string(16 * MB)))
    assert one_part == "The part xl/sharedStrings.xml of this workbook unpacks to 16.0 MB; at most 10.0 MB is accepted."


def test_a_workbook_of_many_strings_is_refused_before_parsing():
    message = refused(validate_workbook, xlsx(strings=many_strings(200_000)))
    assert message == "This workbook holds 200000 different texts; at most 50000 are accepted."


def test_a_workbook_of_100000_rows_is_refused_before_parsing():
    message = refused(validate_workbook, xlsx(rows=many_rows(100_000)))
    assert message == "A sheet of this workbook has 100000 rows; at most 5000 are accepted."


def test_the_engine_checks_the_bounds_itself():
    """The reader refuses the bomb even when it is handed bytes without going through a form."""
    bomb = xlsx(strings=huge_string(32 * MB))
    started = time.perf_counter()
    result = workbook.read(bomb, version_id=1, fields={})
    assert time.perf_counter() - started < 1.0
    assert "xl/sharedStrings.xml" in result.errors[0].message


def test_the_chunked_count_finds_tags_cut_by_a_chunk_boundary():
    from r1540.core import uploads

    data = xlsx(strings=many_strings(120_001))  # ~2 MB: several 1 MB chunks, tags across their edges
    with pytest.raises(ValidationError, match="120001 different texts"):
        check_workbook(io.BytesIO(data), limits=_limits(max_strings=120_000))
    check_workbook(io.BytesIO(data), limits=_limits(max_strings=120_001))
    assert zipfile.ZipFile(io.BytesIO(data)).getinfo("xl/sharedStrings.xml").file_size > 2 * uploads.SCAN_CHUNK


def _limits(**overrides):
    from dataclasses import replace

    from r1540.core.uploads import WorkbookLimits

    return replace(WorkbookLimits.from_settings(), **overrides)


def test_only_the_first_hundred_row_errors_are_listed_and_the_rest_counted(client, world, cast):
    version = world["own_sent_matrix"]
    book = Workbook()
    sheet = book.active
    sheet.title = workbook.SHEET
    sheet.append(list(workbook.COLUMNS))
    for number in range(300):
        sheet.append(["no-such-row-{}".format(number), "", ""])
    about = book.create_sheet(workbook.ABOUT)
    about.append(["version", version.pk])
    data = io.BytesIO()
    book.save(data)
    data.seek(0)
    data.name = "answers.xlsx"
    client.force_login(cast[Role.STATE_POC])
    url = reverse("matrices:version_upload", kwargs={"code": "idn", "number": version.number})
    response = client.post(url, {"workbook": data})
    page = response.content.decode()
    assert "The workbook has 300 problems; nothing was recorded." in page
    assert page.count("There is no such field in this version") == workbook.MAX_LISTED_ERRORS
    assert "200 more problems are not listed" in page


def test_an_oversize_workbook_upload_gets_a_clear_message(client, world, cast):
    version = world["own_sent_matrix"]
    client.force_login(cast[Role.STATE_POC])
    url = reverse("matrices:version_upload", kwargs={"code": "idn", "number": version.number})
    with override_settings(R1540_MAX_WORKBOOK_BYTES=100_000):
        response = client.post(url, {"workbook": SimpleUploadedFile("answers.xlsx", b"PK\x03\x04" + b"0" * 300_000)})
    assert "This file is 293.0\xa0KB; at most 97.7\xa0KB is accepted here." in response.content.decode()


# --- Documents ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", PDF),
        ("report.docx", ooxml("word/document.xml")),
        ("list.xlsx", ooxml("xl/workbook.xml")),
        ("slides.pptx", ooxml("ppt/presentation.xml")),
        ("report.doc", OLE2 + b"\0" * 600),
        ("report.rtf", b"{\\rtf1\\ansi Report}"),
    ],
)
def test_documents_of_the_accepted_kinds_pass(name, content):
    validate_document(SimpleUploadedFile(name, content))


def test_an_odt_passes_by_its_mimetype():
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    validate_document(SimpleUploadedFile("text.odt", output.getvalue()))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", HTML, "The content of this file is not PDF, as its name (.pdf) says."),
        ("x.html", HTML, "Files of this type are not accepted here."),
        ("report.docx", PDF, "The content of this file is not Word (.docx), as its name (.docx) says."),
        ("report.xlsx", ooxml("word/document.xml"), "is not Excel (.xlsx)"),
        ("tool.exe", b"MZ\x90\x00", "Files of this type are not accepted here."),
        ("report", PDF, "Files of this type are not accepted here."),
    ],
)
def test_a_document_whose_content_is_not_what_its_name_says_is_refused(name, content, message):
    assert message in refused(validate_document, content, name)


def test_a_zipped_document_that_unpacks_a_hundred_times_its_size_is_refused():
    data = ooxml("word/document.xml", {"word/media/padding.bin": b"\0" * (20 * MB)})
    assert "This file unpacks to 20.0 MB" in refused(validate_document, data, "report.docx")


def test_a_document_above_the_default_cap_is_refused():
    upload = InMemoryUploadedFile(io.BytesIO(PDF), "file", "big.pdf", "application/pdf", 60 * MB, None)
    with pytest.raises(ValidationError) as caught:
        validate_document(upload)
    assert caught.value.messages[0].replace("\xa0", " ") == "This file is 60.0 MB; at most 25.0 MB is accepted here."


def test_the_meeting_document_upload_refuses_an_html_page_named_pdf(client, world, cast):
    client.force_login(cast[Role.SECRETARIAT])
    meeting = world["closed_meeting"]
    response = client.post(
        reverse("programme:document_add", kwargs={"pk": meeting.pk}),
        {"title": "Note", "language": "en", "file": SimpleUploadedFile("note.pdf", HTML)},
        follow=True,
    )
    assert "The content of this file is not PDF" in response.content.decode()
    assert not MeetingDocumentFile.objects.filter(document__meeting=meeting, file__endswith="note.pdf").exists()
    response = client.post(
        reverse("programme:document_add", kwargs={"pk": meeting.pk}),
        {"title": "Note", "language": "en", "file": SimpleUploadedFile("note.pdf", PDF)},
    )
    assert MeetingDocumentFile.objects.filter(document__meeting=meeting, file__endswith="/note.pdf").exists()


def test_model_forms_check_the_upload_too(world):
    """The practice and control list edit forms (and the admin) get the check from the model field."""
    control_list = world["own_control_list"]
    form = ControlListForm(
        data={"state": control_list.state_id, "title": "List", "kind": control_list.kind, "reason": "Upload"},
        files={"file": SimpleUploadedFile("list.pdf", HTML)},
        instance=control_list,
    )
    assert not form.is_valid()
    assert "The content of this file is not PDF" in str(form.errors["file"])
    meeting_form = MeetingDocumentForm(
        data={"title": "Note", "language": "en"}, files={"file": SimpleUploadedFile("x.html", HTML)}
    )
    assert not meeting_form.is_valid()
    assert "not accepted" in str(meeting_form.errors["file"])


@override_settings(R1540_MAX_DOCUMENT_BYTES=1 * MB, R1540_MAX_WORKBOOK_BYTES=MB // 2)
def test_the_upload_handler_keeps_no_byte_past_the_largest_cap():
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * (3 * MB))
    request = RequestFactory().post("/", {"file": big})
    upload = request.FILES["file"]
    assert isinstance(upload, OversizeUpload)
    assert upload.size == len(PDF) + 3 * MB
    assert upload.read() == b""
    with pytest.raises(ValidationError) as caught:
        validate_document(upload)
    assert "at most 1.0\xa0MB" in caught.value.messages[0]
    small = RequestFactory().post("/", {"file": SimpleUploadedFile("small.pdf", PDF)}).FILES["file"]
    assert small.read() == PDF
