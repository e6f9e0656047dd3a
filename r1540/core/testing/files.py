"""Stored files for tests: small real files of each accepted kind, and objects of the world that
carry one (for the permission cases of the file view)."""

from __future__ import annotations

import io
import zipfile

from django.core.files.base import ContentFile

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def ooxml(main_part: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal Office Open XML package (``word/document.xml``, ``xl/workbook.xml``…)."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr(main_part, "<root/>")
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return output.getvalue()


def file_kwargs(obj, field: str = "file") -> dict:
    return {"label": obj._meta.label_lower, "pk": obj.pk, "field": field}


def attach(obj, *, name: str = "text.pdf", content: bytes = PDF, field: str = "file") -> dict:
    """Store a file on ``obj`` (once per object as stored: the world may be shared by tests whose
    writes are rolled back) and give the file view's URL arguments."""
    obj.refresh_from_db(fields=[field])
    stored = getattr(obj, field)
    if not stored:
        stored.save(name, ContentFile(content))
    return file_kwargs(obj, field)


def language_file(world: dict, key: str, *, language: str = "fr") -> dict:
    """A stored file of one more language on the document, report or plan ``world[key]``."""
    from r1540.programme.models import MeetingDocument, MeetingDocumentFile
    from r1540.reporting.models import ActionPlan, ActionPlanFile, NationalReport, ReportFile

    parent = world[key]
    model, link = {
        MeetingDocument: (MeetingDocumentFile, "document"),
        NationalReport: (ReportFile, "report"),
        ActionPlan: (ActionPlanFile, "plan"),
    }[type(parent)]
    row = model.objects.filter(**{link: parent, "language": language}).first()
    if row is None:
        row = model(**{link: parent, "language": language})
        row.file.save("{}-{}.pdf".format(key, language), ContentFile(PDF))
    return file_kwargs(row)
