"""What an upload must be before it is kept or read: a size cap per kind, a type told by the
content and not the name, and, for workbooks, parts small enough to parse in bounded memory and time.

Two kinds are accepted (settings give their limits):

* **documents** (report texts, action plans, meeting documents, practices, control lists):
  PDF, Word, Excel, PowerPoint, OpenDocument or RTF, at most ``R1540_MAX_DOCUMENT_BYTES``. They
  are stored and served as attachments, never parsed by the server.
* **workbooks** (a State's answered matrix): an Excel ``.xlsx`` of at most
  ``R1540_MAX_WORKBOOK_BYTES`` whose zip parts are checked from the zip directory *before*
  openpyxl opens it: the number of parts, each part's uncompressed size and their total, the number
  of shared strings and of rows. Python's zip reader stops at the declared size, so a part cannot
  inflate past what was checked.

``BoundedUploadHandler`` stops keeping an upload's bytes once it passes the largest cap, so an
oversize file costs neither memory nor disk; the form then refuses it with its real size.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97–2003, Excel 97–2003, PowerPoint 97–2003

#: The file types a document may be: extension → (what its content must be, content type).
DOCUMENT_TYPES = {
    ".pdf": ("pdf", "application/pdf"),
    ".docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ".xlsx": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".pptx": ("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ".doc": ("ole2", "application/msword"),
    ".xls": ("ole2", "application/vnd.ms-excel"),
    ".ppt": ("ole2", "application/vnd.ms-powerpoint"),
    ".odt": ("odt", "application/vnd.oasis.opendocument.text"),
    ".ods": ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ".odp": ("odp", "application/vnd.oasis.opendocument.presentation"),
    ".rtf": ("rtf", "application/rtf"),
}
WORKBOOK_TYPES = (".xlsx",)

#: The part that tells each Office Open XML kind apart.
OOXML_MAIN_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
ODF_MIMETYPES = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
TYPE_NAMES = {
    "pdf": "PDF",
    "docx": "Word (.docx)",
    "xlsx": "Excel (.xlsx)",
    "pptx": "PowerPoint (.pptx)",
    "ole2": "Office 97–2003",
    "odt": "OpenDocument",
    "ods": "OpenDocument",
    "odp": "OpenDocument",
    "rtf": "RTF",
}

#: A document's zip (Office, OpenDocument) is not parsed here, only kept within sane bounds.
DOCUMENT_ZIP_MAX_ENTRIES = 5000
DOCUMENT_ZIP_MAX_RATIO = 100  # uncompressed / compressed over the whole archive
SCAN_CHUNK = 1 << 20


def content_type_for(name: str) -> str:
    """The type a stored file is served as: from the accepted types only, else opaque bytes."""
    return DOCUMENT_TYPES.get(os.path.splitext(name)[1].lower(), ("", "application/octet-stream"))[1]


def _size_text(size: int) -> str:
    return str(filesizeformat(size))


def _read_head(file, length: int = 1024) -> bytes:
    file.seek(0)
    head = file.read(length)
    file.seek(0)
    return head


def _zip_or_none(file) -> zipfile.ZipFile | None:
    file.seek(0)
    try:
        return zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def _sniff(file) -> str:
    """What the content is, among the kinds above ("" when none)."""
    head = _read_head(file)
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(OLE2):
        return "ole2"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        archive = _zip_or_none(file)
        if archive is None:
            return ""
        with archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                for kind, part in OOXML_MAIN_PART.items():
                    if part in names:
                        return kind
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 100:
                mimetype = archive.read("mimetype").strip()
                for kind, expected in ODF_MIMETYPES.items():
                    if mimetype == expected:
                        return kind
    return ""


def _check_type(file, name: str, types: dict) -> str:
    extension = os.path.splitext(name)[1].lower()
    if extension not in types:
        raise ValidationError(
            _("Files of this type are not accepted here. Accepted: {extensions}.").format(
                extensions=", ".join(sorted(types))
            ),
            code="file_type",
        )
    expected = types[extension][0]
    if _sniff(file) != expected:
        raise ValidationError(
            _("The content of this file is not {kind}, as its name ({extension}) says.").format(
                kind=TYPE_NAMES[expected], extension=extension
            ),
            code="file_content",
        )
    return expected


def _check_size(file, limit: int) -> None:
    size = file.size
    if size is not None and size > limit:
        raise ValidationError(
            _("This file is {size}; at most {limit} is accepted here.").format(
                size=_size_text(size), limit=_size_text(limit)
            ),
            code="file_size",
        )


def _check_zip_bounds(archive: zipfile.ZipFile, *, size: int, max_entries: int, max_total: int) -> None:
    entries = archive.infolist()
    if len(entries) > max_entries:
        raise ValidationError(
            _("This file holds {count} parts; at most {limit} are accepted.").format(
                count=len(entries), limit=max_entries
            ),
            code="zip_entries",
        )
    total = sum(entry.file_size for entry in entries)
    if total > max_total:
        raise ValidationError(
            _("This file unpacks to {size}; at most {limit} is accepted.").format(
                size=_size_text(total), limit=_size_text(max_total)
            ),
            code="zip_size",
        )


@deconstructible
class DocumentValidator:
    """A document: accepted type by content, size within ``R1540_MAX_DOCUMENT_BYTES``."""

    def __call__(self, value) -> None:
        file = getattr(value, "file", value)
        if getattr(value, "_committed", False):
            return  # a file already stored was checked when it came in
        _check_size(value, settings.R1540_MAX_DOCUMENT_BYTES)
        if getattr(file, "truncated", False):
            return
        kind = _check_type(file, getattr(value, "name", "") or "", DOCUMENT_TYPES)
        if kind in ("docx", "xlsx", "pptx", "odt", "ods", "odp"):
            with zipfile.ZipFile(_rewound(file)) as archive:
                _check_zip_bounds(
                    archive,
                    size=value.size,
                    max_entries=DOCUMENT_ZIP_MAX_ENTRIES,
                    max_total=max(value.size, 1) * DOCUMENT_ZIP_MAX_RATIO,
                )
        file.seek(0)

    def __eq__(self, other) -> bool:
        return isinstance(other, DocumentValidator)


def _rewound(file):
    file.seek(0)
    return file


@dataclass(frozen=True)
class WorkbookLimits:
    """How much of a workbook is read: see the settings ``R1540_MAX_WORKBOOK_*``."""

    max_bytes: int
    max_part_bytes: int
    max_total_bytes: int
    max_parts: int
    max_strings: int
    max_rows: int

    @classmethod
    def from_settings(cls) -> WorkbookLimits:
        return cls(
            max_bytes=settings.R1540_MAX_WORKBOOK_BYTES,
            max_part_bytes=settings.R1540_MAX_WORKBOOK_PART_BYTES,
            max_total_bytes=settings.R1540_MAX_WORKBOOK_UNPACKED_BYTES,
            max_parts=settings.R1540_MAX_WORKBOOK_PARTS,
            max_strings=settings.R1540_MAX_WORKBOOK_STRINGS,
            max_rows=settings.R1540_MAX_WORKBOOK_ROWS,
        )


def _count(archive: zipfile.ZipFile, name: str, needles: tuple[bytes, ...]) -> int:
    """Occurrences of the tags in a part, read in chunks (the part's size is already bounded)."""
    count = 0
    tail = b""
    # The last bytes of a chunk are carried over, too few to hold a whole tag, so a tag cut by
    # the boundary is counted once, in the next window.
    overlap = min(len(needle) for needle in needles) - 1
    with archive.open(name) as part:
        while chunk := part.read(SCAN_CHUNK):
            window = tail + chunk
            count += sum(window.count(needle) for needle in needles)
            tail = window[-overlap:]
    return count


def check_workbook(file, *, limits: WorkbookLimits | None = None) -> None:
    """Refuse a workbook that is not an .xlsx or that would cost too much to read.

    Raises ``ValidationError`` with a message for the person who uploaded it."""
    limits = limits or WorkbookLimits.from_settings()
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, os.SEEK_END)
        size = file.tell()
        file.seek(0)
    if size > limits.max_bytes:
        raise ValidationError(
            _("This file is {size}; at most {limit} is accepted here.").format(
                size=_size_text(size), limit=_size_text(limits.max_bytes)
            ),
            code="file_size",
        )
    if getattr(file, "truncated", False):
        return
    archive = _zip_or_none(file)
    if archive is None or not {"xl/workbook.xml", "[Content_Types].xml"} <= set(archive.namelist()):
        raise ValidationError(_("This file is not an Excel workbook (.xlsx)."), code="file_content")
    with archive:
        _check_zip_bounds(archive, size=size, max_entries=limits.max_parts, max_total=limits.max_total_bytes)
        for entry in archive.infolist():
            if entry.file_size > limits.max_part_bytes:
                raise ValidationError(
                    _("The part {part} of this workbook unpacks to {size}; at most {limit} is accepted.").format(
                        part=entry.filename, size=_size_text(entry.file_size), limit=_size_text(limits.max_part_bytes)
                    ),
                    code="zip_part",
                )
        names = archive.namelist()
        try:
            if "xl/sharedStrings.xml" in names:
                strings = _count(archive, "xl/sharedStrings.xml", (b"<si>", b"<si "))
                if strings > limits.max_strings:
                    raise ValidationError(
                        _("This workbook holds {count} different texts; at most {limit} are accepted.").format(
                            count=strings, limit=limits.max_strings
                        ),
                        code="workbook_strings",
                    )
            for sheet in (name for name in names if name.startswith("xl/worksheets/") and name.endswith(".xml")):
                rows = _count(archive, sheet, (b"<row>", b"<row "))
                if rows > limits.max_rows:
                    raise ValidationError(
                        _("A sheet of this workbook has {count} rows; at most {limit} are accepted.").format(
                            count=rows, limit=limits.max_rows
                        ),
                        code="workbook_rows",
                    )
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            raise ValidationError(_("This file is not an Excel workbook (.xlsx)."), code="file_content") from error
    file.seek(0)


@deconstructible
class WorkbookValidator:
    """A workbook upload: .xlsx by name and content, within the workbook limits."""

    def __call__(self, value) -> None:
        file = getattr(value, "file", value)
        _check_size(value, settings.R1540_MAX_WORKBOOK_BYTES)
        if os.path.splitext(getattr(value, "name", "") or "")[1].lower() not in WORKBOOK_TYPES:
            raise ValidationError(_("This file is not an Excel workbook (.xlsx)."), code="file_type")
        check_workbook(file)

    def __eq__(self, other) -> bool:
        return isinstance(other, WorkbookValidator)


validate_document = DocumentValidator()
validate_workbook = WorkbookValidator()


class DocumentFormField(forms.FileField):
    """The form field of every document upload (model forms get it from ``ProtectedFileField``)."""

    default_validators = [validate_document]


class WorkbookFormField(forms.FileField):
    """The form field of a workbook upload."""

    default_validators = [validate_workbook]


#: Every file field of a form must be one of these (tested over all the project's forms).
CHECKED_FORM_FIELDS = (DocumentFormField, WorkbookFormField)


def max_upload_bytes() -> int:
    """The largest file any form accepts: what the upload handler keeps at most."""
    return max(settings.R1540_MAX_DOCUMENT_BYTES, settings.R1540_MAX_WORKBOOK_BYTES)


class OversizeUpload(UploadedFile):
    """An upload past every cap: its name and real size, none of its bytes."""

    truncated = True

    def __init__(self, name: str, content_type: str, size: int, charset=None, content_type_extra=None):
        import io

        super().__init__(io.BytesIO(), name, content_type, size, charset, content_type_extra)


class BoundedUploadHandler(FileUploadHandler):
    """First of the upload handlers: lets bytes through to the next (memory or temporary file)
    until the largest cap is passed, then drops the rest and hands over an ``OversizeUpload``
    carrying the real size, which the form's validator refuses with a clear message."""

    def new_file(self, field_name, file_name, content_type, content_length, charset=None, content_type_extra=None):
        super().new_file(field_name, file_name, content_type, content_length, charset, content_type_extra)
        self.limit = max_upload_bytes()
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            return None  # the next handlers keep nothing more
        return raw_data

    def file_complete(self, file_size):
        if self.received > self.limit:
            return OversizeUpload(self.file_name, self.content_type, self.received, self.charset)
        return None
